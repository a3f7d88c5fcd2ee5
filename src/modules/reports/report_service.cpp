#include "modules/reports/report_service.h"

#include "core/permissions.h"
#include "modules/reports/report_repository.h"
#include "modules/reports/report_scope.h"

namespace healthpulse::reports {
namespace {

// The caller's scope for `kind`, after checking that an asked-for clinic exists.
Result<ReportScope> ScopeFor(ReportRepository& repository, const Principal& caller, ReportKind kind,
                             const ReportRequest& request, std::string& as_of) {
  auto viewer = repository.LoadViewer(caller.user_id, caller.role, as_of);
  auto scope = ResolveScope(viewer, kind, request.clinic_id);
  if (!scope) return scope;
  if (request.clinic_id && !repository.ClinicExists(*request.clinic_id)) {
    return Fail(Error::NotFound("No such clinic", "clinic_id"));
  }
  return scope;
}

}  // namespace

Result<DoctorPerformanceReport> ReportService::DoctorPerformance(const Principal& caller,
                                                                 const ReportRequest& request) {
  if (!Allows(caller.role, Capability::kReadReports)) return Fail(Error::Forbidden("Reports are for staff"));
  return db::TransactValue<DoctorPerformanceReport>(db_, [&](db::Tx& tx) -> Result<DoctorPerformanceReport> {
    ReportRepository repository(tx);
    DoctorPerformanceReport report;
    report.request = request;
    auto scope = ScopeFor(repository, caller, ReportKind::kDoctorPerformance, request, report.as_of);
    if (!scope) return Fail(scope.error());
    report.items = repository.DoctorPerformance(*scope, request.period);
    return report;
  });
}

Result<RoomOccupancyReport> ReportService::RoomOccupancy(const Principal& caller, const ReportRequest& request) {
  if (!Allows(caller.role, Capability::kReadReports)) return Fail(Error::Forbidden("Reports are for staff"));
  // Upkeep, not correctness: the report adds what is still pending anyway.
  auto folded = db_.Transact([](db::Tx& tx) -> Result<void> {
    ReportRepository(tx).FoldPending();
    return {};
  });
  if (!folded) return Fail(folded.error());
  return db::TransactValue<RoomOccupancyReport>(db_, [&](db::Tx& tx) -> Result<RoomOccupancyReport> {
    ReportRepository repository(tx);
    RoomOccupancyReport report;
    report.request = request;
    auto scope = ScopeFor(repository, caller, ReportKind::kRoomOccupancy, request, report.as_of);
    if (!scope) return Fail(scope.error());
    report.items = repository.RoomOccupancy(*scope, request.period);
    report.heatmap = repository.Heatmap(*scope, request.period);
    return report;
  });
}

Result<void> ReportService::Rebuild() {
  return db_.Transact([](db::Tx& tx) -> Result<void> {
    ReportRepository(tx).Rebuild();
    return {};
  });
}

}  // namespace healthpulse::reports
