#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/pagination.h"

namespace healthpulse::sms {

// An inbound SMS nobody could act on, for the clinic's secretaries. The patient is
// set only for a caller who may see them.
struct InboxMessage {
  std::int64_t id = 0;
  std::optional<std::int64_t> clinic_id;
  std::optional<std::int64_t> patient_id;
  std::optional<std::string> patient_name;
  std::string from;
  std::string body;
  std::string received_at;
  std::optional<std::int64_t> handled_by;
  std::optional<std::string> handled_at;
};

// A phone number Twilio refused for good ("fix this phone").
struct PhoneProblem {
  std::int64_t id = 0;
  std::int64_t patient_id = 0;
  std::string patient_name;
  std::string phone;                          // the number refused
  std::optional<std::string> current_phone;   // the patient's phone now
  int error_code = 0;
  std::optional<std::int64_t> message_id;
  std::string created_at;
  std::optional<std::string> resolved_at;
  std::optional<std::int64_t> resolved_by;
};

// GET /sms/inbox and /sms/phone-problems: open (default) or done, of one clinic or all
// the caller's.
struct InboxFilter {
  std::optional<std::int64_t> clinic_id;
  bool done = false;  // handled / resolved
  PageRequest page;
};

}  // namespace healthpulse::sms
