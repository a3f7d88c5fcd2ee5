#include "modules/audit/audit_handlers.h"

#include "core/timestamp.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::audit {
namespace {

using http::Response;
using http::RouteContext;

using http::OrNull;
nlohmann::json ToJson(const AuditEvent& event) {
  const auto& e = event.entry;
  return {
      {"id", event.id},
      {"occurred_at", event.occurred_at},
      {"actor_user_id", OrNull(e.actor_user_id)},
      {"actor_username", OrNull(e.actor_username)},
      {"action", e.action},
      {"object_type", OrNull(e.object_type)},
      {"object_id", OrNull(e.object_id)},
      {"patient_id", OrNull(e.patient_id)},
      {"emergency", e.emergency},
      {"details", nlohmann::json::parse(e.details_json, nullptr, false)},
      {"actor_name", OrNull(event.actor_name)},
      {"actor_role", OrNull(event.actor_role)},
      {"patient_name", OrNull(event.patient_name)},
      {"object_name", OrNull(event.object_name)},
  };
}

Result<std::optional<std::string>> TimestampQuery(const http::Request& request, const std::string& name) {
  auto text = request.Query(name);
  if (!text) return std::optional<std::string>{};
  if (!IsRfc3339(*text)) return Fail(Error::Invalid(name, "must be an RFC 3339 timestamp with offset"));
  return text;
}

Response ListEvents(AuditService& service, RouteContext& ctx) {
  AuditFilter filter;
  auto page = http::ParsePageRequest(ctx.request);
  auto user_id = http::QueryInteger(ctx.request, "user_id");
  auto patient_id = http::QueryInteger(ctx.request, "patient_id");
  auto from = TimestampQuery(ctx.request, "from");
  auto to = TimestampQuery(ctx.request, "to");
  std::vector<FieldError> errors;
  for (const Error* e : {page ? nullptr : &page.error(), user_id ? nullptr : &user_id.error(),
                         patient_id ? nullptr : &patient_id.error(), from ? nullptr : &from.error(),
                         to ? nullptr : &to.error()}) {
    if (e != nullptr) errors.insert(errors.end(), e->fields.begin(), e->fields.end());
  }
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  filter.page = *page;
  filter.actor_user_id = *user_id;
  filter.patient_id = *patient_id;
  filter.from = *from;
  filter.to = *to;
  filter.action = ctx.request.Query("action");
  auto events = service.List(ctx.caller(), filter);
  if (!events) return http::ProblemResponse(events.error());
  return http::JsonResponse(200, http::PageJson(*events, ToJson));
}

Response Verify(AuditService& service, RouteContext& ctx) {
  auto report = service.Verify(ctx.caller());
  if (!report) return http::ProblemResponse(report.error());
  nlohmann::json body = {{"ok", !report->first_bad_id}, {"checked", report->rows_checked}};
  if (report->first_bad_id) {
    body["first_bad_id"] = *report->first_bad_id;
    body["message"] = "audit chain broken at row " + std::to_string(*report->first_bad_id) + ": " + report->problem;
  }
  return http::JsonResponse(200, body);
}

}  // namespace

void RegisterAuditRoutes(http::Router& router, AuditService& service) {
  router.Add("GET", "/api/v1/audit-events", http::Access::Require(Capability::kReadAuditLog),
             [&service](RouteContext& ctx) { return ListEvents(service, ctx); });
  router.Add("GET", "/api/v1/audit-events/verification", http::Access::Require(Capability::kReadAuditLog),
             [&service](RouteContext& ctx) { return Verify(service, ctx); });
}

}  // namespace healthpulse::audit
