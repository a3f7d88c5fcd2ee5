#include "modules/sms/inbox_repository.h"

#include <limits>

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::sms {
namespace {

InboxMessage InboxFromRow(const pqxx::row& row) {
  InboxMessage m;
  m.id = row["id"].as<std::int64_t>();
  m.clinic_id = db::Nullable<std::int64_t>(row["clinic_id"]);
  m.patient_id = db::Nullable<std::int64_t>(row["patient_id"]);
  m.patient_name = db::Nullable<std::string>(row["patient_name"]);
  m.from = row["from"].as<std::string>();
  m.body = row["body"].as<std::string>();
  m.received_at = row["received_at"].as<std::string>();
  m.handled_by = db::Nullable<std::int64_t>(row["handled_by"]);
  m.handled_at = db::Nullable<std::string>(row["handled_at"]);
  return m;
}

PhoneProblem ProblemFromRow(const pqxx::row& row) {
  PhoneProblem p;
  p.id = row["id"].as<std::int64_t>();
  p.patient_id = row["patient_id"].as<std::int64_t>();
  p.patient_name = row["patient_name"].as<std::string>();
  p.phone = row["phone"].as<std::string>();
  p.current_phone = db::Nullable<std::string>(row["current_phone"]);
  p.error_code = row["error_code"].as<int>();
  p.message_id = db::Nullable<std::int64_t>(row["message_id"]);
  p.created_at = row["created_at"].as<std::string>();
  p.resolved_at = db::Nullable<std::string>(row["resolved_at"]);
  p.resolved_by = db::Nullable<std::int64_t>(row["resolved_by"]);
  return p;
}

std::int64_t Before(const InboxFilter& f) { return f.page.cursor_id.value_or(std::numeric_limits<std::int64_t>::max()); }

}  // namespace

bool InboxRepository::ClinicVisible(std::int64_t clinic_id, Role role, std::int64_t user_id) {
  return tx_.raw()
      .exec_prepared1("select_sms_clinic_visible", clinic_id, std::string(ToString(role)), user_id)["visible"]
      .as<bool>();
}

std::vector<InboxMessage> InboxRepository::ListInbox(const InboxFilter& f, Role role, std::int64_t user_id) {
  return db::MapRows<InboxMessage>(tx_.raw().exec_prepared("list_inbox_messages", Before(f), f.page.limit + 1,
                                                           f.clinic_id, f.done, std::string(ToString(role)), user_id),
                                   InboxFromRow);
}

bool InboxRepository::LockInbox(std::int64_t id, Role role, std::int64_t user_id) {
  return !tx_.raw().exec_prepared("lock_inbox_message", id, std::string(ToString(role)), user_id).empty();
}

void InboxRepository::MarkHandled(std::int64_t id, std::int64_t user_id) {
  tx_.raw().exec_prepared0("update_inbox_handled", id, user_id);
}

InboxMessage InboxRepository::FindInbox(std::int64_t id, Role role, std::int64_t user_id) {
  return InboxFromRow(tx_.raw().exec_prepared1("select_inbox_message", id, std::string(ToString(role)), user_id));
}

std::vector<PhoneProblem> InboxRepository::ListProblems(const InboxFilter& f, Role role, std::int64_t user_id) {
  return db::MapRows<PhoneProblem>(tx_.raw().exec_prepared("list_phone_problems", Before(f), f.page.limit + 1,
                                                           f.clinic_id, f.done, std::string(ToString(role)), user_id),
                                   ProblemFromRow);
}

std::optional<std::int64_t> InboxRepository::LockProblem(std::int64_t id, Role role, std::int64_t user_id) {
  auto rows = tx_.raw().exec_prepared("lock_phone_problem", id, std::string(ToString(role)), user_id);
  if (rows.empty()) return std::nullopt;
  return rows[0]["patient_id"].as<std::int64_t>();
}

void InboxRepository::Resolve(std::int64_t id, std::int64_t user_id) {
  tx_.raw().exec_prepared0("update_phone_problem_resolved", id, user_id);
}

PhoneProblem InboxRepository::FindProblem(std::int64_t id) {
  return ProblemFromRow(tx_.raw().exec_prepared1("select_phone_problem", id));
}

}  // namespace healthpulse::sms
