#pragma once

#include "config/config.h"
#include "db/database.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/static_files.h"

namespace healthpulse::app {

// /healthz, /readyz, /metrics, /api/openapi.json, /api/docs, and the web app as the
// router's fallback.
void RegisterOpsRoutes(http::Router& router, db::Database& db, http::Metrics& metrics, const http::StaticFiles& web);

}  // namespace healthpulse::app
