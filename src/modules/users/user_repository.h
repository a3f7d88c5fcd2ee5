#pragma once

#include <optional>
#include <vector>

#include "db/database.h"
#include "modules/users/user.h"

namespace healthpulse::users {

// The users table within one transaction.
class UserRepository {
 public:
  explicit UserRepository(db::Tx& tx) : tx_(tx) {}

  // Inserts a user with an already-hashed password, their clinics and, for a doctor,
  // their doctor profile. A taken username raises the unique violation that
  // Database::Transact maps to 409 on "username".
  User Insert(const NewUser& user, const std::string& password_hash);

  std::optional<User> FindById(std::int64_t id);

  // At most filter.page.limit + 1 users, by id (see MakePage).
  std::vector<User> List(const UserFilter& filter);

  // Applies the patch (password already hashed into `password_hash`); nullopt when no
  // such user.
  std::optional<User> Update(std::int64_t id, const UserPatch& patch, const std::optional<std::string>& password_hash);

  // Sets the clinics a secretary or doctor works at.
  void ReplaceClinics(std::int64_t user_id, const std::vector<std::int64_t>& clinic_ids);

  std::int64_t Count();

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::users
