#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/audit/audit_event.h"

namespace healthpulse::audit {

// Reading the audit log. Thread-safe (stateless over the pool).
class AuditService {
 public:
  explicit AuditService(db::Database& db) : db_(db) {}

  // Admins only (Forbidden otherwise). Newest first.
  Result<Page<AuditEvent>> List(const Principal& caller, const AuditFilter& filter);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::audit
