#pragma once

#include <functional>
#include <string>

#include "config/config.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/static_files.h"

namespace healthpulse::app {

// /healthz, /readyz (`ready` answers whether the database does, within its own short
// timeout), /metrics (only with `metrics_token` as a bearer token; 404 when it is
// empty), /api/openapi.json, /api/docs, and the web app as the router's fallback.
void RegisterOpsRoutes(http::Router& router, std::function<bool()> ready, http::Metrics& metrics,
                       std::string metrics_token, const http::StaticFiles& web);

}  // namespace healthpulse::app
