#pragma once

#include "http/router.h"
#include "modules/users/user_service.h"

namespace healthpulse::users {

// GET,POST /api/v1/users · GET,PATCH /api/v1/users/{id} · POST /api/v1/users/{id}/deactivate
void RegisterUserRoutes(http::Router& router, UserService& service);

}  // namespace healthpulse::users
