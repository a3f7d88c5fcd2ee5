#include "modules/users/user_handlers.h"

#include "http/json_io.h"
#include "http/problem.h"
#include "modules/users/user_json.h"

namespace healthpulse::users {
namespace {

using http::Access;
using http::Response;
using http::RouteContext;
using healthpulse::FreeText;
using healthpulse::Line;

Response UserResponse(int status, const Result<User>& user) {
  if (!user) return http::ProblemResponse(user.error());
  return http::JsonResponse(status, ToJson(*user));
}

std::optional<Role> ReadRole(http::FieldReader& fields, bool required) {
  auto text = fields.String("role", required, Line(20));
  if (!text) return std::nullopt;
  auto role = ParseRole(*text);
  if (!role) fields.Reject("role", "must be one of admin, secretary, doctor, patient");
  return role;
}

Response ListUsers(UserService& service, RouteContext& ctx) {
  UserFilter filter;
  auto page = http::ParsePageRequest(ctx.request);
  if (!page) return http::ProblemResponse(page.error());
  filter.page = *page;
  filter.q = ctx.request.Query("q");
  if (filter.q && filter.q->empty()) filter.q.reset();
  if (auto role = ctx.request.Query("role")) {
    filter.role = ParseRole(*role);
    if (!filter.role) return http::ProblemResponse(Error::Invalid("role", "must be one of admin, secretary, doctor, patient"));
  }
  auto active = http::QueryBool(ctx.request, "active");
  if (!active) return http::ProblemResponse(active.error());
  filter.active = *active;
  auto clinic_id = http::QueryId(ctx.request, "clinic_id");
  if (!clinic_id) return http::ProblemResponse(clinic_id.error());
  filter.clinic_id = *clinic_id;
  auto users = service.List(ctx.caller(), filter);
  if (!users) return http::ProblemResponse(users.error());
  return http::JsonResponse(200, http::PageJson(*users, [](const User& u) { return ToJson(u); }));
}

Response CreateUser(UserService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewUser user;
  user.username = fields.String("username", true, Line(40)).value_or("");
  user.password = fields.String("password", true, Line(1024)).value_or("");
  user.full_name = fields.String("full_name", true, Line(kMaxFullNameLength)).value_or("");
  user.email = fields.Clearable("email", Line(254)).value_or(std::nullopt);
  user.phone = fields.Clearable("phone", Line(32)).value_or(std::nullopt);
  user.role = ReadRole(fields, true).value_or(Role::kPatient);
  user.clinic_ids = fields.IdList("clinic_ids").value_or(std::vector<std::int64_t>{});
  user.specialty = fields.String("specialty", false, Line(100)).value_or("");
  user.license_number = fields.Clearable("license_number", Line(50)).value_or(std::nullopt);
  fields.Merge(ValidateNewUser(user));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return UserResponse(201, service.Create(ctx.caller(), user));
}

Response PatchUser(UserService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  UserPatch patch;
  patch.full_name = fields.String("full_name", false, Line(kMaxFullNameLength));
  patch.email = fields.Clearable("email", Line(254));
  patch.phone = fields.Clearable("phone", Line(32));
  patch.role = ReadRole(fields, false);
  patch.active = fields.Bool("active");
  patch.password = fields.String("password", false, Line(1024));
  patch.clinic_ids = fields.IdList("clinic_ids");
  patch.specialty = fields.String("specialty", false, Line(100));
  patch.license_number = fields.Clearable("license_number", Line(50));
  // The role-dependent checks run in the service, which knows the user's current role.
  if (patch.Empty() && fields.Finish()) return http::ProblemResponse(Error::Invalid("body", "send at least one field to change"));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return UserResponse(200, service.Update(ctx.caller(), *id, patch));
}

}  // namespace

void RegisterUserRoutes(http::Router& router, UserService& service) {
  const auto manage = Access::Require(Capability::kManageUsers);
  router.Add("GET", "/api/v1/users", manage, [&service](RouteContext& ctx) { return ListUsers(service, ctx); });
  router.Add("POST", "/api/v1/users", manage, [&service](RouteContext& ctx) { return CreateUser(service, ctx); });
  router.Add("GET", "/api/v1/users/{id}", manage, [&service](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    if (!id) return http::ProblemResponse(id.error());
    return UserResponse(200, service.Get(ctx.caller(), *id));
  });
  router.Add("PATCH", "/api/v1/users/{id}", manage, [&service](RouteContext& ctx) { return PatchUser(service, ctx); });
  router.Add("POST", "/api/v1/users/{id}/deactivate", manage, [&service](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    if (!id) return http::ProblemResponse(id.error());
    return UserResponse(200, service.Deactivate(ctx.caller(), *id));
  });
}

}  // namespace healthpulse::users
