#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"

namespace healthpulse::sms {

// An outbox message as a status callback finds it (locked).
struct CallbackTarget {
  std::int64_t id = 0;
  std::string status;
  std::optional<std::int64_t> patient_id;
  std::string to;
};

// A patient who gave a phone number, with the first clinic they are registered at.
struct PhoneOwner {
  std::int64_t patient_id = 0;
  std::string first_name;
  std::optional<std::int64_t> clinic_id;
};

// The last message (or reminder) to a number: the clinic and patient it was for.
struct LastMessage {
  std::optional<std::int64_t> appointment_id;
  std::optional<std::int64_t> patient_id;
  std::optional<std::int64_t> clinic_id;
};

// The facts a reply about an appointment is rendered from.
struct ReplyAppointment {
  std::string first_name, clinic, clinic_phone, date, time, doctor;
  std::int64_t clinic_id = 0;
  std::int64_t patient_id = 0;
  std::string status;
  bool started = false;
};

// The tables Twilio's webhooks touch, within one transaction (see webhook_service.h).
class WebhookRepository {
 public:
  explicit WebhookRepository(db::Tx& tx) : tx_(tx) {}

  // True when this transaction is the first to act on the delivery (kind, key); false
  // for a retry of one already acted on (it waits for a concurrent first to finish).
  bool ClaimReceipt(const std::string& kind, const std::string& key);
  // The answer the first delivery of an inbound message got, if any.
  std::optional<std::string> ReplyOf(const std::string& message_sid);
  void SetReply(const std::string& message_sid, std::int64_t reply_message_id);

  std::optional<CallbackTarget> LockByProviderSid(const std::string& sid);
  void SetStatus(std::int64_t message_id, const std::string& status, std::optional<int> error_code);
  void AddEvent(std::int64_t message_id, const std::string& status, std::optional<int> error_code,
                const std::string& detail);
  void AddPhoneProblem(std::int64_t patient_id, const std::string& phone, int error_code,
                       std::optional<std::int64_t> message_id);

  // Changes one patient's sms_consent; true when it was different before.
  bool SetConsent(std::int64_t patient_id, bool consent);
  // Changes sms_consent of every patient with `phone`; the ids of those that changed.
  std::vector<std::int64_t> SetConsentByPhone(const std::string& phone, bool consent);
  std::vector<PhoneOwner> OwnersOf(const std::string& phone);

  std::optional<LastMessage> LastMessageTo(const std::string& phone);
  std::optional<LastMessage> LastReminderTo(const std::string& phone);
  std::optional<ReplyAppointment> ReplyFacts(std::int64_t appointment_id);
  // The clinic's name and phone, or nullopt.
  std::optional<std::pair<std::string, std::string>> Clinic(std::int64_t clinic_id);
  std::string Template(const std::string& kind);

  std::int64_t AddReply(std::optional<std::int64_t> patient_id, std::optional<std::int64_t> clinic_id,
                        std::optional<std::int64_t> appointment_id, const std::string& to, const std::string& body);
  void AddToInbox(std::optional<std::int64_t> clinic_id, std::optional<std::int64_t> patient_id,
                  const std::string& from, const std::string& body, const std::string& message_sid);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::sms
