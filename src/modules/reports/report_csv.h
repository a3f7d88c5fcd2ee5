#pragma once

#include <string>

#include "modules/reports/population_health.h"
#include "modules/reports/report.h"

namespace healthpulse::reports {

// The reports as CSV (RFC 4180: CRLF line ends, a cell with a comma, quote or line
// break quoted and its quotes doubled): a header row, then one row per item. Absent
// figures are empty cells. Room occupancy lists the rooms (the heatmap is JSON only).
std::string DoctorPerformanceCsv(const DoctorPerformanceReport& report);
std::string RoomOccupancyCsv(const RoomOccupancyReport& report);
// One table: first the network-wide prevalence of each condition (scope "network"),
// then the groups (scope "group": clinic, age band, sex); a small cell is "<5".
std::string PopulationHealthCsv(const PopulationHealthReport& report);

// One CSV cell, quoted when it needs to be.
std::string CsvCell(const std::string& text);

}  // namespace healthpulse::reports
