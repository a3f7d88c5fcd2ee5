#include "modules/reports/report_repository.h"

#include <optional>

#include <pqxx/pqxx>

#include "db/field.h"
#include "modules/icd10/icd10.h"

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

Viewer ReportRepository::LoadViewer(std::int64_t user_id, Role role, std::string& as_of, bool writes) {
  // One snapshot for every statement of the report, so its parts add up and as_of holds.
  // A listing that writes its audit rows stays READ COMMITTED, as every audited write
  // does (the audit chain appends to the newest row); it reads in one statement.
  if (!writes) tx_.raw().exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  // The rollup reads are estimated costly enough for JIT, whose compiling took seconds
  // of each report on a busy machine (bench/reports.sh): they run without it.
  tx_.raw().exec0("SET LOCAL jit = off");
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
    auto calls = row["call_count"].as<std::int64_t>();
    item.mean_call_delay_minutes = MeanMinutes(row["call_delay_seconds"].as<double>(), calls);
    item.on_time_rate = Ratio(row["call_on_time"].as<double>(), static_cast<double>(calls));
    auto scheduled = row["scheduled_seconds"].as<double>(), booked = row["booked_seconds"].as<double>();
    item.scheduled_minutes = Minutes(scheduled);
    item.booked_minutes = Minutes(booked);
    item.scheduled_booked_share = Ratio(booked, scheduled);
    return item;
  });
}

