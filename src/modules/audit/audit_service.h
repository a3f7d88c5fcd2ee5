#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/audit/audit_event.h"
#include "modules/audit/chain_verifier.h"

namespace healthpulse::audit {

// Reading the audit log. Thread-safe (stateless over the pool).
class AuditService {
 public:
  explicit AuditService(db::Database& db) : db_(db) {}

  // Admins only (Forbidden otherwise). Newest first.
  Result<Page<AuditEvent>> List(const Principal& caller, const AuditFilter& filter);

  // Admins only (Forbidden otherwise): recomputes the whole chain in one snapshot, as
  // `healthpulse audit verify` does, then records that it ran (audit.verified).
  Result<ChainReport> Verify(const Principal& caller);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::audit
