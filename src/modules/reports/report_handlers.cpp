#include "modules/reports/report_handlers.h"

#include "http/json_io.h"
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
  auto clinic_id = http::QueryInteger(request, "clinic_id");
  if (!clinic_id) {
    collect(clinic_id.error());
  } else if (*clinic_id && **clinic_id <= 0) {
    errors.push_back({"clinic_id", "must be a positive integer"});
  } else {
    parsed.clinic_id = *clinic_id;
  }
  auto period = ParsePeriod(request.Query("from"), request.Query("to"));
  if (period) parsed.period = *period; else collect(period.error());
  auto format = ParseFormat(request.Query("format"));
  if (format) parsed.format = *format; else collect(format.error());
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
          {"clinic_id", OrNull(request.clinic_id)}};
}

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
          {"mean_consultation_minutes", OrNull(item.mean_consultation_minutes)}};
}

nlohmann::json ToJson(const RoomOccupancyItem& item) {
  return {{"clinic_id", item.clinic_id},       {"floor_id", item.floor_id},
          {"room_id", item.room_id},           {"room_code", item.room_code},
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
  body["heatmap"] = Array(report->heatmap);
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
}

}  // namespace healthpulse::reports
