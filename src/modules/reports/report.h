#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/role.h"

namespace healthpulse::reports {

// Which report is asked for; the scope rules differ (DESIGN.md §8).
enum class ReportKind { kDoctorPerformance, kRoomOccupancy, kPopulationHealth, kCareGaps };

enum class ReportFormat { kJson, kCsv };

// The bucket of a series (`group_by`): a local day, an ISO week (from Monday), a month.
enum class GroupBy { kDay, kWeek, kMonth };

// The bucket's name as PostgreSQL's date_trunc takes it, and as the API spells it.
inline const char* GroupByName(GroupBy group_by) {
  switch (group_by) {
    case GroupBy::kDay: return "day";
    case GroupBy::kWeek: return "week";
    case GroupBy::kMonth: break;
  }
  return "month";
}

// A period of local days (each clinic's own time zone), both ends inclusive, as
// YYYY-MM-DD; from <= to, at most kMaxReportDays days.
struct ReportPeriod {
  std::string from;
  std::string to;
};
inline constexpr int kMaxReportDays = 1827;  // five years, two of them leap

// What the caller asked for, already validated.
struct ReportRequest {
  std::optional<std::int64_t> clinic_id;
  ReportPeriod period;
  ReportFormat format = ReportFormat::kJson;
  std::optional<GroupBy> group_by;  // a series only when asked for
};

// What the scope rule needs to know of the caller.
struct Viewer {
  Role role = Role::kPatient;
  std::vector<std::int64_t> clinic_ids;  // the clinics a secretary or doctor works at
  std::optional<std::int64_t> doctor_id;  // the caller's doctor profile
};

// The rows a report may read: the clinics (nullopt: all) and the doctor (nullopt: all).
struct ReportScope {
  std::optional<std::vector<std::int64_t>> clinic_ids;
  std::optional<std::int64_t> doctor_id;
  bool operator==(const ReportScope&) const = default;
};

struct StatusCounts {
  std::int64_t registered = 0, confirmed = 0, waiting = 0, in_progress = 0, finished = 0, cancelled = 0,
               no_show = 0;
};

// One doctor over the period, from the rollup's sums.
struct DoctorPerformanceItem {
  std::int64_t doctor_id = 0;
  std::string doctor_name;
  std::string specialty;
  std::int64_t appointments = 0;  // every status, cancelled included
  StatusCounts by_status;
  std::optional<double> no_show_rate;              // no_show / (appointments - cancelled)
  std::optional<double> mean_wait_minutes;          // waiting → in_progress
  std::optional<double> mean_consultation_minutes;  // in_progress → finished
  std::optional<double> mean_call_delay_minutes;    // first in_progress − booked start (early < 0)
  std::optional<double> on_time_rate;               // called in at most 10 min late / called in
  double scheduled_minutes = 0;                     // weekly schedule over the period's days
  double booked_minutes = 0;                        // turnos not cancelled
  std::optional<double> scheduled_booked_share;     // booked / scheduled
};

// Doctor performance over one bucket of the period, all doctors in scope together.
struct DoctorPerformancePoint {
  std::string period;  // the bucket's first day, YYYY-MM-DD
  std::int64_t appointments = 0, finished = 0, cancelled = 0, no_show = 0;
  std::optional<double> no_show_rate;
  std::optional<double> mean_wait_minutes;
  std::optional<double> mean_consultation_minutes;
  std::optional<double> mean_call_delay_minutes;
};

struct RoomOccupancyItem {
  std::int64_t clinic_id = 0;
  std::int64_t floor_id = 0;
  int floor_number = 0;
  std::int64_t room_id = 0;
  std::string room_code;
  double open_minutes = 0;
  double booked_minutes = 0;
  double used_minutes = 0;
  std::optional<double> occupancy;  // booked / open
};

// The rooms of one clinic, or of one floor, added up (floor_id 0 for a clinic's).
struct OccupancySummary {
  std::int64_t clinic_id = 0;
  std::int64_t floor_id = 0;
  int floor_number = 0;
  int rooms = 0;
  double open_minutes = 0;
  double booked_minutes = 0;
  double used_minutes = 0;
  std::optional<double> occupancy;
};

// Room occupancy over one bucket of the period, all rooms in scope together.
struct OccupancyPoint {
  std::string period;
  double open_minutes = 0;
  double booked_minutes = 0;
  double used_minutes = 0;
  std::optional<double> occupancy;
};

struct HeatmapCell {
  int weekday = 1;  // 1 = Monday .. 7 = Sunday
  int hour = 0;     // local hour, 0-23
  double open_minutes = 0;
  double booked_minutes = 0;
  std::optional<double> occupancy;
};

struct DoctorPerformanceReport {
  std::string as_of;  // RFC 3339: the rollups reflect every write committed before it
  ReportRequest request;
  std::vector<DoctorPerformanceItem> items;
  std::vector<DoctorPerformancePoint> series;  // with group_by only
};

struct RoomOccupancyReport {
  std::string as_of;
  ReportRequest request;
  std::vector<RoomOccupancyItem> items;
  std::vector<OccupancySummary> clinics;
  std::vector<OccupancySummary> floors;
  std::vector<HeatmapCell> heatmap;
  std::vector<OccupancyPoint> series;  // with group_by only
};

// numerator / denominator rounded to 4 decimals; nullopt when the denominator is 0.
inline std::optional<double> Ratio(double numerator, double denominator) {
  if (denominator <= 0) return std::nullopt;
  return std::round(numerator / denominator * 10000) / 10000;
}

// Seconds as minutes rounded to 1 decimal.
inline double Minutes(double seconds) { return std::round(seconds / 6) / 10; }

// The mean of `count` durations summing `seconds`, in minutes (1 decimal); nullopt when none.
inline std::optional<double> MeanMinutes(double seconds, std::int64_t count) {
  if (count <= 0) return std::nullopt;
  return Minutes(seconds / static_cast<double>(count));
}

}  // namespace healthpulse::reports
