#include "app/ops_routes.h"

#include <sodium.h>

#include "db/embedded_files.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::app {
namespace {

using http::Access;
using http::Response;
using http::RouteContext;

// Compares in constant time: both sides are hashed to 32 bytes first, so neither the
// content nor the length of the configured token leaks through timing.
bool SameToken(const std::string& given, const std::string& expected) {
  unsigned char a[crypto_generichash_BYTES], b[crypto_generichash_BYTES];
  crypto_generichash(a, sizeof a, reinterpret_cast<const unsigned char*>(given.data()), given.size(), nullptr, 0);
  crypto_generichash(b, sizeof b, reinterpret_cast<const unsigned char*>(expected.data()), expected.size(), nullptr, 0);
  return crypto_verify_32(a, b) == 0;
}

}  // namespace

void RegisterOpsRoutes(http::Router& router, std::function<bool()> ready, http::Metrics& metrics,
                       std::string metrics_token, const http::StaticFiles& web) {
  router.Add("GET", "/healthz", Access::Public(),
             [](RouteContext&) { return http::JsonResponse(200, {{"status", "ok"}}); });
  router.Add("GET", "/readyz", Access::Public(), [ready = std::move(ready)](RouteContext&) {
    if (ready()) return http::JsonResponse(200, {{"status", "ok"}});
    auto response = http::ProblemResponse(503, "", "The database is not reachable");
    response.headers.emplace_back("Retry-After", "1");
    return response;
  });
  // Public to the router (no session), guarded by its own token: the scraper is a
  // machine, not a user. Without a configured token the route does not exist.
  router.Add("GET", "/metrics", Access::Public(), [&metrics, token = std::move(metrics_token)](RouteContext& ctx) {
    if (token.empty()) return http::ProblemResponse(404, "", "Not found");
    auto header = ctx.request.Header("authorization").value_or("");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0 ||
        !SameToken(header.substr(prefix.size()), token)) {
      auto response = http::ProblemResponse(401, "", "Send Authorization: Bearer <HEALTHPULSE_METRICS_TOKEN>");
      response.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"metrics\"");
      return response;
    }
    return Response{200, "text/plain; version=0.0.4", metrics.Render(), {}, {}};
  });
  router.Add("GET", "/api/openapi.json", Access::Public(), [](RouteContext&) {
    return Response{200, "application/json", std::string(embedded::OpenApiSpec()), {}, {}};
  });
  router.Add("GET", "/api/docs", Access::Public(),
             [&web](RouteContext&) { return web.ServeFile("swagger/index.html", false); });
  router.SetFallback([&web](RouteContext& ctx) { return web.Serve(ctx.request); });
}

}  // namespace healthpulse::app
