#include "modules/reports/report_handlers.h"

#include "http/json_io.h"
#include "core/timestamp.h"
#include "http/problem.h"
#include "modules/reports/report_csv.h"
#include "modules/reports/report_scope.h"

namespace healthpulse::reports {
namespace {

using http::OrNull;
using http::Response;
using http::RouteContext;

// The query parameters, each bad one named.
Result<ReportRequest> ParseRequest(const http::Request& request) {
  std::vector<FieldError> errors;
  auto collect = [&](const Error& e) { errors.insert(errors.end(), e.fields.begin(), e.fields.end()); };
  ReportRequest parsed;
  auto clinic_id = http::QueryId(request, "clinic_id");
  if (clinic_id) parsed.clinic_id = *clinic_id; else collect(clinic_id.error());
  auto period = ParsePeriod(request.Query("from"), request.Query("to"));
  if (period) parsed.period = *period; else collect(period.error());
  auto format = ParseFormat(request.Query("format"));
  if (format) parsed.format = *format; else collect(format.error());
  auto group_by = ParseGroupBy(request.Query("group_by"));
  if (group_by) parsed.group_by = *group_by; else collect(group_by.error());
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return parsed;
}

Response NoStore(Response response) {
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

Response Csv(const std::string& name, const ReportRequest& request, std::string body) {
  Response response;
  response.status = 200;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(body);
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "-" +
                                                           request.period.from + "-" + request.period.to + ".csv\"");
  return response;
}

nlohmann::json Envelope(const std::string& as_of, const ReportRequest& request) {
  return {{"as_of", as_of},
          {"from", request.period.from},
          {"to", request.period.to},
          {"clinic_id", OrNull(request.clinic_id)},
          {"group_by", request.group_by ? nlohmann::json(GroupByName(*request.group_by)) : nlohmann::json(nullptr)}};
}

nlohmann::json Count(const CellCount& count) { return OrNull(count.value); }

nlohmann::json ToJson(const DoctorPerformanceItem& item) {
  const auto& s = item.by_status;
  return {{"doctor_id", item.doctor_id},
          {"doctor_name", item.doctor_name},
          {"specialty", item.specialty},
          {"appointments", item.appointments},
          {"by_status",
           {{"registered", s.registered},
            {"confirmed", s.confirmed},
            {"waiting", s.waiting},
            {"in_progress", s.in_progress},
            {"finished", s.finished},
            {"cancelled", s.cancelled},
            {"no_show", s.no_show}}},
          {"no_show_rate", OrNull(item.no_show_rate)},
          {"mean_wait_minutes", OrNull(item.mean_wait_minutes)},
          {"mean_consultation_minutes", OrNull(item.mean_consultation_minutes)},
          {"mean_call_delay_minutes", OrNull(item.mean_call_delay_minutes)},
          {"on_time_rate", OrNull(item.on_time_rate)},
          {"scheduled_minutes", item.scheduled_minutes},
          {"booked_minutes", item.booked_minutes},
          {"scheduled_booked_share", OrNull(item.scheduled_booked_share)}};
}

nlohmann::json ToJson(const DoctorPerformancePoint& point) {
  return {{"period", point.period},
          {"appointments", point.appointments},
          {"finished", point.finished},
          {"cancelled", point.cancelled},
          {"no_show", point.no_show},
          {"no_show_rate", OrNull(point.no_show_rate)},
          {"mean_wait_minutes", OrNull(point.mean_wait_minutes)},
          {"mean_consultation_minutes", OrNull(point.mean_consultation_minutes)},
          {"mean_call_delay_minutes", OrNull(point.mean_call_delay_minutes)}};
}

nlohmann::json ToJson(const OccupancyPoint& point) {
  return {{"period", point.period},
          {"open_minutes", point.open_minutes},
          {"booked_minutes", point.booked_minutes},
          {"used_minutes", point.used_minutes},
          {"occupancy", OrNull(point.occupancy)}};
}

nlohmann::json ToJson(const OccupancySummary& summary) {
  nlohmann::json out = {{"clinic_id", summary.clinic_id},
                        {"rooms", summary.rooms},
                        {"open_minutes", summary.open_minutes},
                        {"booked_minutes", summary.booked_minutes},
                        {"used_minutes", summary.used_minutes},
                        {"occupancy", OrNull(summary.occupancy)}};
  if (summary.floor_id != 0) {
    out["floor_id"] = summary.floor_id;
    out["floor_number"] = summary.floor_number;
  }
  return out;
}

nlohmann::json ToJson(const ConditionPrevalence& item) {
  return {{"code", item.code},
          {"name", item.name},
          {"patients", Count(item.patients)},
          {"suppressed", item.patients.suppressed},
          {"per_1000", OrNull(item.per_1000)},
          {"age_standardized_per_1000", OrNull(item.age_standardized_per_1000)}};
}

nlohmann::json ToJson(const PopulationGroup& group) {
  return {{"clinic_id", group.clinic_id},
          {"age_band", group.age_band},
          {"sex", OrNull(group.sex)},
          {"code", group.code},
          {"patients", Count(group.patients)},
          {"population", Count(group.population)},
          {"suppressed", group.patients.suppressed || group.population.suppressed},
          {"per_1000", OrNull(group.per_1000)}};
}

nlohmann::json ToJson(const DiagnosisCount& item) {
  return {{"code", item.code}, {"name", item.name}, {"count", Count(item.count)}, {"suppressed", item.count.suppressed}};
}

nlohmann::json ToJson(const NewDiagnoses& item) {
  return {{"month", item.period}, {"code", item.code}, {"count", Count(item.count)},
          {"suppressed", item.count.suppressed}};
}

nlohmann::json ToJson(const CareGap& gap) {
  return {{"patient_id", gap.patient_id},
          {"first_name", gap.first_name},
          {"last_name", gap.last_name},
          {"document_type", gap.document_type},
          {"document_number", gap.document_number},
          {"phone", OrNull(gap.phone)},
          {"last_visit", OrNull(gap.last_visit)},
          {"conditions", gap.conditions},
          {"follow_up_due_on", OrNull(gap.follow_up_due_on)},
          {"not_seen", gap.not_seen}};
}

nlohmann::json ToJson(const RoomOccupancyItem& item) {
  return {{"clinic_id", item.clinic_id},       {"floor_id", item.floor_id},
          {"floor_number", item.floor_number}, {"room_id", item.room_id},
          {"room_code", item.room_code},
          {"open_minutes", item.open_minutes}, {"booked_minutes", item.booked_minutes},
          {"used_minutes", item.used_minutes}, {"occupancy", OrNull(item.occupancy)}};
}

nlohmann::json ToJson(const HeatmapCell& cell) {
  return {{"weekday", cell.weekday},
          {"hour", cell.hour},
          {"open_minutes", cell.open_minutes},
          {"booked_minutes", cell.booked_minutes},
          {"occupancy", OrNull(cell.occupancy)}};
}

template <typename T>
nlohmann::json Array(const std::vector<T>& values) {
  auto array = nlohmann::json::array();
  for (const auto& value : values) array.push_back(ToJson(value));
  return array;
}

Response DoctorPerformance(ReportService& service, RouteContext& ctx) {
  auto request = ParseRequest(ctx.request);
  if (!request) return http::ProblemResponse(request.error());
  auto report = service.DoctorPerformance(ctx.caller(), *request);
  if (!report) return http::ProblemResponse(report.error());
  if (request->format == ReportFormat::kCsv) return Csv("doctor-performance", *request, DoctorPerformanceCsv(*report));
  auto body = Envelope(report->as_of, *request);
  body["items"] = Array(report->items);
  if (request->group_by) body["series"] = Array(report->series);
  return http::JsonResponse(200, body);
}

Response RoomOccupancy(ReportService& service, RouteContext& ctx) {
  auto request = ParseRequest(ctx.request);
  if (!request) return http::ProblemResponse(request.error());
  auto report = service.RoomOccupancy(ctx.caller(), *request);
  if (!report) return http::ProblemResponse(report.error());
  if (request->format == ReportFormat::kCsv) return Csv("room-occupancy", *request, RoomOccupancyCsv(*report));
  auto body = Envelope(report->as_of, *request);
  body["items"] = Array(report->items);
  body["clinics"] = Array(report->clinics);
  body["floors"] = Array(report->floors);
  body["heatmap"] = Array(report->heatmap);
  if (request->group_by) body["series"] = Array(report->series);
  return http::JsonResponse(200, body);
}

Response PopulationHealth(ReportService& service, RouteContext& ctx) {
  auto request = ParseRequest(ctx.request);
  if (!request) return http::ProblemResponse(request.error());
  auto report = service.PopulationHealth(ctx.caller(), *request);
  if (!report) return http::ProblemResponse(report.error());
  if (request->format == ReportFormat::kCsv) return Csv("population-health", *request, PopulationHealthCsv(*report));
  auto body = Envelope(report->as_of, *request);
  body["small_cells_hidden"] = report->small_cells_hidden;
  body["population"] = Count(report->population);
  body["population_suppressed"] = report->population.suppressed;
  body["conditions"] = Array(report->conditions);
  body["groups"] = Array(report->groups);
  body["top_diagnoses"] = Array(report->top_diagnoses);
  body["new_diagnoses_by_month"] = Array(report->new_diagnoses_by_month);
  if (request->group_by) {
    auto series = nlohmann::json::array();
    for (const auto& item : report->series) {
      series.push_back(nlohmann::json{{"period", item.period}, {"code", item.code}, {"count", Count(item.count)},
                                      {"suppressed", item.count.suppressed}});
    }
    body["series"] = std::move(series);
  }
  return http::JsonResponse(200, body);
}

// The care-gap parameters both the list and its count take; `paged` adds limit and cursor.
Result<CareGapRequest> ParseCareGapRequest(const http::Request& http_request, bool paged) {
  std::vector<FieldError> errors;
  auto collect = [&](const Error& e) { errors.insert(errors.end(), e.fields.begin(), e.fields.end()); };
  CareGapRequest request;
  auto clinic_id = http::QueryId(http_request, "clinic_id");
  if (clinic_id) request.clinic_id = *clinic_id; else collect(clinic_id.error());
  if (auto condition = http_request.Query("condition")) {
    if (condition->empty()) errors.push_back({"condition", "must not be empty"});
    request.condition = *condition;
  }
  // Absent: six months before today at the clinics in scope (the service works it out).
  if (auto since = http_request.Query("since")) {
    if (!IsDate(*since)) errors.push_back({"since", "must be a date as YYYY-MM-DD"});
    request.since = *since;
  }
  if (paged) {
    auto page = http::ParsePageRequest(http_request);
    if (page) request.page = *page; else collect(page.error());
  }
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return request;
}

Response CareGaps(ReportService& service, RouteContext& ctx) {
  auto request = ParseCareGapRequest(ctx.request, true);
  if (!request) return http::ProblemResponse(request.error());
  auto gaps = service.CareGaps(ctx.caller(), *request);
  if (!gaps) return http::ProblemResponse(gaps.error());
  nlohmann::json body = {{"since", gaps->since}, {"today", gaps->today}, {"items", Array(gaps->items)},
                         {"next_cursor", OrNull(gaps->next_cursor)}};
  return http::JsonResponse(200, body);
}

Response CareGapSummaryOf(ReportService& service, RouteContext& ctx) {
  auto request = ParseCareGapRequest(ctx.request, false);
  if (!request) return http::ProblemResponse(request.error());
  auto summary = service.CountCareGaps(ctx.caller(), *request);
  if (!summary) return http::ProblemResponse(summary.error());
  nlohmann::json body = {{"clinic_id", OrNull(request->clinic_id)},
                         {"condition", OrNull(request->condition)},
                         {"since", summary->since},
                         {"today", summary->today},
                         {"count", summary->count}};
  return http::JsonResponse(200, body);
}

}  // namespace

// Signed in, not Require(kReadReports): the service refuses patients itself, so that
// its 403 carries Cache-Control: no-store like every other answer of these routes.
void RegisterReportRoutes(http::Router& router, ReportService& service) {
  router.Add("GET", "/api/v1/reports/doctor-performance", http::Access::SignedIn(),
             [&service](RouteContext& ctx) { return NoStore(DoctorPerformance(service, ctx)); });
  router.Add("GET", "/api/v1/reports/room-occupancy", http::Access::SignedIn(),
             [&service](RouteContext& ctx) { return NoStore(RoomOccupancy(service, ctx)); });
  router.Add("GET", "/api/v1/reports/population-health", http::Access::SignedIn(),
             [&service](RouteContext& ctx) { return NoStore(PopulationHealth(service, ctx)); });
  router.Add("GET", "/api/v1/reports/care-gaps", http::Access::SignedIn(),
             [&service](RouteContext& ctx) { return NoStore(CareGaps(service, ctx)); });
  router.Add("GET", "/api/v1/reports/care-gaps/summary", http::Access::SignedIn(),
             [&service](RouteContext& ctx) { return NoStore(CareGapSummaryOf(service, ctx)); });
}

}  // namespace healthpulse::reports
