#include "modules/audit/audit_repository.h"

#include <limits>

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::audit {

void AuditRepository::Append(const AuditEntry& e) {
  tx_.raw().exec_prepared0("insert_audit_event", e.actor_user_id, e.actor_username, e.action, e.object_type,
                           e.object_id, e.patient_id, e.emergency, e.details_json);
}

std::vector<AuditEvent> AuditRepository::List(const AuditFilter& f) {
  auto before = f.page.cursor_id.value_or(std::numeric_limits<std::int64_t>::max());
  auto rows = tx_.raw().exec_prepared("list_audit_events", before, f.page.limit + 1, f.actor_user_id, f.patient_id,
                                      f.action, f.from, f.to);
  std::vector<AuditEvent> events;
  events.reserve(rows.size());
  for (const auto& row : rows) {
    AuditEvent event;
    event.id = row["id"].as<std::int64_t>();
    event.occurred_at = row["occurred_at"].as<std::string>();
    event.entry.actor_user_id = db::Nullable<std::int64_t>(row["actor_user_id"]);
    event.entry.actor_username = db::Nullable<std::string>(row["actor_username"]);
    event.entry.action = row["action"].as<std::string>();
    event.entry.object_type = db::Nullable<std::string>(row["object_type"]);
    event.entry.object_id = db::Nullable<std::int64_t>(row["object_id"]);
    event.entry.patient_id = db::Nullable<std::int64_t>(row["patient_id"]);
    event.entry.emergency = row["emergency"].as<bool>();
    event.entry.details_json = row["details"].as<std::string>();
    event.actor_name = db::Nullable<std::string>(row["actor_name"]);
    event.actor_role = db::Nullable<std::string>(row["actor_role"]);
    event.patient_name = db::Nullable<std::string>(row["patient_name"]);
    event.object_name = db::Nullable<std::string>(row["object_name"]);
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace healthpulse::audit
