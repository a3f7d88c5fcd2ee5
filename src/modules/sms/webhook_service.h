#pragma once

#include <optional>
#include <string>

#include "core/error.h"
#include "db/database.h"
#include "modules/appointments/appointment_service.h"

namespace healthpulse::sms {

// A status callback as Twilio posts it (its signature already checked).
struct StatusCallback {
  std::string message_sid;
  std::string message_status;
  std::optional<int> error_code;
};

// An inbound SMS as Twilio posts it (its signature already checked).
struct InboundMessage {
  std::string message_sid;
  std::string from;  // E.164
  std::string to;
  std::string body;
};

// What Twilio's webhooks do (DESIGN.md §7). Each delivery is acted on once, however
// often Twilio retries it (sms_webhook_receipts), and all it changes commits together.
// Never logs a body or a phone number. Thread-safe (stateless over the pool).
class WebhookService {
 public:
  WebhookService(db::Database& db, appointments::AppointmentService& appointments)
      : db_(db), appointments_(appointments) {}

  // Moves the message Twilio calls message_sid forward (StatusMovesForward: a late
  // `sent` never overwrites `delivered`) and records the callback as an event. A
  // permanent error code (IsPermanentTwilioError) fails the message and puts the
  // patient's phone on the "fix this phone" list; 21610 also opts the patient out
  // (audited as patient.sms_consent_changed). An unknown sid changes nothing: Ok, so
  // Twilio does not retry.
  Result<void> RecordStatus(const StatusCallback& callback);

  // Acts on an inbound SMS and returns the text to answer with (ParseReplyKeyword):
  // STOP/BAJA/CANCELAR and START/ALTA change sms_consent of every patient with that
  // phone (audited) and say how to undo it; SI/1 and NO/2 confirm or cancel (reason
  // "cancelado por SMS") the turno of the last reminder sent to that number through
  // AppointmentService::ChangeStatusBySystem (event by "SMS", the live screens told),
  // or say there is none (no reminder, or its turno is no longer live or has started);
  // anything else lands in the inbox of that number's clinic (the clinic of the last
  // message to it, else the patient's) and gets the help text. Each answer is stored
  // as a `reply` outbox message; a retried MessageSid gets the first answer again.
  Result<std::string> HandleInbound(const InboundMessage& message);

 private:
  db::Database& db_;
  appointments::AppointmentService& appointments_;
};

}  // namespace healthpulse::sms
