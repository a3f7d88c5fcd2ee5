#include "modules/reports/report_repository.h"

#include <optional>

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::reports {
namespace {

// The scope's clinics as the queries take them: comma-separated ids, NULL for all.
std::optional<std::string> ClinicList(const ReportScope& scope) {
  if (!scope.clinic_ids) return std::nullopt;
  std::string text;
  for (auto id : *scope.clinic_ids) text += (text.empty() ? "" : ",") + std::to_string(id);
  // No clinic at all (a secretary without clinics) must match nothing, not everything.
  return text.empty() ? std::string("0") : text;
}

}  // namespace

Viewer ReportRepository::LoadViewer(std::int64_t user_id, Role role, std::string& as_of) {
  // One snapshot for every statement of the report, so its parts add up and as_of holds.
  tx_.raw().exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  auto row = tx_.raw().exec_prepared1("select_report_viewer", user_id);
  as_of = row["as_of"].as<std::string>();
  return Viewer{role, db::IdList(row["clinic_ids"]), db::Nullable<std::int64_t>(row["doctor_id"])};
}

bool ReportRepository::ClinicExists(std::int64_t clinic_id) {
  return tx_.raw().exec_prepared1("select_report_clinic", clinic_id)["found"].as<bool>();
}

std::vector<DoctorPerformanceItem> ReportRepository::DoctorPerformance(const ReportScope& scope,
                                                                       const ReportPeriod& period) {
  auto rows = tx_.raw().exec_prepared("list_doctor_performance", period.from, period.to, ClinicList(scope),
                                      scope.doctor_id);
  return db::MapRows<DoctorPerformanceItem>(rows, [](const pqxx::row& row) {
    DoctorPerformanceItem item;
    item.doctor_id = row["doctor_id"].as<std::int64_t>();
    item.doctor_name = row["doctor_name"].as<std::string>();
    item.specialty = row["specialty"].as<std::string>();
    item.appointments = row["appointments"].as<std::int64_t>();
    auto& s = item.by_status;
    s.registered = row["registered"].as<std::int64_t>();
    s.confirmed = row["confirmed"].as<std::int64_t>();
    s.waiting = row["waiting"].as<std::int64_t>();
    s.in_progress = row["in_progress"].as<std::int64_t>();
    s.finished = row["finished"].as<std::int64_t>();
    s.cancelled = row["cancelled"].as<std::int64_t>();
    s.no_show = row["no_show"].as<std::int64_t>();
    item.no_show_rate = Ratio(static_cast<double>(s.no_show), static_cast<double>(item.appointments - s.cancelled));
    item.mean_wait_minutes = MeanMinutes(row["wait_seconds"].as<double>(), row["wait_count"].as<std::int64_t>());
    item.mean_consultation_minutes =
        MeanMinutes(row["consultation_seconds"].as<double>(), row["consultation_count"].as<std::int64_t>());
    return item;
  });
}

std::vector<RoomOccupancyItem> ReportRepository::RoomOccupancy(const ReportScope& scope, const ReportPeriod& period) {
  auto rows = tx_.raw().exec_prepared("list_room_occupancy", period.from, period.to, ClinicList(scope));
  return db::MapRows<RoomOccupancyItem>(rows, [](const pqxx::row& row) {
    RoomOccupancyItem item;
    item.clinic_id = row["clinic_id"].as<std::int64_t>();
    item.floor_id = row["floor_id"].as<std::int64_t>();
    item.room_id = row["room_id"].as<std::int64_t>();
    item.room_code = row["room_code"].as<std::string>();
    auto open = row["open_seconds"].as<double>(), booked = row["booked_seconds"].as<double>();
    item.open_minutes = Minutes(open);
    item.booked_minutes = Minutes(booked);
    item.used_minutes = Minutes(row["used_seconds"].as<double>());
    item.occupancy = Ratio(booked, open);
    return item;
  });
}

std::vector<HeatmapCell> ReportRepository::Heatmap(const ReportScope& scope, const ReportPeriod& period) {
  auto rows = tx_.raw().exec_prepared("list_occupancy_heatmap", period.from, period.to, ClinicList(scope));
  return db::MapRows<HeatmapCell>(rows, [](const pqxx::row& row) {
    HeatmapCell cell;
    cell.weekday = row["weekday"].as<int>();
    cell.hour = row["hour"].as<int>();
    auto open = row["open_seconds"].as<double>(), booked = row["booked_seconds"].as<double>();
    cell.open_minutes = Minutes(open);
    cell.booked_minutes = Minutes(booked);
    cell.occupancy = Ratio(booked, open);
    return cell;
  });
}

void ReportRepository::Rebuild() { tx_.raw().exec_prepared("rebuild_report_rollups"); }

void ReportRepository::FoldPending() { tx_.raw().exec_prepared("fold_report_hourly_pending"); }

}  // namespace healthpulse::reports
