#include "modules/auth/auth_service.h"

#include <nlohmann/json.hpp>

#include "modules/audit/audit_repository.h"
#include "modules/auth/password.h"
#include "modules/auth/session_repository.h"
#include "modules/auth/token.h"
#include "modules/users/user_repository.h"

namespace healthpulse::auth {
namespace {

constexpr const char* kBadCredentials = "Wrong username or password";

audit::AuditEntry LoginEvent(std::string action, const std::optional<LoginCandidate>& who,
                             const std::string& username_given, nlohmann::json details = nlohmann::json::object()) {
  audit::AuditEntry entry;
  entry.action = std::move(action);
  if (who) {
    entry.actor_user_id = who->user_id;
    entry.actor_username = who->username;
    entry.object_type = "user";
    entry.object_id = who->user_id;
  } else {
    // The name typed, clipped: enough to spot guessing, too short to hold a password
    // typed into the wrong box in full.
    details["username_given"] = username_given.substr(0, 40);
  }
  entry.details_json = details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return entry;
}

}  // namespace

Result<LoginResult> AuthService::Login(const std::string& username, const std::string& password,
                                       const std::string& address) {
  // The throttle's key is the name as typed (any case), whether or not it is an account.
  std::string name_key = username.substr(0, 100);
  for (auto& c : name_key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::optional<LoginCandidate> candidate;
  LoginLocks locks;
  auto found = db_.Transact([&](db::Tx& tx) -> Result<void> {
    SessionRepository sessions(tx);
    candidate = sessions.FindLoginCandidate(username);
    locks = sessions.FindLoginLocks(name_key, address, candidate ? std::optional(candidate->user_id) : std::nullopt);
    return {};
  });
  if (!found) return Fail(found.error());

  if (auto wait = locks.Wait(); wait > 0) {
    auto logged = db_.Transact([&](db::Tx& tx) -> Result<void> {
      audit::AuditRepository(tx).Append(LoginEvent("auth.login_locked", candidate, username));
      return {};
    });
    if (!logged) return Fail(logged.error());
    return Fail(Error::TooManyAttempts("Too many failed sign-ins: try again later", wait));
  }

  // The password is checked outside any transaction: Argon2id is deliberately slow and
  // must not hold a pooled connection.
  bool password_ok = false;
  if (candidate) {
    password_ok = VerifyPassword(candidate->password_hash, password);
  } else {
    SpendVerificationTime(password);
  }

  if (!candidate || !password_ok || !candidate->active) {
    LoginLocks now_locked;
    auto recorded = db_.Transact([&](db::Tx& tx) -> Result<void> {
      now_locked = SessionRepository(tx).RecordLoginFailure(name_key, address, config_.login_max_failures,
                                                            config_.login_name_max_failures,
                                                            static_cast<int>(config_.login_lockout.count()));
      audit::AuditRepository(tx).Append(LoginEvent("auth.login_failed", candidate, username));
      return {};
    });
    if (!recorded) return Fail(recorded.error());
    now_locked.known_address = locks.known_address;
    if (auto wait = now_locked.Wait(); wait > 0) {
      return Fail(Error::TooManyAttempts("Too many failed sign-ins: try again later", wait));
    }
    return Fail(Error::Unauthenticated(kBadCredentials));
  }

  LoginResult result;
  result.token = NewSessionToken();
  auto created = db_.Transact([&](db::Tx& tx) -> Result<void> {
    SessionRepository sessions(tx);
    sessions.RecordLoginSuccess(name_key, address, candidate->user_id);
    result.expires_at = sessions.CreateSession(HashToken(result.token), candidate->user_id,
                                               static_cast<int>(config_.session_lifetime.count()));
    result.user = users::UserRepository(tx).FindById(candidate->user_id).value();
    audit::AuditRepository(tx).Append(LoginEvent("auth.login", candidate, username));
    return {};
  });
  if (!created) return Fail(created.error());
  return result;
}

Result<Principal> AuthService::Authenticate(std::string_view token) {
  auto hash = HashToken(token);
  auto now = SessionCache::Clock::now();
  if (auto cached = cache_.Find(hash, now)) return *cached;
  std::optional<Principal> principal;
  auto looked_up = db_.Transact([&](db::Tx& tx) -> Result<void> {
    principal = SessionRepository(tx).FindLiveSession(hash, static_cast<int>(config_.session_idle.count()));
    return {};
  });
  if (!looked_up) return Fail(looked_up.error());
  if (!principal) return Fail(Error::Unauthenticated("The session has expired or was ended: sign in again"));
  cache_.Put(*principal, now);
  return *principal;
}

Result<void> AuthService::Logout(const Principal& caller) {
  cache_.ForgetToken(caller.session_token_hash);  // at once here; other servers on commit
  return db_.Transact([&](db::Tx& tx) -> Result<void> {
    SessionRepository(tx).DeleteSession(caller.session_token_hash);
    audit::AuditRepository(tx).Append(audit::ByActor(caller, "auth.logout", "user", caller.user_id));
    return {};
  });
}

Result<void> AuthService::ChangePassword(const Principal& caller, const std::string& current_password,
                                         const std::string& new_password) {
  if (auto policy = CheckPasswordPolicy("new_password", new_password); !policy) return policy;
  std::optional<std::string> stored;
  auto read = db_.Transact([&](db::Tx& tx) -> Result<void> {
    stored = SessionRepository(tx).PasswordHash(caller.user_id);
    return {};
  });
  if (!read) return read;
  if (!stored || !VerifyPassword(*stored, current_password)) {
    return Fail(Error::Invalid("current_password", "is incorrect"));
  }
  auto new_hash = HashPassword(new_password);
  auto changed = db_.Transact([&](db::Tx& tx) -> Result<void> {
    SessionRepository sessions(tx);
    sessions.SetPasswordHash(caller.user_id, new_hash);
    sessions.DeleteUserSessions(caller.user_id, caller.session_token_hash);
    audit::AuditRepository(tx).Append(audit::ByActor(caller, "auth.password_changed", "user", caller.user_id));
    return {};
  });
  if (changed) cache_.ForgetUser(caller.user_id);  // the other sessions end now on this server
  return changed;
}

}  // namespace healthpulse::auth
