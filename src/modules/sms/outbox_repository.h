#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/pagination.h"
#include "core/role.h"
#include "db/database.h"
#include "modules/sms/send_policy.h"

namespace healthpulse::sms {

// A due follow-up plan as the scheduler reads it (select_due_follow_up_plans.sql).
struct DuePlan {
  std::int64_t plan_id = 0;
  std::int64_t patient_id = 0;
  std::string due_on;       // YYYY-MM-DD
  std::string local_today;  // the clinic's date now
  std::string first_name;
  std::string phone;
  bool sms_consent = false;
  std::optional<std::int64_t> clinic_id;
  std::string clinic_name;
  std::string clinic_phone;
  std::string due_at;  // timestamptz text, passed back as is
  bool visit_booked = false;
};

// An upcoming turno that may get a reminder (select_due_reminders.sql).
struct DueReminder {
  std::int64_t appointment_id = 0;
  std::int64_t patient_id = 0;
  std::int64_t clinic_id = 0;
  std::string first_name;
  std::string phone;
  std::string clinic_name;
  std::string clinic_phone;
  std::string local_date;  // dd/mm/aaaa
  std::string local_time;  // HH:MM
  std::string doctor_name;
  std::string due_at;
};

// A message ready to send, locked by this worker's transaction (claim_next_sms.sql).
struct ClaimedSms {
  std::int64_t id = 0;
  std::string kind;
  std::string to;
  std::string body;
  int attempts = 0;
  bool needs_lookup = false;
  std::optional<std::int64_t> patient_id;
  Instant due_at;
  Instant claimed_at;  // of the last attempt (due_at when never attempted)
  std::string time_zone;
  bool consent = false;
  std::optional<Instant> appointment_starts_at;
  bool appointment_live = false;
};

// A new outbox row of the scheduler.
struct NewAlert {
  std::optional<std::int64_t> plan_id;
  std::string plan_due_on;
  std::optional<std::int64_t> appointment_id;
  std::int64_t patient_id = 0;
  std::optional<std::int64_t> clinic_id;
  std::string to;
  std::string body;
  std::string due_at;
};

// One event of a message (sms_message_events): never the body, never a secret.
struct SmsEvent {
  std::string status;
  std::optional<int> http_status;
  std::optional<int> error_code;
  std::string detail;
};

// A message as GET /sms lists it.
struct SmsMessage {
  std::int64_t id = 0;
  std::optional<std::int64_t> patient_id;
  std::optional<std::int64_t> clinic_id;
  std::optional<std::int64_t> appointment_id;
  std::optional<std::int64_t> plan_id;
  std::string kind;
  std::string to;
  std::string body;
  std::string status;
  std::optional<std::string> provider_sid;
  std::optional<int> error_code;
  int attempts = 0;
  std::string due_at;
  std::optional<std::string> sent_at;
  std::string updated_at;
};

struct SmsFilter {
  std::optional<std::int64_t> patient_id;
  std::optional<std::string> status;
  std::optional<std::string> kind;
  std::optional<std::int64_t> clinic_id;
  PageRequest page;
};

// Counts for /metrics.
struct SmsCount {
  std::string kind;
  std::string status;
  long long messages = 0;
};

// The outbox (sms_messages and its events) and the plans it is fed from, within one
// transaction. Rows are read by column name.
class OutboxRepository {
 public:
  explicit OutboxRepository(db::Tx& tx) : tx_(tx) {}

  std::string TemplateBody(const std::string& kind);
  std::vector<DuePlan> LockDuePlans(Instant now, int grace_days, int limit);
  // Inserted ids (conflicts with existing rows write nothing).
  std::vector<std::int64_t> InsertFollowUpAlerts(const std::vector<NewAlert>& alerts);
  void AdvancePlans(const std::vector<std::pair<std::int64_t, std::string>>& plan_and_today);
  std::vector<DueReminder> DueReminders(Instant now, int hours_before, int limit);
  std::vector<std::int64_t> InsertReminders(const std::vector<NewAlert>& reminders);

  // Ids moved back to pending (with needs_lookup) for having been `sending` since before `stale_before`.
  std::vector<std::int64_t> RecoverStale(Instant now, Instant stale_before);
  std::optional<ClaimedSms> ClaimNext(Instant now);
  // The attempt number now being made; nullopt if the row is no longer pending.
  std::optional<int> MarkSending(std::int64_t id, Instant now);
  void Defer(std::int64_t id, Instant until);
  void Retry(std::int64_t id, Instant at, std::optional<int> error_code, bool needs_lookup);
  // False when the row had already left pending/sending.
  bool Finish(std::int64_t id, const std::string& status, const std::optional<std::string>& sid,
              std::optional<int> error_code, Instant at);
  void AddEvent(std::int64_t id, const SmsEvent& event);
  void AddPhoneProblem(std::int64_t patient_id, const std::string& phone, int error_code, std::int64_t message_id);
  // True when the patient had consent and now has not.
  bool OptOut(std::int64_t patient_id);

  // limit + 1 messages visible to (role, user), newest first.
  std::vector<SmsMessage> List(const SmsFilter& filter, Role role, std::int64_t user_id);
  std::vector<SmsCount> CountByStatus();

 private:
  db::Tx& tx_;
};

// An instant as PostgreSQL reads it ("2026-12-01T12:00:00.123456Z").
std::string SqlInstant(Instant at);

}  // namespace healthpulse::sms
