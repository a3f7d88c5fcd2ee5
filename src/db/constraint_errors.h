#pragma once

#include <string_view>

#include "core/error.h"

namespace healthpulse::db {

// The Error a violated constraint means to the client, by constraint name
// (e.g. "users_username_key" → 409 on field "username"). Unknown names give a generic
// 409 Conflict; the SQLSTATE class decides only whether this is called at all.
Error ConstraintError(std::string_view constraint_name);

// The constraint named in a PostgreSQL error message (`... constraint "name"`), or ""
// when it names none. libpqxx 6.4 does not expose the error's constraint field.
std::string_view ConstraintNameFromMessage(std::string_view message);

}  // namespace healthpulse::db
