#include "modules/appointments/appointment_handlers.h"

#include "core/timestamp.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::appointments {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;
using healthpulse::FreeText;
using healthpulse::Line;

nlohmann::json ToJson(const Appointment& a) {
  return {{"id", a.id},
          {"patient_id", a.patient_id},
          {"doctor_id", a.doctor_id},
          {"room_id", a.room_id},
          {"practice_id", a.practice_id},
          {"clinic_id", a.clinic_id},
          {"start", a.start},
          {"end", a.end},
          {"status", ToString(a.status)},
          {"reason", OrNull(a.reason)},
          {"patient_name", a.patient_name},
          {"doctor_name", a.doctor_name},
          {"room_code", a.room_code},
          {"practice_name", a.practice_name}};
}

nlohmann::json ToJson(const AppointmentEvent& e) {
  return {{"id", e.id},
          {"occurred_at", e.occurred_at},
          {"actor_user_id", OrNull(e.actor_user_id)},
          {"actor_name", OrNull(e.actor_name)},
          {"kind", e.kind},
          {"from_status", OrNull(e.from_status)},
          {"to_status", OrNull(e.to_status)},
          {"reason", OrNull(e.reason)},
          {"details", nlohmann::json::parse(e.details_json, nullptr, false)}};
}

Response AppointmentResponse(int status, const Result<Appointment>& a) {
  return a ? http::JsonResponse(status, ToJson(*a)) : http::ProblemResponse(a.error());
}

Response Book(AppointmentService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewAppointment a;
  a.patient_id = fields.Integer("patient_id", true).value_or(0);
  a.doctor_id = fields.Integer("doctor_id", true).value_or(0);
  a.room_id = fields.Integer("room_id", true).value_or(0);
  a.practice_id = fields.Integer("practice_id", true).value_or(0);
  a.start = fields.String("start", true, Line(kMaxRfc3339Length)).value_or("");
  a.end = fields.String("end", false, Line(kMaxRfc3339Length));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return AppointmentResponse(201, service.Book(ctx.caller(), a));
}

Response List(AppointmentService& service, RouteContext& ctx) {
  AppointmentFilter filter;
  auto page = http::ParsePageRequest(ctx.request);
  if (!page) return http::ProblemResponse(page.error());
  filter.page = *page;
  for (auto [name, target] : {std::pair{"doctor_id", &filter.doctor_id}, std::pair{"patient_id", &filter.patient_id},
                              std::pair{"clinic_id", &filter.clinic_id}, std::pair{"room_id", &filter.room_id}}) {
    auto value = http::QueryInteger(ctx.request, name);
    if (!value) return http::ProblemResponse(value.error());
    *target = *value;
  }
  if (auto status = ctx.request.Query("status")) {
    filter.status = ParseStatus(*status);
    if (!filter.status) return http::ProblemResponse(Error::Invalid("status", "is not an appointment status"));
  }
  filter.from = ctx.request.Query("from");
  filter.to = ctx.request.Query("to");
  auto result = service.List(ctx.caller(), filter);
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(200, http::PageJson(*result, [](const Appointment& a) { return ToJson(a); }));
}

Response ChangeStatus(AppointmentService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto text = fields.String("status", true, Line(20));
  auto reason = fields.String("reason", false, FreeText(500));
  std::optional<Status> status;
  if (text) {
    status = ParseStatus(*text);
    if (!status) fields.Reject("status", "is not an appointment status");
  }
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return AppointmentResponse(200, service.ChangeStatus(ctx.caller(), *id, *status, reason));
}

Response Move(AppointmentService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  appointments::Reschedule change;
  change.start = fields.String("start", false, Line(kMaxRfc3339Length));
  change.end = fields.String("end", false, Line(kMaxRfc3339Length));
  change.room_id = fields.Integer("room_id");
  change.doctor_id = fields.Integer("doctor_id");
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  if (!change.start && !change.end && !change.room_id && !change.doctor_id) {
    return http::ProblemResponse(Error::Invalid("body", "send start, end, room_id or doctor_id"));
  }
  return AppointmentResponse(200, service.Reschedule(ctx.caller(), *id, change));
}

Response Availability(AppointmentService& service, RouteContext& ctx) {
  AvailabilityQuery query;
  for (auto [name, target] : {std::pair{"doctor_id", &query.doctor_id}, std::pair{"practice_id", &query.practice_id},
                              std::pair{"clinic_id", &query.clinic_id}}) {
    auto value = http::QueryInteger(ctx.request, name);
    if (!value) return http::ProblemResponse(value.error());
    *target = *value;
  }
  auto page = http::ParsePageRequest(ctx.request);
  if (!page) return http::ProblemResponse(page.error());
  query.limit = page->limit;
  auto from = ctx.request.Query("from");
  auto to = ctx.request.Query("to");
  if (!from || !to) {
    return http::ProblemResponse(Error::Invalid(!from ? "from" : "to", "is required (RFC 3339)"));
  }
  query.from = *from;
  query.to = *to;
  auto slots = service.Availability(ctx.caller(), query);
  if (!slots) return http::ProblemResponse(slots.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : *slots) {
    items.push_back({{"start", s.start},
                     {"end", s.end},
                     {"doctor_id", s.doctor_id},
                     {"clinic_id", s.clinic_id},
                     {"room_id", s.room_id},
                     {"practice_id", OrNull(query.practice_id)}});
  }
  return http::JsonResponse(200, {{"items", std::move(items)}, {"next_cursor", nullptr}});
}

