#pragma once

#include "core/clock.h"
#include "core/error.h"
#include "core/pagination.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/reports/care_gap.h"
#include "modules/reports/population_health.h"
#include "modules/reports/report.h"
#include "modules/reports/report_cache.h"

namespace healthpulse::reports {

// The statistics reports (DESIGN.md §8), read from the rollups within one transaction,
// scoped by ResolveScope. Thread-safe (over the pool, and a ReportCache of the figures of
// periods longer than kCachedFromDays).
class ReportService {
 public:
  // `clock` (not owned, outliving this) tells the care gaps what day it is and the cache
  // how old its figures are; nullptr: the system clock. `cache_ttl`: how long the figures
  // of a long period may be answered again (zero: always computed).
  explicit ReportService(db::Database& db, const Clock* clock = nullptr, std::chrono::seconds cache_ttl = {});

  // Forbidden for patients; NotFound (clinic_id) for a clinic that does not exist or
  // that a secretary does not work at; Unavailable when the database is down.
  Result<DoctorPerformanceReport> DoctorPerformance(const Principal& caller, const ReportRequest& request);

  // As DoctorPerformance; Forbidden for doctors too.
  Result<RoomOccupancyReport> RoomOccupancy(const Principal& caller, const ReportRequest& request);

  // As RoomOccupancy. Small cells (1-4 patients) are hidden in every figure about a
  // clinic the caller does not work at, and in the network-wide figures unless every
  // clinic in scope is one of theirs.
  Result<PopulationHealthReport> PopulationHealth(const Principal& caller, const ReportRequest& request);

  // The chronic patients with a care gap that the caller may see (patient_visible_to),
  // one audit event per patient listed (`care_gap.listed`). Forbidden for patients;
  // NotFound (clinic_id) as for the reports (doctors: their clinics); Invalid naming
  // `condition` for a condition not on the list. "Today" (overdue plans, the default
  // `since`) is the local date at the clinics in scope.
  Result<CareGapPage> CareGaps(const Principal& caller, const CareGapRequest& request);

  // How many care gaps CareGaps would list over all its pages, with the same scope,
  // refusals and rule; audited as one `care_gap.counted` event (no patient is named).
  Result<CareGapSummary> CountCareGaps(const Principal& caller, const CareGapRequest& request);

  // Recomputes every rollup from the base tables (`healthpulse reports rebuild`).
  Result<void> Rebuild();

  // Moves the deltas still pending into the hourly and monthly rollups (migration
  // 0019). Upkeep only: the reports add what is pending anyway; the server runs it
  // every 30 seconds so the pending tables stay small.
  Result<void> FoldPending();

 private:
  db::Database& db_;
  const Clock& clock_;
  ReportCache cache_;
};

}  // namespace healthpulse::reports
