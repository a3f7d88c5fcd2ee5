#include "modules/audit/audit_service.h"

#include "core/permissions.h"
#include "modules/audit/audit_repository.h"

namespace healthpulse::audit {

Result<Page<AuditEvent>> AuditService::List(const Principal& caller, const AuditFilter& filter) {
  if (!Allows(caller.role, Capability::kReadAuditLog)) return Fail(Error::Forbidden());
  Page<AuditEvent> page;
  auto done = db_.Transact([&](db::Tx& tx) -> Result<void> {
    page = MakePage(AuditRepository(tx).List(filter), filter.page.limit, [](const AuditEvent& e) { return e.id; });
    return {};
  });
  if (!done) return Fail(done.error());
  return page;
}

}  // namespace healthpulse::audit
