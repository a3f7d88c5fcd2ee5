#include "modules/practices/practice_handlers.h"

#include "http/json_io.h"
#include "http/media_type.h"
#include "http/problem.h"

namespace healthpulse::practices {
namespace {

using http::Access;
using http::Response;
using http::RouteContext;
using healthpulse::Line;

nlohmann::json ToJson(const Nomenclator& n) { return {{"id", n.id}, {"name", n.name}, {"version", n.version}}; }

nlohmann::json ToJson(const Practice& p) {
  return {{"id", p.id},
          {"nomenclator_id", p.nomenclator_id},
          {"code", p.code},
          {"name", p.name},
          {"specialty", p.specialty},
          {"duration_minutes", p.duration_minutes},
          {"active", p.active},
          {"clinic_ids", p.clinic_ids}};
}

template <typename T>
Response Answer(int status, const Result<T>& result) {
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(status, ToJson(*result));
}

template <typename T>
Response AnswerPage(const Result<Page<T>>& result) {
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(200, http::PageJson(*result, [](const T& t) { return ToJson(t); }));
}

std::optional<int> ReadDuration(http::FieldReader& fields, bool required) {
  auto value = fields.Integer("duration_minutes", required);
  if (!value) return std::nullopt;
  if (*value < kMinDuration || *value > kMaxDuration) {
    fields.Reject("duration_minutes", "must be from " + std::to_string(kMinDuration) + " to " +
                                          std::to_string(kMaxDuration) + " minutes");
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

Response CreateNomenclator(PracticeService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto name = fields.String("name", true, Line(200));
  auto version = fields.String("version", true, Line(50)).value_or("");
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(201, service.CreateNomenclator(ctx.caller(), *name, version));
}

Response Import(PracticeService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  if (auto media = http::RequireMediaType(ctx.request, "text/csv"); !media) return http::ProblemResponse(media.error());
  auto result = service.Import(ctx.caller(), *id, ctx.request.body);
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(200, {{"created", result->created}, {"updated", result->updated}});
}

Response ListPractices(PracticeService& service, RouteContext& ctx) {
  PracticeFilter filter;
  auto page = http::ParsePageRequest(ctx.request);
  auto nomenclator_id = http::QueryInteger(ctx.request, "nomenclator_id");
  auto clinic_id = http::QueryInteger(ctx.request, "clinic_id");
  auto active = http::QueryBool(ctx.request, "active");
  if (!page) return http::ProblemResponse(page.error());
  if (!nomenclator_id) return http::ProblemResponse(nomenclator_id.error());
  if (!clinic_id) return http::ProblemResponse(clinic_id.error());
  if (!active) return http::ProblemResponse(active.error());
  filter.page = *page;
  filter.nomenclator_id = *nomenclator_id;
  filter.clinic_id = *clinic_id;
  filter.active = *active;
  filter.q = ctx.request.Query("q");
  if (filter.q && filter.q->empty()) filter.q.reset();
  filter.specialty = ctx.request.Query("specialty");
  if (filter.specialty && filter.specialty->empty()) filter.specialty.reset();
  return AnswerPage(service.List(ctx.caller(), filter));
}

Response CreatePractice(PracticeService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewPractice practice;
  practice.nomenclator_id = fields.Integer("nomenclator_id", true).value_or(0);
  practice.code = fields.String("code", true, Line(kMaxCodeLength)).value_or("");
  practice.name = fields.String("name", true, Line(kMaxNameLength)).value_or("");
  practice.specialty = fields.String("specialty", false, Line(kMaxSpecialtyLength)).value_or("");
  practice.duration_minutes = ReadDuration(fields, true).value_or(kMinDuration);
  practice.clinic_ids = fields.IdList("clinic_ids").value_or(std::vector<std::int64_t>{});
  fields.Merge(ValidateNewPractice(practice));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(201, service.Create(ctx.caller(), practice));
}

Response PatchPractice(PracticeService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  PracticePatch patch;
  patch.code = fields.String("code", false, Line(kMaxCodeLength));
  patch.name = fields.String("name", false, Line(kMaxNameLength));
  patch.specialty = fields.String("specialty", false, Line(kMaxSpecialtyLength));
  patch.duration_minutes = ReadDuration(fields, false);
  patch.active = fields.Bool("active");
  patch.clinic_ids = fields.IdList("clinic_ids");
  fields.RequireChange();
  fields.Merge(ValidatePracticePatch(patch));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(200, service.Update(ctx.caller(), *id, patch));
}

}  // namespace

void RegisterPracticeRoutes(http::Router& router, PracticeService& s) {
  const auto read = Access::Require(Capability::kReadDirectory);
  const auto manage = Access::Require(Capability::kManageDirectory);
  router.Add("GET", "/api/v1/nomenclators", read, [&s](RouteContext& ctx) {
    auto page = http::ParsePageRequest(ctx.request);
    return page ? AnswerPage(s.ListNomenclators(ctx.caller(), *page)) : http::ProblemResponse(page.error());
  });
  router.Add("POST", "/api/v1/nomenclators", manage, [&s](RouteContext& ctx) { return CreateNomenclator(s, ctx); });
  router.Add("POST", "/api/v1/nomenclators/{id}/import", manage, [&s](RouteContext& ctx) { return Import(s, ctx); });
  router.Add("GET", "/api/v1/practices", read, [&s](RouteContext& ctx) { return ListPractices(s, ctx); });
  router.Add("POST", "/api/v1/practices", manage, [&s](RouteContext& ctx) { return CreatePractice(s, ctx); });
  router.Add("PATCH", "/api/v1/practices/{id}", manage, [&s](RouteContext& ctx) { return PatchPractice(s, ctx); });
}

}  // namespace healthpulse::practices
