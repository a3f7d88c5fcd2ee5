#include "modules/sms/inbox_handlers.h"

#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::sms {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;

nlohmann::json InboxJson(const InboxMessage& m) {
  return {{"id", m.id},
          {"clinic_id", OrNull(m.clinic_id)},
          {"patient_id", OrNull(m.patient_id)},
          {"patient_name", OrNull(m.patient_name)},
          {"from", m.from},
          {"body", m.body},
          {"received_at", m.received_at},
          {"status", m.handled_at ? "handled" : "open"},
          {"handled_by", OrNull(m.handled_by)},
          {"handled_at", OrNull(m.handled_at)}};
}

nlohmann::json ProblemJson(const PhoneProblem& p) {
  return {{"id", p.id},
          {"patient_id", p.patient_id},
          {"patient_name", p.patient_name},
          {"phone", p.phone},
          {"current_phone", OrNull(p.current_phone)},
          {"error_code", p.error_code},
          {"message_id", OrNull(p.message_id)},
          {"created_at", p.created_at},
          {"status", p.resolved_at ? "resolved" : "open"},
          {"resolved_at", OrNull(p.resolved_at)},
          {"resolved_by", OrNull(p.resolved_by)}};
}

// clinic_id, status (`open` or `done_word`), limit and cursor; 422 naming each bad one.
Result<InboxFilter> ReadFilter(const http::Request& request, const std::string& done_word) {
  InboxFilter filter;
  std::vector<FieldError> errors;
  auto page = http::ParsePageRequest(request);
  if (page) filter.page = *page;
  else errors.insert(errors.end(), page.error().fields.begin(), page.error().fields.end());
  auto clinic_id = http::QueryInteger(request, "clinic_id");
  if (clinic_id) filter.clinic_id = *clinic_id;
  else errors.insert(errors.end(), clinic_id.error().fields.begin(), clinic_id.error().fields.end());
  if (auto status = request.Query("status")) {
    if (*status == done_word) filter.done = true;
    else if (*status != "open") errors.push_back({"status", "must be open or " + done_word});
  }
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return filter;
}

Response ListInbox(InboxService& service, RouteContext& ctx) {
  auto filter = ReadFilter(ctx.request, "handled");
  if (!filter) return http::ProblemResponse(filter.error());
  auto page = service.ListInbox(ctx.caller(), *filter);
  return page ? http::JsonResponse(200, http::PageJson(*page, InboxJson)) : http::ProblemResponse(page.error());
}

Response HandleInbox(InboxService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto handled = service.Handle(ctx.caller(), *id);
  return handled ? http::JsonResponse(200, InboxJson(*handled)) : http::ProblemResponse(handled.error());
}

Response ListProblems(InboxService& service, RouteContext& ctx) {
  auto filter = ReadFilter(ctx.request, "resolved");
  if (!filter) return http::ProblemResponse(filter.error());
  auto page = service.ListProblems(ctx.caller(), *filter);
  return page ? http::JsonResponse(200, http::PageJson(*page, ProblemJson)) : http::ProblemResponse(page.error());
}

Response ResolveProblem(InboxService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto resolved = service.Resolve(ctx.caller(), *id);
  return resolved ? http::JsonResponse(200, ProblemJson(*resolved)) : http::ProblemResponse(resolved.error());
}

}  // namespace

void RegisterInboxRoutes(http::Router& router, InboxService& s) {
  router.Add("GET", "/api/v1/sms/inbox", Access::SignedIn(), [&s](RouteContext& ctx) { return ListInbox(s, ctx); });
  router.Add("POST", "/api/v1/sms/inbox/{id}/handle", Access::SignedIn(),
             [&s](RouteContext& ctx) { return HandleInbox(s, ctx); });
  router.Add("GET", "/api/v1/sms/phone-problems", Access::SignedIn(),
             [&s](RouteContext& ctx) { return ListProblems(s, ctx); });
  router.Add("POST", "/api/v1/sms/phone-problems/{id}/resolve", Access::SignedIn(),
             [&s](RouteContext& ctx) { return ResolveProblem(s, ctx); });
}

}  // namespace healthpulse::sms
