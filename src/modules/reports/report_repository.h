#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/reports/care_gap.h"
#include "modules/reports/population_health.h"
#include "modules/reports/report.h"

namespace healthpulse::reports {

// Reads the report rollups (migrations 0008, 0011) within one transaction; never a GROUP BY
// over the base tables. Throws only on database errors.
class ReportRepository {
 public:
  explicit ReportRepository(db::Tx& tx) : tx_(tx) {}

  // The caller's clinics and doctor profile (role as given), and the transaction's
  // moment as RFC 3339 (the `as_of` of what it reads). Must be the transaction's first
  // statement: it makes the transaction one read-only snapshot, unless `writes`
  // (the care-gap listing, which writes its audit rows and reads in one statement).
  Viewer LoadViewer(std::int64_t user_id, Role role, std::string& as_of, bool writes = false);

  bool ClinicExists(std::int64_t clinic_id);

  // Ordered by doctor name; doctors without appointments in the period are left out.
  std::vector<DoctorPerformanceItem> DoctorPerformance(const ReportScope& scope, const ReportPeriod& period);

  // Ordered by clinic, floor number, room code.
  std::vector<RoomOccupancyItem> RoomOccupancy(const ReportScope& scope, const ReportPeriod& period);

  // Ordered by weekday, hour; cells with neither open nor booked time are left out.
  std::vector<HeatmapCell> Heatmap(const ReportScope& scope, const ReportPeriod& period);

  // Doctor performance per bucket of the period, the doctors in scope together.
  std::vector<DoctorPerformancePoint> DoctorSeries(const ReportScope& scope, const ReportPeriod& period,
                                                   GroupBy group_by);

  // Room occupancy per bucket of the period, the rooms in scope together.
  std::vector<OccupancyPoint> OccupancySeries(const ReportScope& scope, const ReportPeriod& period, GroupBy group_by);

  // Patients seen in the period, network-wide and per clinic, by band, sex and condition
  // (list_population_groups.sql).
  std::vector<PopulationRow> PopulationRows(const ReportScope& scope, const ReportPeriod& period);

  // The chronic conditions the reports count, in their order.
  std::vector<ConditionName> Conditions();

  bool ConditionExists(const std::string& code);

  // The `limit` most frequent diagnoses recorded in the period (counts not yet small-cell-checked).
  std::vector<DiagnosisCount> TopDiagnoses(const ReportScope& scope, const ReportPeriod& period, int limit);

  // Patients first diagnosed with each condition, per bucket (counts not yet checked).
  std::vector<NewDiagnoses> NewDiagnosesBy(const ReportScope& scope, const ReportPeriod& period, GroupBy group_by);

  // Care gaps visible to the caller, by patient id, at most page.limit + 1 rows (MakePage).
  std::vector<CareGap> CareGaps(const ReportScope& scope, const CareGapRequest& request, const std::string& today,
                                Role role, std::int64_t user_id);

  // How many care gaps CareGaps lists over every page (request.page is ignored).
  std::int64_t CountCareGaps(const ReportScope& scope, const CareGapRequest& request, const std::string& today,
                             Role role, std::int64_t user_id);

  // The local date (YYYY-MM-DD) at the scope's clinics at `now_utc_seconds`: the earliest
  // when their time zones differ; the UTC date when the scope has no clinic.
  std::string LocalToday(const ReportScope& scope, std::int64_t now_utc_seconds);

  // Recomputes every rollup from the base tables.
  void Rebuild();

  // Folds the pending deltas into the hourly and monthly rollups (their sum does not change).
  void FoldPending();

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::reports
