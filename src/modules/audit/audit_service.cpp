#include "modules/audit/audit_service.h"

#include <nlohmann/json.hpp>

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

Result<ChainReport> AuditService::Verify(const Principal& caller) {
  if (!Allows(caller.role, Capability::kReadAuditLog)) return Fail(Error::Forbidden());
  ChainReport report;
  auto walked = db_.Transact([&](db::Tx& tx) -> Result<void> {
    report = VerifyAuditChain(tx);
    return {};
  });
  if (!walked) return Fail(walked.error());
  // A separate transaction: the walk's is read-only.
  auto recorded = db_.Transact([&](db::Tx& tx) -> Result<void> {
    auto entry = ByActor(caller, "audit.verified");
    nlohmann::json details = {{"ok", !report.first_bad_id}, {"checked", report.rows_checked}};
    if (report.first_bad_id) details["first_bad_id"] = *report.first_bad_id;
    entry.details_json = details.dump();
    AuditRepository(tx).Append(entry);
    return {};
  });
  if (!recorded) return Fail(recorded.error());
  return report;
}

}  // namespace healthpulse::audit