std::vector<RoomOccupancyItem> ReportRepository::RoomOccupancy(const ReportScope& scope, const ReportPeriod& period) {
  auto rows = tx_.raw().exec_prepared("list_room_occupancy", period.from, period.to, ClinicList(scope));
  return db::MapRows<RoomOccupancyItem>(rows, [](const pqxx::row& row) {
    RoomOccupancyItem item;
    item.clinic_id = row["clinic_id"].as<std::int64_t>();
    item.floor_id = row["floor_id"].as<std::int64_t>();
    item.floor_number = row["floor_number"].as<int>();
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

std::vector<DoctorPerformancePoint> ReportRepository::DoctorSeries(const ReportScope& scope,
                                                                  const ReportPeriod& period, GroupBy group_by) {
  auto rows = tx_.raw().exec_prepared("list_doctor_performance_series", period.from, period.to, ClinicList(scope),
                                      scope.doctor_id, GroupByName(group_by));
  return db::MapRows<DoctorPerformancePoint>(rows, [](const pqxx::row& row) {
    DoctorPerformancePoint point;
    point.period = row["period"].as<std::string>();
    point.appointments = row["appointments"].as<std::int64_t>();
    point.finished = row["finished"].as<std::int64_t>();
    point.cancelled = row["cancelled"].as<std::int64_t>();
    point.no_show = row["no_show"].as<std::int64_t>();
    point.no_show_rate =
        Ratio(static_cast<double>(point.no_show), static_cast<double>(point.appointments - point.cancelled));
    point.mean_wait_minutes = MeanMinutes(row["wait_seconds"].as<double>(), row["wait_count"].as<std::int64_t>());
    point.mean_consultation_minutes =
        MeanMinutes(row["consultation_seconds"].as<double>(), row["consultation_count"].as<std::int64_t>());
    point.mean_call_delay_minutes =
        MeanMinutes(row["call_delay_seconds"].as<double>(), row["call_count"].as<std::int64_t>());
    return point;
  });
}

std::vector<OccupancyPoint> ReportRepository::OccupancySeries(const ReportScope& scope, const ReportPeriod& period,
                                                              GroupBy group_by) {
  auto rows = tx_.raw().exec_prepared("list_room_occupancy_series", period.from, period.to, ClinicList(scope),
                                      GroupByName(group_by));
  return db::MapRows<OccupancyPoint>(rows, [](const pqxx::row& row) {
    OccupancyPoint point;
    point.period = row["period"].as<std::string>();
    auto open = row["open_seconds"].as<double>(), booked = row["booked_seconds"].as<double>();
    point.open_minutes = Minutes(open);
    point.booked_minutes = Minutes(booked);
    point.used_minutes = Minutes(row["used_seconds"].as<double>());
    point.occupancy = Ratio(booked, open);
    return point;
  });
}

std::vector<PopulationRow> ReportRepository::PopulationRows(const ReportScope& scope, const ReportPeriod& period) {
  auto rows = tx_.raw().exec_prepared("list_population_groups", period.from, period.to, ClinicList(scope));
  return db::MapRows<PopulationRow>(rows, [](const pqxx::row& row) {
    PopulationRow out;
    out.clinic_id = db::Nullable<std::int64_t>(row["clinic_id"]);
    out.band = row["band"].is_null() ? -1 : row["band"].as<int>();
    out.sex = db::Nullable<std::string>(row["sex"]);
    out.code = db::Nullable<std::string>(row["code"]);
    out.patients = row["patients"].as<std::int64_t>();
    return out;
  });
}

std::vector<ConditionName> ReportRepository::Conditions() {
  auto rows = tx_.raw().exec_prepared("list_report_conditions");
  return db::MapRows<ConditionName>(rows, [](const pqxx::row& row) {
    return ConditionName{row["code"].as<std::string>(), row["name"].as<std::string>()};
  });
}

bool ReportRepository::ConditionExists(const std::string& code) {
  return tx_.raw().exec_prepared1("select_report_condition", code)["found"].as<bool>();
}

std::vector<DiagnosisCount> ReportRepository::TopDiagnoses(const ReportScope& scope, const ReportPeriod& period,
                                                           int limit) {
  auto rows = tx_.raw().exec_prepared("list_top_diagnoses", period.from, period.to, ClinicList(scope), limit);
  return db::MapRows<DiagnosisCount>(rows, [](const pqxx::row& row) {
    return DiagnosisCount{icd10::FormatCode(row["code"].as<std::string>()), row["name"].as<std::string>(),
                          CellCount{row["count"].as<std::int64_t>(), false}};
  });
}

std::vector<NewDiagnoses> ReportRepository::NewDiagnosesBy(const ReportScope& scope, const ReportPeriod& period,
                                                           GroupBy group_by) {
  auto rows = tx_.raw().exec_prepared("list_new_diagnoses", period.from, period.to, ClinicList(scope),
                                      GroupByName(group_by));
  return db::MapRows<NewDiagnoses>(rows, [](const pqxx::row& row) {
    return NewDiagnoses{row["period"].as<std::string>(), row["code"].as<std::string>(),
                        CellCount{row["count"].as<std::int64_t>(), false}};
  });
}

std::vector<CareGap> ReportRepository::CareGaps(const ReportScope& scope, const CareGapRequest& request,
                                                const std::string& today, Role role, std::int64_t user_id) {
  auto rows = tx_.raw().exec_prepared("list_care_gaps", ClinicList(scope), request.condition, request.since, today,
                                      std::string(ToString(role)), user_id, request.page.cursor_id.value_or(0),
                                      request.page.limit + 1);
  return db::MapRows<CareGap>(rows, [&](const pqxx::row& row) {
    CareGap gap;
    gap.patient_id = row["patient_id"].as<std::int64_t>();
    gap.first_name = row["first_name"].as<std::string>();
    gap.last_name = row["last_name"].as<std::string>();
    gap.document_type = row["document_type"].as<std::string>();
    gap.document_number = row["document_number"].as<std::string>();
    gap.phone = db::Nullable<std::string>(row["phone"]);
    gap.last_visit = db::Nullable<std::string>(row["last_visit"]);
    auto codes = row["conditions"].as<std::string>();
    for (std::size_t at = 0; at <= codes.size();) {
      auto comma = codes.find(',', at);
      if (comma == std::string::npos) comma = codes.size();
      gap.conditions.push_back(codes.substr(at, comma - at));
      at = comma + 1;
    }
    gap.follow_up_due_on = db::Nullable<std::string>(row["follow_up_due_on"]);
    gap.not_seen = !gap.last_visit || *gap.last_visit < request.since;
    return gap;
  });
}

std::int64_t ReportRepository::CountCareGaps(const ReportScope& scope, const CareGapRequest& request,
                                             const std::string& today, Role role, std::int64_t user_id) {
  return tx_.raw()
      .exec_prepared1("count_care_gaps", ClinicList(scope), request.condition, request.since, today,
                      std::string(ToString(role)), user_id)["count"]
      .as<std::int64_t>();
}

std::string ReportRepository::LocalToday(const ReportScope& scope, std::int64_t now_utc_seconds) {
  return tx_.raw().exec_prepared1("select_care_gap_today", ClinicList(scope), now_utc_seconds)["today"].as<std::string>();
}

void ReportRepository::Rebuild() { tx_.raw().exec_prepared("rebuild_report_rollups"); }

void ReportRepository::FoldPending() { tx_.raw().exec_prepared("fold_report_pending"); }

}  // namespace healthpulse::reports
