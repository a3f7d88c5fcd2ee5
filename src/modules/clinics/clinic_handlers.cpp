#include "modules/clinics/clinic_handlers.h"

#include "core/time_of_day.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::clinics {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;
using healthpulse::FreeText;
using healthpulse::Line;

nlohmann::json ToJson(const Clinic& c) {
  nlohmann::json hours = nlohmann::json::array();
  for (const auto& h : c.opening_hours) {
    hours.push_back({{"weekday", h.weekday}, {"opens", FormatTimeOfDay(h.opens)}, {"closes", FormatTimeOfDay(h.closes)}});
  }
  return {{"id", c.id},          {"name", c.name},         {"address", c.address},       {"phone", OrNull(c.phone)},
          {"timezone", c.timezone}, {"active", c.active}, {"opening_hours", std::move(hours)}};
}

nlohmann::json ToJson(const Floor& f) {
  return {{"id", f.id}, {"clinic_id", f.clinic_id}, {"number", f.number}, {"name", f.name}};
}

nlohmann::json ToJson(const Room& r) {
  return {{"id", r.id},     {"floor_id", r.floor_id}, {"clinic_id", r.clinic_id}, {"code", r.code},
          {"name", r.name}, {"kind", r.kind},         {"active", r.active}};
}

template <typename T>
Response Answer(int status, const Result<T>& result) {
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(status, ToJson(*result));
}

template <typename T>
Response AnswerList(const Result<std::vector<T>>& result) {
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(200, http::PageJson(Page<T>{*result, std::nullopt}, [](const T& t) { return ToJson(t); }));
}

template <typename T>
Response AnswerPage(const Result<Page<T>>& result) {
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(200, http::PageJson(*result, [](const T& t) { return ToJson(t); }));
}

// opening_hours: [{weekday, opens: "HH:MM", closes: "HH:MM"}]
std::optional<std::vector<OpeningHours>> ReadHours(const nlohmann::json& body, http::FieldReader& fields) {
  if (!body.contains("opening_hours") || body["opening_hours"].is_null()) return std::nullopt;
  fields.MarkGiven("opening_hours");
  const auto& list = body["opening_hours"];
  if (!list.is_array()) {
    fields.Reject("opening_hours", "must be an array of {weekday, opens, closes}");
    return std::nullopt;
  }
  std::vector<OpeningHours> hours;
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto prefix = "opening_hours[" + std::to_string(i) + "]";
    const auto& item = list[i];
    OpeningHours h;
    if (!item.is_object() || !item.contains("weekday") || !item["weekday"].is_number_integer()) {
      fields.Reject(prefix + ".weekday", "must be 1 (Monday) to 7 (Sunday)");
      continue;
    }
    h.weekday = item["weekday"].get<int>();
    for (auto [name, target] : {std::pair{"opens", &h.opens}, std::pair{"closes", &h.closes}}) {
      auto parsed = item.contains(name) && item[name].is_string() ? ParseTimeOfDay(item[name].get<std::string>())
                                                                  : std::nullopt;
      if (!parsed) fields.Reject(prefix + "." + name, "must be a time of day HH:MM");
      *target = parsed.value_or(0);
    }
    hours.push_back(h);
  }
  return hours;
}

Response CreateClinic(ClinicService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewClinic clinic;
  clinic.name = fields.String("name", true, Line(200)).value_or("");
  clinic.address = fields.String("address", true, FreeText(300)).value_or("");
  clinic.phone = fields.Clearable("phone", Line(32)).value_or(std::nullopt);
  clinic.timezone = fields.String("timezone", false, Line(64)).value_or(kDefaultTimezone);
  clinic.opening_hours = ReadHours(*body, fields).value_or(std::vector<OpeningHours>{});
  fields.Merge(ValidateNewClinic(clinic));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(201, service.Create(ctx.caller(), clinic));
}

Response PatchClinic(ClinicService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  ClinicPatch patch;
  patch.name = fields.String("name", false, Line(200));
  patch.address = fields.String("address", false, FreeText(300));
  patch.phone = fields.Clearable("phone", Line(32));
  patch.timezone = fields.String("timezone", false, Line(64));
  patch.opening_hours = ReadHours(*body, fields);
  patch.active = fields.Bool("active");
  fields.RequireChange();
  fields.Merge(ValidateClinicPatch(patch));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(200, service.Update(ctx.caller(), *id, patch));
}

