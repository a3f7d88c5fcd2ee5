#include "modules/sms/sms_admin_handlers.h"

#include <cmath>

#include "http/json_io.h"
#include "http/problem.h"
#include "modules/reports/report_scope.h"
#include "modules/sms/sms_segments.h"

namespace healthpulse::sms {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;

// A template with its preview (rendered with SampleValues) and what that preview costs.
nlohmann::json TemplateJson(const SmsTemplate& t) {
  auto preview = RenderTemplate(t.body, SampleValues());
  auto count = CountSegments(preview);
  return {{"kind", t.kind},
          {"body", t.body},
          {"preview", preview},
          {"encoding", std::string(ToString(count.encoding))},
          {"characters", count.characters},
          {"segments", count.segments},
          {"updated_at", t.updated_at},
          {"updated_by", OrNull(t.updated_by)},
          {"updated_by_name", OrNull(t.updated_by_name)}};
}

nlohmann::json PlaceholdersJson() {
  auto v = SampleValues();
  const std::pair<const char*, const std::string*> placeholders[] = {
      {"nombre", &v.first_name}, {"clinica", &v.clinic}, {"telefono_clinica", &v.clinic_phone},
      {"fecha", &v.date},        {"hora", &v.time},      {"medico", &v.doctor}};
  auto out = nlohmann::json::array();
  for (const auto& [name, sample] : placeholders) out.push_back({{"name", name}, {"sample", *sample}});
  return out;
}

Response ListTemplates(SmsAdminService& service, RouteContext& ctx) {
  auto list = service.ListTemplates(ctx.caller());
  if (!list) return http::ProblemResponse(list.error());
  auto items = nlohmann::json::array();
  for (const auto& t : *list) items.push_back(TemplateJson(t));
  return http::JsonResponse(200, {{"items", items}, {"next_cursor", nullptr}, {"placeholders", PlaceholdersJson()}});
}

Response PutTemplate(SmsAdminService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto text = fields.String("body", true, FreeText(kMaxTemplateCharacters));
  if (text) {
    if (auto problem = TemplateBodyProblem(*text)) fields.Reject("body", *problem);
  }
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  auto updated = service.UpdateTemplate(ctx.caller(), ctx.params.at("kind"), *text);
  return updated ? http::JsonResponse(200, TemplateJson(*updated)) : http::ProblemResponse(updated.error());
}

nlohmann::json NoShowJson(const NoShowCount& c) {
  nlohmann::json rate = nullptr;
  if (c.appointments > 0) {
    rate = std::round(static_cast<double>(c.no_shows) / static_cast<double>(c.appointments) * 10000.0) / 10000.0;
  }
  return {{"appointments", c.appointments}, {"no_shows", c.no_shows}, {"no_show_rate", rate}};
}

nlohmann::json StatusCounts() {
  nlohmann::json counts = nlohmann::json::object();
  for (auto status : kMessageStatuses) counts[std::string(status)] = 0;
  return counts;
}

Response Summary(SmsAdminService& service, RouteContext& ctx) {
  std::vector<FieldError> errors;
  auto collect = [&](const Error& e) { errors.insert(errors.end(), e.fields.begin(), e.fields.end()); };
  SummaryRequest request;
  auto clinic_id = http::QueryId(ctx.request, "clinic_id");
  if (clinic_id) request.clinic_id = *clinic_id; else collect(clinic_id.error());
  auto period = reports::ParsePeriod(ctx.request.Query("from"), ctx.request.Query("to"));
  if (period) request.from = period->from, request.to = period->to;
  else collect(period.error());
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));

  auto summary = service.Summary(ctx.caller(), request);
  if (!summary) return http::ProblemResponse(summary.error());
  std::int64_t total = 0;
  auto by_status = StatusCounts();
  nlohmann::json kinds = nlohmann::json::object();
  for (auto kind : kMessageKinds) kinds[std::string(kind)] = {{"kind", std::string(kind)}, {"total", 0}, {"by_status", StatusCounts()}};
  for (const auto& c : summary->counts) {
    total += c.count;
    by_status[c.status] = by_status.value(c.status, 0) + c.count;
    auto& kind = kinds[c.kind];
    kind["total"] = kind["total"].get<std::int64_t>() + c.count;
    kind["by_status"][c.status] = kind["by_status"][c.status].get<std::int64_t>() + c.count;
  }
  auto by_kind = nlohmann::json::array();
  for (auto kind : kMessageKinds) by_kind.push_back(kinds[std::string(kind)]);
  return http::JsonResponse(200, {{"as_of", summary->as_of},
                                           {"from", request.from},
                                           {"to", request.to},
                                           {"clinic_id", OrNull(request.clinic_id)},
                                           {"total", total},
                                           {"by_status", by_status},
                                           {"by_kind", by_kind},
                                           {"reminders",
                                            {{"with_delivered_reminder", NoShowJson(summary->with_reminder)},
                                             {"without_delivered_reminder", NoShowJson(summary->without_reminder)}}}});
}

}  // namespace

void RegisterSmsAdminRoutes(http::Router& router, SmsAdminService& s) {
  const auto templates = Access::Require(Capability::kManageSmsTemplates);
  router.Add("GET", "/api/v1/sms-templates", templates, [&s](RouteContext& ctx) { return ListTemplates(s, ctx); });
  router.Add("PUT", "/api/v1/sms-templates/{kind}", templates,
             [&s](RouteContext& ctx) { return PutTemplate(s, ctx); });
  router.Add("GET", "/api/v1/sms/summary", Access::Require(Capability::kReadSmsFigures),
             [&s](RouteContext& ctx) { return Summary(s, ctx); });
}

}  // namespace healthpulse::sms
