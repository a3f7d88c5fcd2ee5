#include "modules/sms/webhook_repository.h"

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::sms {

bool WebhookRepository::ClaimReceipt(const std::string& kind, const std::string& key) {
  return !tx_.raw().exec_prepared("claim_webhook_receipt", kind, key).empty();
}

std::optional<std::string> WebhookRepository::ReplyOf(const std::string& message_sid) {
  auto rows = tx_.raw().exec_prepared("select_webhook_reply", message_sid);
  if (rows.empty()) return std::nullopt;
  return rows[0]["body"].as<std::string>();
}

void WebhookRepository::SetReply(const std::string& message_sid, std::int64_t reply_message_id) {
  tx_.raw().exec_prepared0("set_webhook_reply", message_sid, reply_message_id);
}

std::optional<CallbackTarget> WebhookRepository::LockByProviderSid(const std::string& sid) {
  auto rows = tx_.raw().exec_prepared("lock_message_by_provider_sid", sid);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return CallbackTarget{row["id"].as<std::int64_t>(), row["status"].as<std::string>(),
                        db::Nullable<std::int64_t>(row["patient_id"]), row["to"].as<std::string>()};
}

void WebhookRepository::SetStatus(std::int64_t message_id, const std::string& status, std::optional<int> error_code) {
  tx_.raw().exec_prepared0("update_message_status_from_callback", message_id, status, error_code);
}

void WebhookRepository::AddEvent(std::int64_t message_id, const std::string& status, std::optional<int> error_code,
                                 const std::string& detail) {
  tx_.raw().exec_prepared0("insert_callback_message_event", message_id, status, error_code, detail);
}

void WebhookRepository::AddPhoneProblem(std::int64_t patient_id, const std::string& phone, int error_code,
                                        std::optional<std::int64_t> message_id) {
  tx_.raw().exec_prepared0("insert_refused_phone", patient_id, phone, error_code, message_id);
}

bool WebhookRepository::SetConsent(std::int64_t patient_id, bool consent) {
  return !tx_.raw().exec_prepared("update_patient_sms_consent", patient_id, consent).empty();
}

std::vector<std::int64_t> WebhookRepository::SetConsentByPhone(const std::string& phone, bool consent) {
  return db::MapRows<std::int64_t>(tx_.raw().exec_prepared("update_sms_consent_by_phone", phone, consent),
                                   [](const pqxx::row& row) { return row["id"].as<std::int64_t>(); });
}

std::vector<PhoneOwner> WebhookRepository::OwnersOf(const std::string& phone) {
  return db::MapRows<PhoneOwner>(tx_.raw().exec_prepared("select_patients_by_phone", phone), [](const pqxx::row& row) {
    return PhoneOwner{row["id"].as<std::int64_t>(), row["first_name"].as<std::string>(),
                      db::Nullable<std::int64_t>(row["clinic_id"])};
  });
}

std::optional<LastMessage> WebhookRepository::LastMessageTo(const std::string& phone) {
  auto rows = tx_.raw().exec_prepared("select_last_message_to", phone);
  if (rows.empty()) return std::nullopt;
  return LastMessage{std::nullopt, db::Nullable<std::int64_t>(rows[0]["patient_id"]),
                     db::Nullable<std::int64_t>(rows[0]["clinic_id"])};
}

std::optional<LastMessage> WebhookRepository::LastReminderTo(const std::string& phone) {
  auto rows = tx_.raw().exec_prepared("select_last_reminder_to", phone);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return LastMessage{db::Nullable<std::int64_t>(row["appointment_id"]), db::Nullable<std::int64_t>(row["patient_id"]),
                     db::Nullable<std::int64_t>(row["clinic_id"])};
}

std::optional<ReplyAppointment> WebhookRepository::ReplyFacts(std::int64_t appointment_id) {
  auto rows = tx_.raw().exec_prepared("select_reply_appointment", appointment_id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return ReplyAppointment{row["first_name"].as<std::string>(),   row["clinic"].as<std::string>(),
                          row["clinic_phone"].as<std::string>(), row["date"].as<std::string>(),
                          row["time"].as<std::string>(),         row["doctor"].as<std::string>(),
                          row["clinic_id"].as<std::int64_t>(),   row["patient_id"].as<std::int64_t>(),
                          row["status"].as<std::string>(),       row["started"].as<bool>()};
}

std::optional<std::pair<std::string, std::string>> WebhookRepository::Clinic(std::int64_t clinic_id) {
  auto rows = tx_.raw().exec_prepared("select_reply_clinic", clinic_id);
  if (rows.empty()) return std::nullopt;
  return std::pair{rows[0]["name"].as<std::string>(), rows[0]["phone"].as<std::string>()};
}

std::string WebhookRepository::Template(const std::string& kind) {
  auto rows = tx_.raw().exec_prepared("select_reply_template", kind);
  return rows.empty() ? std::string() : rows[0]["body"].as<std::string>();
}

std::int64_t WebhookRepository::AddReply(std::optional<std::int64_t> patient_id, std::optional<std::int64_t> clinic_id,
                                         std::optional<std::int64_t> appointment_id, const std::string& to,
                                         const std::string& body) {
  return tx_.raw()
      .exec_prepared1("insert_sms_reply", patient_id, clinic_id, appointment_id, to, body)["id"]
      .as<std::int64_t>();
}

void WebhookRepository::AddToInbox(std::optional<std::int64_t> clinic_id, std::optional<std::int64_t> patient_id,
                                   const std::string& from, const std::string& body, const std::string& message_sid) {
  tx_.raw().exec_prepared0("insert_inbox_message", clinic_id, patient_id, from, body, message_sid);
}

}  // namespace healthpulse::sms
