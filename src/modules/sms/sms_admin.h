#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/role.h"
#include "modules/sms/sms_template.h"

namespace healthpulse::sms {

// One editable template (sms_templates): what admins see and change on "Mensajes SMS".
struct SmsTemplate {
  std::string kind;  // follow_up, appointment_reminder, reply_...
  std::string body;
  std::string updated_at;  // RFC 3339
  std::optional<std::int64_t> updated_by;
  std::optional<std::string> updated_by_name;
};

inline constexpr std::size_t kMaxTemplateCharacters = 640;

// Why `body` may not be a template, or nullopt: 1..640 characters of valid UTF-8 with no
// control characters but newlines (FreeText), not only blanks, and every brace a known
// placeholder (TemplateProblem).
std::optional<std::string> TemplateBodyProblem(std::string_view body);

// The values a template preview is rendered with: plain GSM-7 text, so the count shown is
// the template's own (a patient's name with an accent makes that one message UCS-2).
TemplateValues SampleValues();

// The statuses and kinds of sms_messages (migration 0010), in the order the API lists them.
inline constexpr std::array<std::string_view, 9> kMessageStatuses{
    "pending", "sending", "sent", "delivered", "undelivered", "failed", "expired", "skipped", "simulated"};
inline constexpr std::array<std::string_view, 3> kMessageKinds{"follow_up", "appointment_reminder", "reply"};

// GET /sms/summary's period: local days of each message's clinic (UTC for a message with
// no clinic) on which it was due, both ends included, YYYY-MM-DD (checked as a report's
// period, reports::ParsePeriod).
struct SummaryRequest {
  std::optional<std::int64_t> clinic_id;
  std::string from;
  std::string to;
};

// Which messages a summary counts: those of these clinics, or all (nullopt).
struct SummaryScope {
  std::optional<std::vector<std::int64_t>> clinic_ids;
  bool operator==(const SummaryScope&) const = default;
};

// Who may read the delivery figures (DESIGN.md §5: the SMS outbox is read by admins and
// secretaries): admins every clinic or the one asked for; secretaries their clinics, or the
// one asked for if it is theirs (NotFound naming clinic_id otherwise, as for a clinic that
// does not exist); doctors and patients Forbidden. Pure: whether a clinic exists is the
// caller's check.
Result<SummaryScope> ResolveSummaryScope(Role role, const std::vector<std::int64_t>& own_clinic_ids,
                                         std::optional<std::int64_t> clinic_id);

// One count of the summary: messages of `kind` in `status`.
struct MessageCount {
  std::string kind;
  std::string status;
  std::int64_t count = 0;
};

// Turnos of the period that have started and were not cancelled, and how many of them
// were no-shows: those whose reminder was delivered, or the others.
struct NoShowCount {
  std::int64_t appointments = 0;
  std::int64_t no_shows = 0;
};

struct DeliverySummary {
  std::string as_of;  // RFC 3339
  std::vector<MessageCount> counts;  // only non-zero pairs
  NoShowCount with_reminder;
  NoShowCount without_reminder;
};

}  // namespace healthpulse::sms
