#pragma once

#include <string>
#include <string_view>

namespace healthpulse::auth {

// A new session token: 32 random bytes, base64url. Given to the client once.
std::string NewSessionToken();

// Hex SHA-256 of a token: what the sessions table stores and looks up.
std::string HashToken(std::string_view token);

}  // namespace healthpulse::auth