Response AddFloor(ClinicService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto number = fields.Integer("number", true);
  auto name = fields.String("name", true, Line(200)).value_or("");
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  if (*number < -10 || *number > 200) return http::ProblemResponse(Error::Invalid("number", "must be from -10 to 200"));
  return Answer(201, service.AddFloor(ctx.caller(), *id, static_cast<int>(*number), name));
}

Response AddRoom(ClinicService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewRoom room;
  room.code = fields.String("code", true, Line(20)).value_or("");
  room.name = fields.String("name", true, Line(200)).value_or("");
  room.kind = fields.String("kind", false, Line(20)).value_or("consulting");
  fields.Merge(ValidateNewRoom(room));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(201, service.AddRoom(ctx.caller(), *id, room));
}

Response ListRooms(ClinicService& service, RouteContext& ctx) {
  RoomFilter filter;
  auto page = http::ParsePageRequest(ctx.request);
  if (!page) return http::ProblemResponse(page.error());
  filter.page = *page;
  auto clinic_id = http::QueryInteger(ctx.request, "clinic_id");
  auto floor_id = http::QueryInteger(ctx.request, "floor_id");
  auto active = http::QueryBool(ctx.request, "active");
  if (!clinic_id) return http::ProblemResponse(clinic_id.error());
  if (!floor_id) return http::ProblemResponse(floor_id.error());
  if (!active) return http::ProblemResponse(active.error());
  filter.clinic_id = *clinic_id;
  filter.floor_id = *floor_id;
  filter.active = *active;
  return AnswerPage(service.ListRooms(ctx.caller(), filter));
}

Response PatchRoom(ClinicService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  RoomPatch patch;
  patch.code = fields.String("code", false, Line(20));
  patch.name = fields.String("name", false, Line(200));
  patch.kind = fields.String("kind", false, Line(20));
  patch.active = fields.Bool("active");
  patch.floor_id = fields.Integer("floor_id");
  fields.RequireChange();
  fields.Merge(ValidateRoomPatch(patch));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(200, service.UpdateRoom(ctx.caller(), *id, patch));
}

}  // namespace

void RegisterClinicRoutes(http::Router& router, ClinicService& s) {
  const auto read = Access::Require(Capability::kReadDirectory);
  const auto manage = Access::Require(Capability::kManageDirectory);
  router.Add("GET", "/api/v1/clinics", read, [&s](RouteContext& ctx) {
    auto page = http::ParsePageRequest(ctx.request);
    auto active = http::QueryBool(ctx.request, "active");
    if (!page) return http::ProblemResponse(page.error());
    if (!active) return http::ProblemResponse(active.error());
    return AnswerPage(s.List(ctx.caller(), *active, *page));
  });
  router.Add("POST", "/api/v1/clinics", manage, [&s](RouteContext& ctx) { return CreateClinic(s, ctx); });
  router.Add("GET", "/api/v1/clinics/{id}", read, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? Answer(200, s.Get(ctx.caller(), *id)) : http::ProblemResponse(id.error());
  });
  router.Add("PATCH", "/api/v1/clinics/{id}", manage, [&s](RouteContext& ctx) { return PatchClinic(s, ctx); });
  router.Add("GET", "/api/v1/clinics/{id}/floors", read, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? AnswerList(s.ListFloors(ctx.caller(), *id)) : http::ProblemResponse(id.error());
  });
  router.Add("POST", "/api/v1/clinics/{id}/floors", manage, [&s](RouteContext& ctx) { return AddFloor(s, ctx); });
  router.Add("GET", "/api/v1/floors/{id}/rooms", read, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? AnswerList(s.ListFloorRooms(ctx.caller(), *id)) : http::ProblemResponse(id.error());
  });
  router.Add("POST", "/api/v1/floors/{id}/rooms", manage, [&s](RouteContext& ctx) { return AddRoom(s, ctx); });
  router.Add("GET", "/api/v1/rooms", read, [&s](RouteContext& ctx) { return ListRooms(s, ctx); });
  router.Add("PATCH", "/api/v1/rooms/{id}", manage, [&s](RouteContext& ctx) { return PatchRoom(s, ctx); });
}

}  // namespace healthpulse::clinics
