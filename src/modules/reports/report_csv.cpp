#include "modules/reports/report_csv.h"

#include <initializer_list>
#include <optional>

#include <fmt/format.h>

namespace healthpulse::reports {
namespace {

std::string Number(double value) { return fmt::format("{}", value); }
std::string Number(std::int64_t value) { return std::to_string(value); }
std::string Number(const std::optional<double>& value) { return value ? Number(*value) : std::string(); }
std::string Number(const std::optional<std::int64_t>& value);

std::string Number(const CellCount& count) { return count.suppressed ? std::string("<5") : Number(count.value); }
std::string Number(const std::optional<std::int64_t>& value) { return value ? Number(*value) : std::string(); }

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
                  "mean_consultation_minutes", "mean_call_delay_minutes", "on_time_rate", "scheduled_minutes",
                  "booked_minutes", "scheduled_booked_share"});
  for (const auto& item : report.items) {
    const auto& s = item.by_status;
    AppendRow(out, {Number(item.doctor_id), item.doctor_name, item.specialty, Number(item.appointments),
                    Number(s.registered), Number(s.confirmed), Number(s.waiting), Number(s.in_progress),
                    Number(s.finished), Number(s.cancelled), Number(s.no_show), Number(item.no_show_rate),
                    Number(item.mean_wait_minutes), Number(item.mean_consultation_minutes),
                    Number(item.mean_call_delay_minutes), Number(item.on_time_rate), Number(item.scheduled_minutes),
                    Number(item.booked_minutes), Number(item.scheduled_booked_share)});
  }
  return out;
}

std::string RoomOccupancyCsv(const RoomOccupancyReport& report) {
  std::string out;
  AppendRow(out, {"clinic_id", "floor_id", "floor_number", "room_id", "room_code", "open_minutes", "booked_minutes", "used_minutes",
                  "occupancy"});
  for (const auto& item : report.items) {
    AppendRow(out, {Number(item.clinic_id), Number(item.floor_id), Number(static_cast<std::int64_t>(item.floor_number)),
                    Number(item.room_id), item.room_code,
                    Number(item.open_minutes), Number(item.booked_minutes), Number(item.used_minutes),
                    Number(item.occupancy)});
  }
  return out;
}

std::string PopulationHealthCsv(const PopulationHealthReport& report) {
  std::string out;
  AppendRow(out, {"scope", "clinic_id", "age_band", "sex", "code", "name", "patients", "population", "per_1000",
                  "age_standardized_per_1000"});
  for (const auto& item : report.conditions) {
    AppendRow(out, {"network", "", "", "", item.code, item.name, Number(item.patients), Number(report.population),
                    Number(item.per_1000), Number(item.age_standardized_per_1000)});
  }
  for (const auto& group : report.groups) {
    AppendRow(out, {"group", Number(group.clinic_id), group.age_band, group.sex.value_or(""), group.code, "",
                    Number(group.patients), Number(group.population), Number(group.per_1000), ""});
  }
  return out;
}

}  // namespace healthpulse::reports
