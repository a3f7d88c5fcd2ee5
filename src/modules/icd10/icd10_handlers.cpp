#include "modules/icd10/icd10_handlers.h"

#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::icd10 {
namespace {

using http::Response;
using http::RouteContext;

nlohmann::json ToJson(const Icd10Code& c) {
  return {{"code", FormatCode(c.code)},
          {"description", c.description},
          {"level", c.level},
          {"parent_code", c.parent_code ? nlohmann::json(FormatCode(*c.parent_code)) : nlohmann::json(nullptr)}};
}

Response Search(Icd10Service& service, RouteContext& ctx) {
  PageRequest page;
  page.limit = kDefaultSearchLimit;
  auto limit = http::QueryInteger(ctx.request, "limit");
  if (!limit) return http::ProblemResponse(limit.error());
  if (*limit) {
    if (**limit < 1 || **limit > kMaxSearchLimit) {
      return http::ProblemResponse(Error::Invalid("limit", "must be from 1 to " + std::to_string(kMaxSearchLimit)));
    }
    page.limit = static_cast<int>(**limit);
  }
  if (auto cursor = ctx.request.Query("cursor")) {
    page.cursor_id = DecodeCursor(*cursor);
    if (!page.cursor_id) return http::ProblemResponse(Error::Invalid("cursor", "is not a cursor this server gave out"));
  }
  auto found = service.Search(ctx.caller(), ctx.request.Query("q").value_or(""), page);
  if (!found) return http::ProblemResponse(found.error());
  return http::JsonResponse(200, http::PageJson(*found, ToJson));
}

}  // namespace

void RegisterIcd10Routes(http::Router& router, Icd10Service& service) {
  router.Add("GET", "/api/v1/icd10", http::Access::SignedIn(),
             [&service](RouteContext& ctx) { return Search(service, ctx); });
}

}  // namespace healthpulse::icd10
