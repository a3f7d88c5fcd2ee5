#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

namespace healthpulse::auth {

constexpr std::size_t kMinPasswordLength = 10;

// An Argon2id hash string (libsodium's encoded form: algorithm, parameters and salt
// included) with at least OWASP's minimum cost: 19 MiB of memory, 2 passes.
// Throws std::runtime_error if libsodium cannot allocate the memory.
std::string HashPassword(std::string_view password);

// True when `password` matches `hash`. Constant-time in the password.
bool VerifyPassword(std::string_view hash, std::string_view password);

// Spends the same time as a real verification; used when a sign-in names an unknown
// user, so timing does not reveal which usernames exist.
void SpendVerificationTime(std::string_view password);

// Ok when `password` may be set as a new password; Invalid on `field` otherwise.
Result<void> CheckPasswordPolicy(const std::string& field, std::string_view password);

}  // namespace healthpulse::auth
