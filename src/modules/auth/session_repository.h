#pragma once

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
  int locked_seconds = 0;  // > 0 while locked out
};

// The sessions table and the sign-in columns of users, within one transaction.
class SessionRepository {
 public:
  explicit SessionRepository(db::Tx& tx) : tx_(tx) {}

  std::optional<LoginCandidate> FindLoginCandidate(const std::string& username);
  // Counts a failure; returns the seconds the account is now locked for (0 if not).
  int RecordLoginFailure(std::int64_t user_id, int max_failures, int lockout_minutes);
  void RecordLoginSuccess(std::int64_t user_id);

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
