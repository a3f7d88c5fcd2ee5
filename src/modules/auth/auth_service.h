#pragma once

#include <string>
#include <string_view>

#include "config/config.h"
#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/auth/session_cache.h"
#include "modules/users/user.h"

namespace healthpulse::auth {

struct LoginResult {
  std::string token;       // shown to the client once; only its hash is stored
  std::string expires_at;  // absolute expiry, RFC 3339
  users::User user;
};

// Sign-in, sessions and one's own password. Thread-safe (stateless over the pool).
class AuthService {
 public:
  // `cache` may be shared with the notification listener that invalidates it.
  AuthService(db::Database& db, const Config& config, SessionCache& cache) : db_(db), config_(config), cache_(cache) {}

  // Unauthenticated for an unknown user, a wrong password or an inactive account (the
  // same answer for all three); TooManyAttempts with the seconds left while the username
  // is locked at `address` (the client's), including on the failure that locks it.
  // Failures lock (username, address) after login_max_failures, and the username at
  // every address but the account's known ones after login_name_max_failures, for
  // known and unknown usernames alike. Every attempt is audited.
  Result<LoginResult> Login(const std::string& username, const std::string& password, const std::string& address);

  // The user behind a bearer token; Unauthenticated when unknown, expired (idle or
  // absolute) or the user was deactivated. A token validated within the cache's lifetime
  // costs no database round trip.
  Result<Principal> Authenticate(std::string_view token);

  // Ends the caller's session at once.
  Result<void> Logout(const Principal& caller);

  // Changes the caller's password: Invalid on current_password when it is wrong, on
  // new_password when it breaks the policy. Ends the caller's other sessions.
  Result<void> ChangePassword(const Principal& caller, const std::string& current_password,
                              const std::string& new_password);

 private:
  db::Database& db_;
  const Config& config_;
  SessionCache& cache_;
};

}  // namespace healthpulse::auth
