// Fuzzes Router::Dispatch end to end without a database: a router with a few routes like
// the real ones (path parameters, a nested action, a JSON body read by FieldReader,
// query parameters), fed a request made from the input. First byte: the method; then
// the target up to the first newline, the content type up to the next, the body.
// Invariant: a handler never runs for a request the router should refuse, nothing but a
// thrown handler gives a 500 (none throws here), and every answer is a valid status.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <spdlog/spdlog.h>

#include "http/json_io.h"
#include "http/problem.h"
#include "http/router.h"

using namespace healthpulse;
using namespace healthpulse::http;

namespace {

Result<Principal> Sessions(std::string_view token) {
  if (token == "admin") return Principal{1, "admin", Role::kAdmin, "h"};
  if (token == "patient") return Principal{2, "paciente", Role::kPatient, "h"};
  return Fail(Error::Unauthenticated());
}

Response ReadBody(RouteContext& ctx) {
  auto body = ParseJsonObject(ctx.request);
  if (!body) return ProblemResponse(body.error());
  FieldReader fields(*body);
  fields.String("first_name", true, Line(100));
  fields.String("notes", false, FreeText(4000));
  fields.Clearable("phone", Line(32));
  fields.Integer("clinic_id");
  fields.Bool("active");
  fields.IdList("clinic_ids");
  fields.RequireChange();
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error());
  return JsonResponse(200, *body);
}

const Router& TheRouter() {
  static const Router* router = [] {
    spdlog::set_level(spdlog::level::off);
    auto* r = new Router(Sessions);
    r->Add("GET", "/api/v1/users/{id}", Access::Require(Capability::kManageUsers), [](RouteContext& ctx) {
      auto id = ctx.IdParam("id");
      return id ? JsonResponse(200, {{"id", *id}}) : ProblemResponse(id.error());
    });
    r->Add("POST", "/api/v1/users/{id}/deactivate", Access::Require(Capability::kManageUsers), [](RouteContext& ctx) {
      auto id = ctx.IdParam("id");
      // A segment is never split again: the id here never holds a slash.
      if (ctx.params.at("id").find('/') != std::string::npos) std::abort();
      return id ? NoContent() : ProblemResponse(id.error());
    });
    r->Add("PATCH", "/api/v1/patients/{id}", Access::SignedIn(), ReadBody);
    r->Add("POST", "/api/v1/patients", Access::Public(), ReadBody);
    r->Add("GET", "/api/v1/patients", Access::Public(), [](RouteContext& ctx) {
      auto page = ParsePageRequest(ctx.request);
      if (!page) return ProblemResponse(page.error());
      auto clinic = QueryInteger(ctx.request, "clinic_id");
      auto active = QueryBool(ctx.request, "active");
      if (!clinic) return ProblemResponse(clinic.error());
      if (!active) return ProblemResponse(active.error());
      return JsonResponse(200, {{"q", ctx.request.Query("q").value_or("")}});
    });
    r->SetFallback([](RouteContext&) { return Response{200, "text/html", "<app>", {}, {}}; });
    return r;
  }();
  return *router;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* kMethods[] = {"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD"};
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  Request request;
  request.method = kMethods[data[0] % 6];
  request.request_id = "fuzz";
  if (data[0] & 0x80) request.headers["authorization"] = (data[0] & 0x40) ? "Bearer admin" : "Bearer patient";
  auto newline = input.find('\n');
  auto target_text = input.substr(0, newline);
  input = newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
  newline = input.find('\n');
  request.headers["content-type"] = std::string(input.substr(0, newline));
  request.body = newline == std::string_view::npos ? std::string{} : std::string(input.substr(newline + 1));
  auto target = ParseTarget(target_text);
  if (!target) return 0;
  request.path = target->path;
  request.segments = target->segments;
  request.query = target->query;
  auto outcome = TheRouter().Dispatch(request);
  int status = outcome.response.status;
  if (status < 200 || status >= 500) std::abort();
  // JSON answers (problems included) are JSON whatever bytes the request held.
  bool json = outcome.response.content_type.find("json") != std::string::npos;
  if (json && nlohmann::json::parse(outcome.response.body, nullptr, false).is_discarded()) std::abort();
  return 0;
}
