#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/reports/report.h"

namespace healthpulse::reports {

// The statistics reports (DESIGN.md §8), read from the rollups within one transaction,
// scoped by ResolveScope. Thread-safe (stateless over the pool).
class ReportService {
 public:
  explicit ReportService(db::Database& db) : db_(db) {}

  // Forbidden for patients; NotFound (clinic_id) for a clinic that does not exist or
  // that a secretary does not work at; Unavailable when the database is down.
  Result<DoctorPerformanceReport> DoctorPerformance(const Principal& caller, const ReportRequest& request);

  // As DoctorPerformance; Forbidden for doctors too.
  Result<RoomOccupancyReport> RoomOccupancy(const Principal& caller, const ReportRequest& request);

  // Recomputes every rollup from the base tables (`healthpulse reports rebuild`).
  Result<void> Rebuild();

 private:
  db::Database& db_;
};

}  // namespace healthpulse::reports
