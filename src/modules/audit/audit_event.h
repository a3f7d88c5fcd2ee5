#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/pagination.h"

namespace healthpulse::audit {

// What a service records: who did what to which object. `details_json` is a JSON
// object of non-clinical facts (never passwords, tokens or clinical text).
struct AuditEntry {
  std::optional<std::int64_t> actor_user_id;
  std::optional<std::string> actor_username;
  std::string action;  // "auth.login", "user.created", ...
  std::optional<std::string> object_type;
  std::optional<std::int64_t> object_id;
  std::optional<std::int64_t> patient_id;
  bool emergency = false;
  std::string details_json = "{}";
};

// A stored event as listed to admins, with the names the screen reads it by: the actor's
// full name and role, the patient's name, and the object's name for users and clinics
// (each empty when the event has none). Names only, never clinical text: the listing is
// admin-only (Capability::kReadAuditLog).
struct AuditEvent {
  std::int64_t id = 0;
  std::string occurred_at;  // RFC 3339
  AuditEntry entry;
  std::optional<std::string> actor_name;
  std::optional<std::string> actor_role;
  std::optional<std::string> patient_name;
  std::optional<std::string> object_name;
};

struct AuditFilter {
  std::optional<std::int64_t> actor_user_id;
  std::optional<std::int64_t> patient_id;
  std::optional<std::string> action;
  std::optional<std::string> from;  // RFC 3339, inclusive
  std::optional<std::string> to;    // RFC 3339, exclusive
  PageRequest page;
};

}  // namespace healthpulse::audit

#include "core/principal.h"

namespace healthpulse::audit {

// An entry done by `actor` on one object; details and patient are set by the caller.
inline AuditEntry ByActor(const Principal& actor, std::string action, std::optional<std::string> object_type = {},
                          std::optional<std::int64_t> object_id = {}) {
  AuditEntry entry;
  // Command-line tools act as a system principal with no user row (id 0).
  if (actor.user_id != 0) entry.actor_user_id = actor.user_id;
  entry.actor_username = actor.username;
  entry.action = std::move(action);
  entry.object_type = std::move(object_type);
  entry.object_id = object_id;
  return entry;
}

}  // namespace healthpulse::audit
