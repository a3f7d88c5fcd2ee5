#include "modules/reports/report_service.h"

#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "core/timestamp.h"
#include "modules/audit/audit_repository.h"
#include "modules/reports/report_repository.h"
#include "modules/reports/report_scope.h"

namespace healthpulse::reports {
namespace {

// The caller's scope for `kind`, after checking that an asked-for clinic exists.
Result<ReportScope> ScopeFor(ReportRepository& repository, const Principal& caller, ReportKind kind,
                             std::optional<std::int64_t> clinic_id, std::string& as_of, Viewer* viewer_out = nullptr,
                             bool writes = false) {
  auto viewer = repository.LoadViewer(caller.user_id, caller.role, as_of, writes);
  if (viewer_out) *viewer_out = viewer;
  auto scope = ResolveScope(viewer, kind, clinic_id);
  if (!scope) return scope;
  if (clinic_id && !repository.ClinicExists(*clinic_id)) {
    return Fail(Error::NotFound("No such clinic", "clinic_id"));
  }
  return scope;
}

Result<ReportScope> ScopeFor(ReportRepository& repository, const Principal& caller, ReportKind kind,
                             const ReportRequest& request, std::string& as_of, Viewer* viewer_out = nullptr) {
  return ScopeFor(repository, caller, kind, request.clinic_id, as_of, viewer_out);
}

// The clinics' and the floors' sums of their rooms (items come ordered by clinic, floor).
void Summarize(RoomOccupancyReport& report) {
  std::map<std::int64_t, OccupancySummary> clinics;
  std::map<std::tuple<std::int64_t, int, std::int64_t>, OccupancySummary> floors;
  std::map<std::int64_t, std::pair<double, double>> clinic_seconds;
  for (const auto& item : report.items) {
    for (auto* summary : {&clinics[item.clinic_id], &floors[{item.clinic_id, item.floor_number, item.floor_id}]}) {
      summary->clinic_id = item.clinic_id;
      summary->rooms += 1;
      summary->open_minutes += item.open_minutes;
      summary->booked_minutes += item.booked_minutes;
      summary->used_minutes += item.used_minutes;
    }
    auto& floor = floors[{item.clinic_id, item.floor_number, item.floor_id}];
    floor.floor_id = item.floor_id;
    floor.floor_number = item.floor_number;
  }
  auto finish = [](OccupancySummary summary) {
    summary.open_minutes = std::round(summary.open_minutes * 10) / 10;
    summary.booked_minutes = std::round(summary.booked_minutes * 10) / 10;
    summary.used_minutes = std::round(summary.used_minutes * 10) / 10;
    summary.occupancy = Ratio(summary.booked_minutes, summary.open_minutes);
    return summary;
  };
  for (const auto& entry : clinics) report.clinics.push_back(finish(entry.second));
  for (const auto& entry : floors) report.floors.push_back(finish(entry.second));
}

// What a population-health report reads for a scope and period, before the viewer's
// small-cell rule (what the cache keeps).
struct PopulationFigures {
  std::string as_of;
  std::vector<PopulationRow> rows;
  std::vector<ConditionName> conditions;
  std::vector<DiagnosisCount> top_diagnoses;
  std::vector<NewDiagnoses> new_diagnoses_by_month;
  std::vector<NewDiagnoses> series;
};

// The figures of `key`: the cache's when the period is long enough to be kept and they
// are there, else `compute()`'s (kept when the period is long).
template <class Figures, class Compute>
std::shared_ptr<const Figures> KeptOrComputed(ReportCache& cache, const std::string& key, const ReportPeriod& period,
                                              Compute compute) {
  if (!Cacheable(period)) return std::make_shared<const Figures>(compute());
  if (auto kept = cache.Find<Figures>(key)) return kept;
  Figures computed = compute();
  cache.Store(key, computed);
  return std::make_shared<const Figures>(std::move(computed));
}

const Clock& SystemTime() {
  static const SystemClock clock;
  return clock;
}

// The care-gap listing's scope (it writes its audit rows, so READ COMMITTED), with the
// condition checked, `today` at the scope's clinics and the default `since` filled in.
Result<ReportScope> CareGapScopeFor(ReportRepository& repository, const Principal& caller, CareGapRequest& request,
                                    std::string& today, const Clock& clock) {
  std::string as_of;
  auto scope = ScopeFor(repository, caller, ReportKind::kCareGaps, request.clinic_id, as_of, nullptr, true);
  if (!scope) return scope;
  if (request.condition && !repository.ConditionExists(*request.condition)) {
    return Fail(Error::Invalid("condition", "must be one of the chronic conditions (e.g. E10-E14)"));
  }
  auto now = std::chrono::duration_cast<std::chrono::seconds>(clock.Now().time_since_epoch()).count();
  today = repository.LocalToday(*scope, now);
  if (request.since.empty()) request.since = SixMonthsBefore(today);
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
    report = *KeptOrComputed<DoctorPerformanceReport>(
        cache_, CacheKey(ReportKind::kDoctorPerformance, *scope, request), request.period, [&] {
          DoctorPerformanceReport computed = report;  // as_of and request
          computed.items = repository.DoctorPerformance(*scope, request.period);
          if (request.group_by) computed.series = repository.DoctorSeries(*scope, request.period, *request.group_by);
          return computed;
        });
    report.request = request;
    return report;
  });
}

