#include "modules/users/user_repository.h"

#include <pqxx/pqxx>

#include "core/text.h"
#include "db/field.h"

namespace healthpulse::users {
namespace {

// Columns of select_user_by_id.sql.
User FromRow(const pqxx::row& row) {
  User user;
  user.id = row["id"].as<std::int64_t>();
  user.username = row["username"].as<std::string>();
  user.full_name = row["full_name"].as<std::string>();
  user.email = db::Nullable<std::string>(row["email"]);
  user.phone = db::Nullable<std::string>(row["phone"]);
  user.role = ParseRole(row["role"].as<std::string>()).value();
  user.active = row["active"].as<bool>();
  user.created_at = row["created_at"].as<std::string>();
  user.clinic_ids = db::IdList(row["clinic_ids"]);
  user.doctor_id = db::Nullable<std::int64_t>(row["doctor_id"]);
  user.patient_id = db::Nullable<std::int64_t>(row["patient_id"]);
  return user;
}

std::optional<std::string> RoleText(const std::optional<Role>& role) {
  if (!role) return std::nullopt;
  return std::string(ToString(*role));
}

}  // namespace

User UserRepository::Insert(const NewUser& u, const std::string& password_hash) {
  auto id = tx_.raw()
                .exec_prepared1("insert_user", u.username, password_hash, u.full_name, u.email, u.phone,
                                std::string(ToString(u.role)))["id"]
                .as<std::int64_t>();
  ReplaceClinics(id, u.clinic_ids);
  if (u.role == Role::kDoctor) tx_.raw().exec_prepared0("insert_doctor", id, u.specialty, u.license_number);
  return FindById(id).value();
}

std::optional<User> UserRepository::FindById(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_user_by_id", id);
  if (rows.empty()) return std::nullopt;
  return FromRow(rows[0]);
}

std::vector<User> UserRepository::List(const UserFilter& f) {
  return db::MapRows<User>(tx_.raw().exec_prepared("list_users", f.page.cursor_id.value_or(0), f.page.limit + 1,
                                                   f.q ? std::optional<std::string>(EscapeLike(*f.q)) : std::nullopt,
                                                   RoleText(f.role), f.active, f.clinic_id),
                           FromRow);
}

std::optional<User> UserRepository::Update(std::int64_t id, const UserPatch& p,
                                           const std::optional<std::string>& password_hash) {
  auto rows = tx_.raw().exec_prepared("update_user", id, p.full_name, p.email.value_or(std::nullopt),
                                      p.email.has_value(), p.phone.value_or(std::nullopt), p.phone.has_value(),
                                      RoleText(p.role), p.active, password_hash);
  if (rows.empty()) return std::nullopt;
  if (p.clinic_ids) ReplaceClinics(id, *p.clinic_ids);
  auto user = FindById(id).value();
  if (user.role == Role::kDoctor) {
    tx_.raw().exec_prepared0("insert_doctor", id, p.specialty.value_or(""),
                             p.license_number.value_or(std::nullopt));
    user = FindById(id).value();
    if (p.specialty || p.license_number) {
      tx_.raw().exec_prepared("update_doctor", *user.doctor_id, p.specialty, p.license_number.value_or(std::nullopt),
                               p.license_number.has_value());
    }
  }
  return user;
}

void UserRepository::ReplaceClinics(std::int64_t user_id, const std::vector<std::int64_t>& clinic_ids) {
  tx_.raw().exec_prepared0("delete_user_clinics", user_id);
  for (auto clinic_id : clinic_ids) tx_.raw().exec_prepared0("insert_user_clinic", user_id, clinic_id);
}

std::int64_t UserRepository::Count() { return tx_.raw().exec_prepared1("count_users")["count"].as<std::int64_t>(); }

}  // namespace healthpulse::users
