#pragma once

#include <nlohmann/json.hpp>

#include "modules/users/user.h"

namespace healthpulse::users {

// The API's user object (DESIGN.md §3 field names).
nlohmann::json ToJson(const User& user);

}  // namespace healthpulse::users