Result<RoomOccupancyReport> ReportService::RoomOccupancy(const Principal& caller, const ReportRequest& request) {
  if (!Allows(caller.role, Capability::kReadReports)) return Fail(Error::Forbidden("Reports are for staff"));
  return db::TransactValue<RoomOccupancyReport>(db_, [&](db::Tx& tx) -> Result<RoomOccupancyReport> {
    ReportRepository repository(tx);
    RoomOccupancyReport report;
    report.request = request;
    auto scope = ScopeFor(repository, caller, ReportKind::kRoomOccupancy, request, report.as_of);
    if (!scope) return Fail(scope.error());
    report = *KeptOrComputed<RoomOccupancyReport>(
        cache_, CacheKey(ReportKind::kRoomOccupancy, *scope, request), request.period, [&] {
          RoomOccupancyReport computed = report;  // as_of and request
          computed.items = repository.RoomOccupancy(*scope, request.period);
          computed.heatmap = repository.Heatmap(*scope, request.period);
          Summarize(computed);
          if (request.group_by) {
            computed.series = repository.OccupancySeries(*scope, request.period, *request.group_by);
          }
          return computed;
        });
    report.request = request;
    return report;
  });
}

Result<PopulationHealthReport> ReportService::PopulationHealth(const Principal& caller,
                                                               const ReportRequest& request) {
  if (!Allows(caller.role, Capability::kReadReports)) return Fail(Error::Forbidden("Reports are for staff"));
  return db::TransactValue<PopulationHealthReport>(db_, [&](db::Tx& tx) -> Result<PopulationHealthReport> {
    ReportRepository repository(tx);
    PopulationHealthReport report;
    report.request = request;
    Viewer viewer;
    auto scope = ScopeFor(repository, caller, ReportKind::kPopulationHealth, request, report.as_of, &viewer);
    if (!scope) return Fail(scope.error());
    // The scope's figures (the same for whoever may see this scope; kept when the period
    // is long), then what this viewer may see of them.
    auto figures = KeptOrComputed<PopulationFigures>(
        cache_, CacheKey(ReportKind::kPopulationHealth, *scope, request), request.period, [&] {
          constexpr int kTopDiagnoses = 10;
          PopulationFigures computed{report.as_of,
                                     repository.PopulationRows(*scope, request.period),
                                     repository.Conditions(),
                                     repository.TopDiagnoses(*scope, request.period, kTopDiagnoses),
                                     repository.NewDiagnosesBy(*scope, request.period, GroupBy::kMonth),
                                     {}};
          if (request.group_by) {
            computed.series = repository.NewDiagnosesBy(*scope, request.period, *request.group_by);
          }
          return computed;
        });
    report.as_of = figures->as_of;
    AssemblePrevalence(report, figures->rows, figures->conditions, viewer.clinic_ids, scope->clinic_ids);
    const bool shown = !report.small_cells_hidden;
    report.top_diagnoses = figures->top_diagnoses;
    report.new_diagnoses_by_month = figures->new_diagnoses_by_month;
    report.series = figures->series;
    for (auto& d : report.top_diagnoses) d.count = Cell(*d.count.value, shown);
    for (auto* list : {&report.new_diagnoses_by_month, &report.series}) {
      for (auto& n : *list) n.count = Cell(*n.count.value, shown);
    }
    return report;
  });
}

