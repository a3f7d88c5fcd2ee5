#include "modules/auth/auth_handlers.h"

#include "http/json_io.h"
#include "http/problem.h"
#include "modules/users/user_json.h"

namespace healthpulse::auth {
namespace {

using http::Access;
using http::Response;
using http::RouteContext;

Response Login(AuthService& auth, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto username = fields.String("username", true);
  auto password = fields.String("password", true);
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  auto result = auth.Login(*username, *password, ctx.request.remote_address);
  if (!result) return http::ProblemResponse(result.error());
  return http::JsonResponse(
      200, {{"token", result->token}, {"expires_at", result->expires_at}, {"user", users::ToJson(result->user)}});
}

Response ChangePassword(AuthService& auth, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto current = fields.String("current_password", true);
  auto next = fields.String("new_password", true);
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  auto changed = auth.ChangePassword(ctx.caller(), *current, *next);
  if (!changed) return http::ProblemResponse(changed.error());
  return http::NoContent();
}

}  // namespace

void RegisterAuthRoutes(http::Router& router, AuthService& auth, users::UserService& users) {
  router.Add("POST", "/api/v1/auth/login", Access::Public(), [&auth](RouteContext& ctx) { return Login(auth, ctx); });
  router.Add("POST", "/api/v1/auth/logout", Access::SignedIn(), [&auth](RouteContext& ctx) {
    auto done = auth.Logout(ctx.caller());
    return done ? http::NoContent() : http::ProblemResponse(done.error());
  });
  router.Add("GET", "/api/v1/auth/me", Access::SignedIn(), [&users](RouteContext& ctx) {
    auto me = users.Me(ctx.caller());
    return me ? http::JsonResponse(200, users::ToJson(*me)) : http::ProblemResponse(me.error());
  });
  router.Add("POST", "/api/v1/auth/password", Access::SignedIn(),
             [&auth](RouteContext& ctx) { return ChangePassword(auth, ctx); });
}

}  // namespace healthpulse::auth
