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
    event.id = row[0].as<std::int64_t>();
    event.occurred_at = row[1].as<std::string>();
    event.entry.actor_user_id = db::Nullable<std::int64_t>(row[2]);
    event.entry.actor_username = db::Nullable<std::string>(row[3]);
    event.entry.action = row[4].as<std::string>();
    event.entry.object_type = db::Nullable<std::string>(row[5]);
    event.entry.object_id = db::Nullable<std::int64_t>(row[6]);
    event.entry.patient_id = db::Nullable<std::int64_t>(row[7]);
    event.entry.emergency = row[8].as<bool>();
    event.entry.details_json = row[9].as<std::string>();
    event.actor_name = db::Nullable<std::string>(row[10]);
    event.actor_role = db::Nullable<std::string>(row[11]);
    event.patient_name = db::Nullable<std::string>(row[12]);
    event.object_name = db::Nullable<std::string>(row[13]);
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace healthpulse::audit