ReportService::ReportService(db::Database& db, const Clock* clock, std::chrono::seconds cache_ttl)
    : db_(db), clock_(clock ? *clock : SystemTime()), cache_(clock_, cache_ttl) {}

Result<CareGapPage> ReportService::CareGaps(const Principal& caller, const CareGapRequest& asked) {
  if (!Allows(caller.role, Capability::kReadReports)) return Fail(Error::Forbidden("Reports are for staff"));
  return db::TransactValue<CareGapPage>(db_, [&](db::Tx& tx) -> Result<CareGapPage> {
    ReportRepository repository(tx);
    CareGapRequest request = asked;
    std::string today;
    auto scope = CareGapScopeFor(repository, caller, request, today, clock_);
    if (!scope) return Fail(scope.error());
    CareGapPage page;
    static_cast<Page<CareGap>&>(page) =
        MakePage(repository.CareGaps(*scope, request, today, caller.role, caller.user_id), request.page.limit,
                 [](const CareGap& gap) { return gap.patient_id; });
    page.since = request.since;
    page.today = today;
    // A listing of patients is a read of their data: each one listed is audited.
    audit::AuditRepository audit(tx);
    for (const auto& gap : page.items) {
      auto entry = audit::ByActor(caller, "care_gap.listed", "patient", gap.patient_id);
      entry.patient_id = gap.patient_id;
      entry.details_json = nlohmann::json{{"clinic_id", request.clinic_id ? nlohmann::json(*request.clinic_id)
                                                                          : nlohmann::json(nullptr)},
                                          {"since", request.since}}
                               .dump();
      audit.Append(entry);
    }
    return page;
  });
}

Result<CareGapSummary> ReportService::CountCareGaps(const Principal& caller, const CareGapRequest& asked) {
  if (!Allows(caller.role, Capability::kReadReports)) return Fail(Error::Forbidden("Reports are for staff"));
  return db::TransactValue<CareGapSummary>(db_, [&](db::Tx& tx) -> Result<CareGapSummary> {
    ReportRepository repository(tx);
    CareGapRequest request = asked;
    CareGapSummary summary;
    auto scope = CareGapScopeFor(repository, caller, request, summary.today, clock_);
    if (!scope) return Fail(scope.error());
    summary.count = repository.CountCareGaps(*scope, request, summary.today, caller.role, caller.user_id);
    summary.since = request.since;
    // A count names no patient: one event for the read, not one per patient.
    auto entry = request.clinic_id ? audit::ByActor(caller, "care_gap.counted", "clinic", request.clinic_id)
                                   : audit::ByActor(caller, "care_gap.counted");
    entry.details_json = nlohmann::json{{"clinic_id", request.clinic_id ? nlohmann::json(*request.clinic_id)
                                                                        : nlohmann::json(nullptr)},
                                        {"since", request.since},
                                        {"count", summary.count}}
                             .dump();
    audit::AuditRepository(tx).Append(entry);
    return summary;
  });
}

Result<void> ReportService::Rebuild() {
  return db_.Transact([](db::Tx& tx) -> Result<void> {
    ReportRepository(tx).Rebuild();
    return {};
  });
}

Result<void> ReportService::FoldPending() {
  return db_.Transact([](db::Tx& tx) -> Result<void> {
    ReportRepository(tx).FoldPending();
    return {};
  });
}

}  // namespace healthpulse::reports
