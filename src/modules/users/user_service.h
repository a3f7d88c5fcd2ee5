#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/auth/session_cache.h"
#include "modules/users/user.h"

namespace healthpulse::users {

// Managing user accounts (admins) and reading one's own. Every change is audited in
// the same transaction. Thread-safe (stateless over the pool).
class UserService {
 public:
  // `sessions` is dropped for a user whose account changes, so the change applies to
  // their next request on this server (other servers hear of it by NOTIFY).
  UserService(db::Database& db, auth::SessionCache& sessions) : db_(db), sessions_(sessions) {}

  // The caller's own account.
  Result<User> Me(const Principal& caller);

  // Admins only (Forbidden otherwise).
  Result<Page<User>> List(const Principal& caller, const UserFilter& filter);
  // Admins, or the user themself; NotFound otherwise.
  Result<User> Get(const Principal& caller, std::int64_t id);
  // Admins only. Invalid per field; Conflict on "username" when taken (any case).
  Result<User> Create(const Principal& caller, const NewUser& user);
  // Admins only. NotFound for no such user. An admin may not deactivate or demote
  // themself (Conflict), so the network never loses its last way in by accident.
  // Deactivating or setting a password ends the user's sessions.
  Result<User> Update(const Principal& caller, std::int64_t id, const UserPatch& patch);
  // Update with active = false.
  Result<User> Deactivate(const Principal& caller, std::int64_t id);

 private:
  Result<User> Apply(const Principal& caller, std::int64_t id, const UserPatch& patch);

  db::Database& db_;
  auth::SessionCache& sessions_;
};

}  // namespace healthpulse::users