// Every booking, change and status transition at a clinic, as Server-Sent Events
// ("event: appointment", data: the JSON of live/notification_listener), filtered per
// viewer by live::MayReceive.
Response ClinicEvents(AppointmentService& service, live::EventHub& hub, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  if (auto ok = service.CanWatchClinic(ctx.caller(), *id); !ok) return http::ProblemResponse(ok.error());
  auto reserved = hub.ReserveStream(ctx.caller().user_id);
  if (!reserved) {
    return http::ProblemResponse(Error::TooManyAttempts(
        "You already have " + std::to_string(hub.max_streams_per_user()) + " live event streams open; close one first",
        5));
  }
  Response response;
  response.stream = [&hub, clinic_id = *id, viewer = ctx.caller(),
                     reserved = std::move(reserved)](const std::shared_ptr<http::StreamWriter>& writer) {
    writer->Hold(reserved);  // released when the stream closes
    std::weak_ptr<http::StreamWriter> weak = writer;
    writer->Hold(hub.Subscribe(clinic_id, viewer, [weak](const std::string& json) {
      if (auto open = weak.lock()) open->Send("event: appointment\ndata: " + json + "\n\n");
    }));
  };
  return response;
}

Response Board(AppointmentService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto board = service.Board(ctx.caller(), *id);
  if (!board) return http::ProblemResponse(board.error());
  nlohmann::json waiting = nlohmann::json::array(), in_progress = nlohmann::json::array();
  for (const auto& e : *board) {
    nlohmann::json line = {{"appointment_id", e.appointment_id}, {"display_name", e.display_name},
                           {"doctor_name", e.doctor_name},       {"room_code", e.room_code},
                           {"start", e.start},                   {"since", e.since}};
    (e.status == Status::kWaiting ? waiting : in_progress).push_back(std::move(line));
  }
  return http::JsonResponse(200, {{"clinic_id", *id}, {"waiting", std::move(waiting)}, {"in_progress", std::move(in_progress)}});
}

}  // namespace

void RegisterAppointmentRoutes(http::Router& router, AppointmentService& s, live::EventHub& hub) {
  // Who may do what to which turno is decided per record in the service (DESIGN.md §5).
  const auto signed_in = Access::SignedIn();
  router.Add("GET", "/api/v1/appointments", signed_in, [&s](RouteContext& ctx) { return List(s, ctx); });
  router.Add("POST", "/api/v1/appointments", signed_in, [&s](RouteContext& ctx) { return Book(s, ctx); });
  router.Add("GET", "/api/v1/appointments/{id}", signed_in, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? AppointmentResponse(200, s.Get(ctx.caller(), *id)) : http::ProblemResponse(id.error());
  });
  router.Add("GET", "/api/v1/appointments/{id}/calendar.ics", signed_in, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    if (!id) return http::ProblemResponse(id.error());
    auto file = s.CalendarFile(ctx.caller(), *id);
    if (!file) return http::ProblemResponse(file.error());
    Response response;
    response.content_type = "text/calendar; charset=utf-8";
    response.body = std::move(*file);
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"turno-" + std::to_string(*id) + ".ics\"");
    return response;
  });
  router.Add("PATCH", "/api/v1/appointments/{id}", signed_in, [&s](RouteContext& ctx) { return Move(s, ctx); });
  router.Add("POST", "/api/v1/appointments/{id}/status", signed_in,
             [&s](RouteContext& ctx) { return ChangeStatus(s, ctx); });
  router.Add("GET", "/api/v1/clinics/{id}/events", signed_in,
             [&s, &hub](RouteContext& ctx) { return ClinicEvents(s, hub, ctx); });
  router.Add("GET", "/api/v1/clinics/{id}/board", signed_in, [&s](RouteContext& ctx) { return Board(s, ctx); });
  router.Add("GET", "/api/v1/availability", signed_in, [&s](RouteContext& ctx) { return Availability(s, ctx); });
  router.Add("GET", "/api/v1/appointments/{id}/history", signed_in, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    if (!id) return http::ProblemResponse(id.error());
    auto history = s.History(ctx.caller(), *id);
    if (!history) return http::ProblemResponse(history.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& e : *history) items.push_back(ToJson(e));
    return http::JsonResponse(200, {{"items", std::move(items)}, {"next_cursor", nullptr}});
  });
}

}  // namespace healthpulse::appointments
