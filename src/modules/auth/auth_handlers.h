#pragma once

#include "http/router.h"
#include "modules/auth/auth_service.h"
#include "modules/users/user_service.h"

namespace healthpulse::auth {

// POST /api/v1/auth/login · POST /api/v1/auth/logout · GET /api/v1/auth/me ·
// POST /api/v1/auth/password
void RegisterAuthRoutes(http::Router& router, AuthService& auth, users::UserService& users);

}  // namespace healthpulse::auth
