#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "core/principal.h"
#include "db/database.h"

namespace healthpulse::auth {

// What a sign-in attempt needs to know about the account it names.
struct LoginCandidate {
  std::int64_t user_id = 0;
  std::string username;
  std::string password_hash;
  bool active = false;
};

// The sign-in locks in force for a username at a client address.
struct LoginLocks {
  int address_locked_seconds = 0;  // (username, address): > 0 while locked
  int name_locked_seconds = 0;     // the username everywhere
  bool known_address = false;      // the account has signed in from here (the name lock does not apply)

  // Seconds the attempt must wait; 0 when it may go ahead.
  int Wait() const { return std::max(address_locked_seconds, known_address ? 0 : name_locked_seconds); }
};

// The sessions table and the sign-in columns of users, within one transaction.
class SessionRepository {
 public:
  explicit SessionRepository(db::Tx& tx) : tx_(tx) {}

  std::optional<LoginCandidate> FindLoginCandidate(const std::string& username);
  // The locks on `name_key` (lower-cased username) at `address`; `user_id` is the
  // account's, when the name is one.
  LoginLocks FindLoginLocks(const std::string& name_key, const std::string& address,
                            std::optional<std::int64_t> user_id);
  // Counts a failure for (name, address) and for the name; returns the locks now in
  // force (known_address unset: the caller knows it).
  LoginLocks RecordLoginFailure(const std::string& name_key, const std::string& address, int max_per_address,
                                int max_per_name, int lockout_minutes);
  // Forgets the failures at this address and remembers it as a known place of the account.
  void RecordLoginSuccess(const std::string& name_key, const std::string& address, std::int64_t user_id);

  // Stores a session by token hash; returns its absolute expiry (RFC 3339).
  std::string CreateSession(const std::string& token_hash, std::int64_t user_id, int lifetime_hours);
  // The live session's user, refreshing last_seen_at when it is more than a minute old.
  std::optional<Principal> FindLiveSession(const std::string& token_hash, int idle_minutes);
  // Session deletions also tell every server's SessionCache to drop what it holds.
  void DeleteSession(const std::string& token_hash);
  // Ends every session of the user except `keep_token_hash` (none kept when nullopt).
  void DeleteUserSessions(std::int64_t user_id, const std::optional<std::string>& keep_token_hash);
  // Makes every server look the user's sessions up again (their role or state changed).
  void AnnounceUserChanged(std::int64_t user_id);

  std::optional<std::string> PasswordHash(std::int64_t user_id);
  void SetPasswordHash(std::int64_t user_id, const std::string& hash);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::auth
