#include "modules/auth/session_repository.h"

#include <pqxx/pqxx>

namespace healthpulse::auth {

std::optional<LoginCandidate> SessionRepository::FindLoginCandidate(const std::string& username) {
  auto rows = tx_.raw().exec_prepared("select_login_candidate", username);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return LoginCandidate{row["id"].as<std::int64_t>(), row["username"].as<std::string>(),
                        row["password_hash"].as<std::string>(), row["active"].as<bool>()};
}

LoginLocks SessionRepository::FindLoginLocks(const std::string& name_key, const std::string& address,
                                             std::optional<std::int64_t> user_id) {
  auto row = tx_.raw().exec_prepared1("select_login_throttle", name_key, address, user_id);
  return LoginLocks{row["address_locked_seconds"].as<int>(), row["name_locked_seconds"].as<int>(),
                    row["known_address"].as<bool>()};
}

LoginLocks SessionRepository::RecordLoginFailure(const std::string& name_key, const std::string& address,
                                                 int max_per_address, int max_per_name, int lockout_minutes) {
  LoginLocks locks;
  for (const auto& row : tx_.raw().exec_prepared("record_login_failure", name_key, address, max_per_address,
                                                 max_per_name, lockout_minutes)) {
    auto seconds = row["locked_seconds"].as<int>();
    (row["scope"].as<std::string>() == "name_address" ? locks.address_locked_seconds : locks.name_locked_seconds) =
        seconds;
  }
  return locks;
}

void SessionRepository::RecordLoginSuccess(const std::string& name_key, const std::string& address,
                                           std::int64_t user_id) {
  tx_.raw().exec_prepared0("clear_login_failures", name_key, address, user_id);
}

std::string SessionRepository::CreateSession(const std::string& token_hash, std::int64_t user_id,
                                             int lifetime_hours) {
  return tx_.raw()
      .exec_prepared1("insert_session", token_hash, user_id, lifetime_hours)["expires_at"]
      .as<std::string>();
}

std::optional<Principal> SessionRepository::FindLiveSession(const std::string& token_hash, int idle_minutes) {
  auto rows = tx_.raw().exec_prepared("select_session", token_hash, idle_minutes);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  // Refreshing at most once a minute keeps reads from turning into writes.
  if (row["stale"].as<bool>()) tx_.raw().exec_prepared0("touch_session", token_hash);
  return Principal{row["id"].as<std::int64_t>(), row["username"].as<std::string>(),
                   ParseRole(row["role"].as<std::string>()).value(), token_hash};
}

void SessionRepository::DeleteSession(const std::string& token_hash) {
  tx_.raw().exec_prepared("delete_session", token_hash);
  tx_.raw().exec_prepared("notify_session_ended", "token:" + token_hash);
}

void SessionRepository::DeleteUserSessions(std::int64_t user_id, const std::optional<std::string>& keep_token_hash) {
  tx_.raw().exec_prepared0("delete_user_sessions", user_id, keep_token_hash);
  AnnounceUserChanged(user_id);
}

void SessionRepository::AnnounceUserChanged(std::int64_t user_id) {
  tx_.raw().exec_prepared("notify_session_ended", "user:" + std::to_string(user_id));
}

std::optional<std::string> SessionRepository::PasswordHash(std::int64_t user_id) {
  auto rows = tx_.raw().exec_prepared("select_password_hash", user_id);
  if (rows.empty()) return std::nullopt;
  return rows[0]["password_hash"].as<std::string>();
}

void SessionRepository::SetPasswordHash(std::int64_t user_id, const std::string& hash) {
  tx_.raw().exec_prepared0("update_password_hash", user_id, hash);
}

}  // namespace healthpulse::auth
