#include "app/application.h"

#include <fmt/format.h>

#include "app/ops_routes.h"
#include "modules/audit/audit_handlers.h"
#include "modules/auth/auth_handlers.h"
#include "modules/users/user_handlers.h"

namespace healthpulse::app {

void RegisterApiRoutes(http::Router& router, auth::AuthService& auth, users::UserService& users,
                       audit::AuditService& audit) {
  auth::RegisterAuthRoutes(router, auth, users);
  users::RegisterUserRoutes(router, users);
  audit::RegisterAuditRoutes(router, audit);
}

Application::Application(const Config& config)
    : config_(config),
      db_(config.database_url, config.db_pool_size),
      web_(config.web_root),
      auth_(db_, config_),
      users_(db_),
      audit_(db_),
      router_([this](std::string_view token) { return auth_.Authenticate(token); }) {
  RegisterApiRoutes(router_, auth_, users_, audit_);
  RegisterOpsRoutes(router_, db_, metrics_, web_);
  metrics_.SetGaugeSource([this] {
    auto stats = db_.Stats();
    return fmt::format(
        "# HELP healthpulse_db_pool_connections Database pool connections.\n"
        "# TYPE healthpulse_db_pool_connections gauge\n"
        "healthpulse_db_pool_connections{{state=\"in_use\"}} {}\n"
        "healthpulse_db_pool_connections{{state=\"idle\"}} {}\n"
        "# HELP healthpulse_db_pool_waits_total Acquisitions that waited for a free connection.\n"
        "# TYPE healthpulse_db_pool_waits_total counter\n"
        "healthpulse_db_pool_waits_total {}\n",
        stats.in_use, stats.size - stats.in_use, stats.waits);
  });
}

}  // namespace healthpulse::app
