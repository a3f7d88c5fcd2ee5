#include "modules/reports/report_csv.h"

#include <initializer_list>
#include <optional>

#include <fmt/format.h>

namespace healthpulse::reports {
namespace {

std::string Number(double value) { return fmt::format("{}", value); }
std::string Number(std::int64_t value) { return std::to_string(value); }
std::string Number(const std::optional<double>& value) { return value ? Number(*value) : std::string(); }

void AppendRow(std::string& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const auto& cell : cells) {
    if (!first) out += ',';
    out += CsvCell(cell);
    first = false;
  }
  out += "\r\n";
}

}  // namespace

std::string CsvCell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string DoctorPerformanceCsv(const DoctorPerformanceReport& report) {
  std::string out;
  AppendRow(out, {"doctor_id", "doctor_name", "specialty", "appointments", "registered", "confirmed", "waiting",
                  "in_progress", "finished", "cancelled", "no_show", "no_show_rate", "mean_wait_minutes",
                  "mean_consultation_minutes"});
  for (const auto& item : report.items) {
    const auto& s = item.by_status;
    AppendRow(out, {Number(item.doctor_id), item.doctor_name, item.specialty, Number(item.appointments),
                    Number(s.registered), Number(s.confirmed), Number(s.waiting), Number(s.in_progress),
                    Number(s.finished), Number(s.cancelled), Number(s.no_show), Number(item.no_show_rate),
                    Number(item.mean_wait_minutes), Number(item.mean_consultation_minutes)});
  }
  return out;
}

std::string RoomOccupancyCsv(const RoomOccupancyReport& report) {
  std::string out;
  AppendRow(out, {"clinic_id", "floor_id", "room_id", "room_code", "open_minutes", "booked_minutes", "used_minutes",
                  "occupancy"});
  for (const auto& item : report.items) {
    AppendRow(out, {Number(item.clinic_id), Number(item.floor_id), Number(item.room_id), item.room_code,
                    Number(item.open_minutes), Number(item.booked_minutes), Number(item.used_minutes),
                    Number(item.occupancy)});
  }
  return out;
}

}  // namespace healthpulse::reports
