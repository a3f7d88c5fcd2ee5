#include "app/ops_routes.h"

#include "db/embedded_files.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::app {

using http::Access;
using http::Response;
using http::RouteContext;

void RegisterOpsRoutes(http::Router& router, db::Database& db, http::Metrics& metrics, const http::StaticFiles& web) {
  router.Add("GET", "/healthz", Access::Public(),
             [](RouteContext&) { return http::JsonResponse(200, {{"status", "ok"}}); });
  router.Add("GET", "/readyz", Access::Public(), [&db](RouteContext&) {
    if (db.Ping()) return http::JsonResponse(200, {{"status", "ok"}});
    return http::ProblemResponse(503, "", "The database is not reachable");
  });
  router.Add("GET", "/metrics", Access::Public(), [&metrics](RouteContext&) {
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
