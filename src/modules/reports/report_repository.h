#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/reports/report.h"

namespace healthpulse::reports {

// Reads the report rollups (migration 0008) within one transaction; never a GROUP BY
// over the base tables. Throws only on database errors.
class ReportRepository {
 public:
  explicit ReportRepository(db::Tx& tx) : tx_(tx) {}

  // The caller's clinics and doctor profile (role as given), and the transaction's
  // moment as RFC 3339 (the `as_of` of what it reads). Must be the transaction's first
  // statement: it makes the transaction one read-only snapshot.
  Viewer LoadViewer(std::int64_t user_id, Role role, std::string& as_of);

  bool ClinicExists(std::int64_t clinic_id);

  // Ordered by doctor name; doctors without appointments in the period are left out.
  std::vector<DoctorPerformanceItem> DoctorPerformance(const ReportScope& scope, const ReportPeriod& period);

  // Ordered by clinic, floor number, room code.
  std::vector<RoomOccupancyItem> RoomOccupancy(const ReportScope& scope, const ReportPeriod& period);

  // Ordered by weekday, hour; cells with neither open nor booked time are left out.
  std::vector<HeatmapCell> Heatmap(const ReportScope& scope, const ReportPeriod& period);

  // Recomputes every rollup from the base tables.
  void Rebuild();

  // Folds the pending hourly deltas into the hourly rollup (their sum does not change).
  void FoldPending();

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::reports
