#pragma once

#include <memory>

#include "config/config.h"
#include "db/database.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/static_files.h"
#include "modules/audit/audit_service.h"
#include "modules/auth/auth_service.h"
#include "modules/users/user_service.h"

namespace healthpulse::app {

// Everything `serve` runs, wired together: the pool, the services over it, and the
// router with every route registered. Non-copyable (routes hold references into it).
class Application {
 public:
  explicit Application(const Config& config);
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  const http::Router& router() const { return router_; }
  http::Metrics& metrics() { return metrics_; }

 private:
  const Config& config_;
  db::Database db_;
  http::Metrics metrics_;
  http::StaticFiles web_;
  auth::AuthService auth_;
  users::UserService users_;
  audit::AuditService audit_;
  http::Router router_;
};

// Registers every route of the API against the given services; used by Application
// and by the route-table tests (which pass services over no database).
void RegisterApiRoutes(http::Router& router, auth::AuthService& auth, users::UserService& users,
                       audit::AuditService& audit);

}  // namespace healthpulse::app
