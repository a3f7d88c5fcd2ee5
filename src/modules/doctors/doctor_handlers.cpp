#include "modules/doctors/doctor_handlers.h"

#include "core/time_of_day.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::doctors {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;
using healthpulse::Line;

nlohmann::json ToJson(const Doctor& d) {
  return {{"id", d.id},
          {"user_id", d.user_id},
          {"full_name", d.full_name},
          {"specialty", d.specialty},
          {"license_number", OrNull(d.license_number)},
          {"active", d.active},
          {"clinic_ids", d.clinic_ids}};
}

Response ScheduleResponse(const Result<std::vector<ScheduleBlock>>& schedule) {
  if (!schedule) return http::ProblemResponse(schedule.error());
  nlohmann::json blocks = nlohmann::json::array();
  for (const auto& b : *schedule) {
    blocks.push_back({{"clinic_id", b.clinic_id},
                      {"weekday", b.weekday},
                      {"from", FormatTimeOfDay(b.from)},
                      {"to", FormatTimeOfDay(b.to)}});
  }
  return http::JsonResponse(200, {{"blocks", std::move(blocks)}});
}

Response DoctorResponse(const Result<Doctor>& doctor) {
  return doctor ? http::JsonResponse(200, ToJson(*doctor)) : http::ProblemResponse(doctor.error());
}

Response ListDoctors(DoctorService& service, RouteContext& ctx) {
  DoctorFilter filter;
  auto page = http::ParsePageRequest(ctx.request);
  auto clinic_id = http::QueryInteger(ctx.request, "clinic_id");
  if (!page) return http::ProblemResponse(page.error());
  if (!clinic_id) return http::ProblemResponse(clinic_id.error());
  filter.page = *page;
  filter.clinic_id = *clinic_id;
  filter.specialty = ctx.request.Query("specialty");
  if (filter.specialty && filter.specialty->empty()) filter.specialty.reset();
  filter.q = ctx.request.Query("q");
  if (filter.q && filter.q->empty()) filter.q.reset();
  auto doctors = service.List(ctx.caller(), filter);
  if (!doctors) return http::ProblemResponse(doctors.error());
  return http::JsonResponse(200, http::PageJson(*doctors, [](const Doctor& d) { return ToJson(d); }));
}

Response PatchDoctor(DoctorService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  DoctorPatch patch;
  patch.specialty = fields.String("specialty", false, Line(100));
  patch.license_number = fields.Clearable("license_number", Line(50));
  patch.clinic_ids = fields.IdList("clinic_ids");
  fields.RequireChange();
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return DoctorResponse(service.Update(ctx.caller(), *id, patch));
}

// {blocks: [{clinic_id, weekday, from: "HH:MM", to: "HH:MM"}]}
Response PutSchedule(DoctorService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  if (!body->contains("blocks") || !(*body)["blocks"].is_array()) {
    return http::ProblemResponse(Error::Invalid("blocks", "must be an array of {clinic_id, weekday, from, to}"));
  }
  std::vector<FieldError> errors;
  std::vector<ScheduleBlock> blocks;
  const auto& list = (*body)["blocks"];
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto prefix = "blocks[" + std::to_string(i) + "]";
    const auto& item = list[i];
    if (!item.is_object()) {
      errors.push_back({prefix, "must be an object {clinic_id, weekday, from, to}"});
      continue;
    }
    ScheduleBlock block;
    if (item.contains("clinic_id") && item["clinic_id"].is_number_integer()) {
      block.clinic_id = item["clinic_id"].get<std::int64_t>();
    } else {
      errors.push_back({prefix + ".clinic_id", "is required"});
    }
    if (item.contains("weekday") && item["weekday"].is_number_integer()) {
      block.weekday = item["weekday"].get<int>();
    } else {
      errors.push_back({prefix + ".weekday", "must be 1 (Monday) to 7 (Sunday)"});
    }
    for (auto [name, target] : {std::pair{"from", &block.from}, std::pair{"to", &block.to}}) {
      auto parsed = item.contains(name) && item[name].is_string() ? ParseTimeOfDay(item[name].get<std::string>())
                                                                  : std::nullopt;
      if (!parsed) errors.push_back({prefix + "." + name, "must be a time of day HH:MM"});
      *target = parsed.value_or(0);
    }
    blocks.push_back(block);
  }
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  return ScheduleResponse(service.PutSchedule(ctx.caller(), *id, blocks));
}

}  // namespace

void RegisterDoctorRoutes(http::Router& router, DoctorService& s) {
  const auto read = Access::Require(Capability::kReadDirectory);
  const auto manage = Access::Require(Capability::kManageDirectory);
  router.Add("GET", "/api/v1/doctors", read, [&s](RouteContext& ctx) { return ListDoctors(s, ctx); });
  router.Add("GET", "/api/v1/doctors/{id}", read, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? DoctorResponse(s.Get(ctx.caller(), *id)) : http::ProblemResponse(id.error());
  });
  router.Add("PATCH", "/api/v1/doctors/{id}", manage, [&s](RouteContext& ctx) { return PatchDoctor(s, ctx); });
  router.Add("GET", "/api/v1/doctors/{id}/schedule", read, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? ScheduleResponse(s.GetSchedule(ctx.caller(), *id)) : http::ProblemResponse(id.error());
  });
  router.Add("PUT", "/api/v1/doctors/{id}/schedule", manage, [&s](RouteContext& ctx) { return PutSchedule(s, ctx); });
}

}  // namespace healthpulse::doctors
