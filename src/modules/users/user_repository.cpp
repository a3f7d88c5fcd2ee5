#include "modules/users/user_repository.h"

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::users {
namespace {

// Columns: id, username, full_name, email, phone, role, active, created_at.
User FromRow(const pqxx::row& row) {
  User user;
  user.id = row[0].as<std::int64_t>();
  user.username = row[1].as<std::string>();
  user.full_name = row[2].as<std::string>();
  user.email = db::Nullable<std::string>(row[3]);
  user.phone = db::Nullable<std::string>(row[4]);
  user.role = ParseRole(row[5].as<std::string>()).value();
  user.active = row[6].as<bool>();
  user.created_at = row[7].as<std::string>();
  return user;
}

std::optional<std::string> RoleText(const std::optional<Role>& role) {
  if (!role) return std::nullopt;
  return std::string(ToString(*role));
}

}  // namespace

User UserRepository::Insert(const NewUser& u, const std::string& password_hash) {
  return FromRow(tx_.raw().exec_prepared1("insert_user", u.username, password_hash, u.full_name, u.email, u.phone,
                                          std::string(ToString(u.role))));
}

std::optional<User> UserRepository::FindById(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_user_by_id", id);
  if (rows.empty()) return std::nullopt;
  return FromRow(rows[0]);
}

std::vector<User> UserRepository::List(const UserFilter& f) {
  auto rows = tx_.raw().exec_prepared("list_users", f.page.cursor_id.value_or(0), f.page.limit + 1, f.q,
                                      RoleText(f.role), f.active);
  std::vector<User> users;
  users.reserve(rows.size());
  for (const auto& row : rows) users.push_back(FromRow(row));
  return users;
}

std::optional<User> UserRepository::Update(std::int64_t id, const UserPatch& p,
                                           const std::optional<std::string>& password_hash) {
  auto rows = tx_.raw().exec_prepared("update_user", id, p.full_name, p.email.value_or(std::nullopt),
                                      p.email.has_value(), p.phone.value_or(std::nullopt), p.phone.has_value(),
                                      RoleText(p.role), p.active, password_hash);
  if (rows.empty()) return std::nullopt;
  return FromRow(rows[0]);
}

std::int64_t UserRepository::Count() { return tx_.raw().exec_prepared1("count_users")[0].as<std::int64_t>(); }

}  // namespace healthpulse::users
