#include "modules/sms/outbox_repository.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <date/date.h>

#include "db/field.h"

namespace healthpulse::sms {
namespace {

Instant FromMs(long long ms) { return Instant(std::chrono::milliseconds(ms)); }

std::vector<std::int64_t> Ids(const pqxx::result& rows, const char* column) {
  std::vector<std::int64_t> ids;
  for (const auto& row : rows) ids.push_back(row[column].as<std::int64_t>());
  return ids;
}

nlohmann::json OrNull(const std::optional<std::int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

SmsMessage MessageFromRow(const pqxx::row& row) {
  SmsMessage m;
  m.id = row["id"].as<std::int64_t>();
  m.patient_id = db::Nullable<std::int64_t>(row["patient_id"]);
  m.clinic_id = db::Nullable<std::int64_t>(row["clinic_id"]);
  m.appointment_id = db::Nullable<std::int64_t>(row["appointment_id"]);
  m.plan_id = db::Nullable<std::int64_t>(row["plan_id"]);
  m.kind = row["kind"].as<std::string>();
  m.to = row["to"].as<std::string>();
  m.body = row["body"].as<std::string>();
  m.status = row["status"].as<std::string>();
  m.provider_sid = db::Nullable<std::string>(row["provider_sid"]);
  m.error_code = db::Nullable<int>(row["error_code"]);
  m.attempts = row["attempts"].as<int>();
  m.due_at = row["due_at"].as<std::string>();
  m.sent_at = db::Nullable<std::string>(row["sent_at"]);
  m.updated_at = row["updated_at"].as<std::string>();
  return m;
}

}  // namespace

std::string SqlInstant(Instant at) {
  return date::format("%Y-%m-%dT%H:%M:%SZ", date::floor<std::chrono::microseconds>(at));
}

std::string OutboxRepository::TemplateBody(const std::string& kind) {
  auto rows = tx_.raw().exec_prepared("select_sms_template", kind);
  return rows.empty() ? std::string() : rows[0]["body"].as<std::string>();
}

std::vector<DuePlan> OutboxRepository::LockDuePlans(Instant now, int grace_days, int limit) {
  return db::MapRows<DuePlan>(
      tx_.raw().exec_prepared("select_due_follow_up_plans", SqlInstant(now), grace_days, limit), [](const pqxx::row& r) {
        DuePlan p;
        p.plan_id = r["plan_id"].as<std::int64_t>();
        p.patient_id = r["patient_id"].as<std::int64_t>();
        p.due_on = r["due_on"].as<std::string>();
        p.local_today = r["local_today"].as<std::string>();
        p.first_name = r["first_name"].as<std::string>();
        p.phone = r["phone"].as<std::string>();
        p.sms_consent = r["sms_consent"].as<bool>();
        p.clinic_id = db::Nullable<std::int64_t>(r["clinic_id"]);
        p.clinic_name = r["clinic_name"].as<std::string>();
        p.clinic_phone = r["clinic_phone"].as<std::string>();
        p.due_at = r["due_at"].as<std::string>();
        p.visit_booked = r["visit_booked"].as<bool>();
        return p;
      });
}

std::vector<std::int64_t> OutboxRepository::InsertFollowUpAlerts(const std::vector<NewAlert>& alerts) {
  if (alerts.empty()) return {};
  auto rows = nlohmann::json::array();
  for (const auto& a : alerts) {
    rows.push_back({{"plan_id", OrNull(a.plan_id)}, {"due_on", a.plan_due_on}, {"patient_id", a.patient_id},
                    {"clinic_id", OrNull(a.clinic_id)}, {"to", a.to}, {"body", a.body}, {"due_at", a.due_at}});
  }
  return Ids(tx_.raw().exec_prepared("insert_follow_up_alerts", rows.dump()), "id");
}

void OutboxRepository::AdvancePlans(const std::vector<std::pair<std::int64_t, std::string>>& plan_and_today) {
  if (plan_and_today.empty()) return;
  auto rows = nlohmann::json::array();
  for (const auto& [plan, today] : plan_and_today) rows.push_back({{"plan_id", plan}, {"today", today}});
  tx_.raw().exec_prepared0("advance_follow_up_plans", rows.dump());
}

std::vector<DueReminder> OutboxRepository::DueReminders(Instant now, int hours_before, int limit) {
  return db::MapRows<DueReminder>(
      tx_.raw().exec_prepared("select_due_reminders", SqlInstant(now), hours_before, limit), [](const pqxx::row& r) {
        DueReminder d;
        d.appointment_id = r["appointment_id"].as<std::int64_t>();
        d.patient_id = r["patient_id"].as<std::int64_t>();
        d.clinic_id = r["clinic_id"].as<std::int64_t>();
        d.first_name = r["first_name"].as<std::string>();
        d.phone = r["phone"].as<std::string>();
        d.clinic_name = r["clinic_name"].as<std::string>();
        d.clinic_phone = r["clinic_phone"].as<std::string>();
        d.local_date = r["local_date"].as<std::string>();
        d.local_time = r["local_time"].as<std::string>();
        d.doctor_name = r["doctor_name"].as<std::string>();
        d.due_at = r["due_at"].as<std::string>();
        return d;
      });
}

std::vector<std::int64_t> OutboxRepository::InsertReminders(const std::vector<NewAlert>& reminders) {
  if (reminders.empty()) return {};
  auto rows = nlohmann::json::array();
  for (const auto& a : reminders) {
    rows.push_back({{"appointment_id", OrNull(a.appointment_id)}, {"patient_id", a.patient_id},
                    {"clinic_id", OrNull(a.clinic_id)}, {"to", a.to}, {"body", a.body}, {"due_at", a.due_at}});
  }
  return Ids(tx_.raw().exec_prepared("insert_reminders", rows.dump()), "id");
}

std::vector<std::int64_t> OutboxRepository::RecoverStale(Instant now, Instant stale_before) {
  return Ids(tx_.raw().exec_prepared("recover_stale_sending", SqlInstant(now), SqlInstant(stale_before)), "message_id");
}

std::optional<ClaimedSms> OutboxRepository::ClaimNext(Instant now) {
  auto rows = tx_.raw().exec_prepared("claim_next_sms", SqlInstant(now));
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  ClaimedSms c;
  c.id = r["id"].as<std::int64_t>();
  c.kind = r["kind"].as<std::string>();
  c.to = r["to"].as<std::string>();
  c.body = r["body"].as<std::string>();
  c.attempts = r["attempts"].as<int>();
  c.needs_lookup = r["needs_lookup"].as<bool>();
  c.patient_id = db::Nullable<std::int64_t>(r["patient_id"]);
  c.due_at = FromMs(r["due_at_ms"].as<long long>());
  c.claimed_at = FromMs(r["claimed_at_ms"].as<long long>());
  c.time_zone = r["timezone"].as<std::string>();
  c.consent = r["consent"].as<bool>();
  if (auto ms = db::Nullable<long long>(r["appointment_starts_at_ms"])) c.appointment_starts_at = FromMs(*ms);
  c.appointment_live = r["appointment_live"].as<bool>();
  return c;
}

std::optional<int> OutboxRepository::MarkSending(std::int64_t id, Instant now) {
  auto rows = tx_.raw().exec_prepared("mark_sms_sending", id, SqlInstant(now));
  if (rows.empty()) return std::nullopt;
  return rows[0]["attempts"].as<int>();
}

void OutboxRepository::Defer(std::int64_t id, Instant until) {
  tx_.raw().exec_prepared0("defer_sms", id, SqlInstant(until));
}

void OutboxRepository::Retry(std::int64_t id, Instant at, std::optional<int> error_code, bool needs_lookup) {
  tx_.raw().exec_prepared0("retry_sms", id, SqlInstant(at), error_code, needs_lookup);
}

bool OutboxRepository::Finish(std::int64_t id, const std::string& status, const std::optional<std::string>& sid,
                              std::optional<int> error_code, Instant at) {
  return tx_.raw().exec_prepared("finish_sms", id, status, sid, error_code, SqlInstant(at)).affected_rows() > 0;
}

void OutboxRepository::AddEvent(std::int64_t id, const SmsEvent& e) {
  tx_.raw().exec_prepared0("insert_sms_event", id, e.status, e.http_status, e.error_code, e.detail);
}

void OutboxRepository::AddPhoneProblem(std::int64_t patient_id, const std::string& phone, int error_code,
                                       std::int64_t message_id) {
  tx_.raw().exec_prepared0("insert_phone_problem", patient_id, phone, error_code, message_id);
}

bool OutboxRepository::OptOut(std::int64_t patient_id) {
  return !tx_.raw().exec_prepared("opt_out_patient", patient_id).empty();
}

std::vector<SmsMessage> OutboxRepository::List(const SmsFilter& f, Role role, std::int64_t user_id) {
  return db::MapRows<SmsMessage>(tx_.raw().exec_prepared("list_sms_messages", f.patient_id, f.status, f.kind,
                                                         f.clinic_id, std::string(ToString(role)), user_id,
                                                         f.page.cursor_id, f.page.limit),
                                 MessageFromRow);
}

std::vector<SmsCount> OutboxRepository::CountByStatus() {
  return db::MapRows<SmsCount>(tx_.raw().exec_prepared("count_sms_by_status"), [](const pqxx::row& r) {
    return SmsCount{r["kind"].as<std::string>(), r["status"].as<std::string>(), r["messages"].as<long long>()};
  });
}

}  // namespace healthpulse::sms
