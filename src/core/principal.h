#pragma once

#include <cstdint>
#include <string>

#include "core/role.h"

namespace healthpulse {

// Who is making a request: the signed-in user behind a valid session token.
struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  Role role = Role::kPatient;
  std::string session_token_hash;  // hex SHA-256 of the bearer token, identifies the session
};

// The principal of command-line tools run by an operator on the server (user create,
// seed): admin rights, no user row, audited under `tool`.
inline Principal SystemPrincipal(std::string tool) { return Principal{0, std::move(tool), Role::kAdmin, {}}; }

}  // namespace healthpulse
