#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/users/user.h"

namespace healthpulse::users {

// Managing user accounts (admins) and reading one's own. Every change is audited in
// the same transaction. Thread-safe (stateless over the pool).
class UserService {
 public:
  explicit UserService(db::Database& db) : db_(db) {}

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
  db::Database& db_;
};

}  // namespace healthpulse::users
