#pragma once

#include <vector>

#include "db/database.h"
#include "modules/audit/audit_event.h"

namespace healthpulse::audit {

// The audit_events table within one transaction. The chain itself (ids, hashes) is
// kept by a trigger, so appending cannot break it.
class AuditRepository {
 public:
  explicit AuditRepository(db::Tx& tx) : tx_(tx) {}

  // Appends one event; it commits or rolls back with the surrounding transaction.
  void Append(const AuditEntry& entry);

  // Newest first, at most page.limit + 1 rows (see MakePage).
  std::vector<AuditEvent> List(const AuditFilter& filter);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::audit
