#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"
#include "core/role.h"

namespace healthpulse::users {

// A user account as the API shows it (never the password hash).
struct User {
  std::int64_t id = 0;
  std::string username;
  std::string full_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  Role role = Role::kPatient;
  bool active = true;
  std::string created_at;  // RFC 3339
  std::vector<std::int64_t> clinic_ids;  // filled once the directory exists
  std::optional<std::int64_t> doctor_id;
  std::optional<std::int64_t> patient_id;
};

// What creating a user takes. The password is plain text here and hashed by the service.
struct NewUser {
  std::string username;
  std::string password;
  std::string full_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  Role role = Role::kPatient;
  std::vector<std::int64_t> clinic_ids;   // secretaries and doctors only
  std::string specialty;                  // doctors only
  std::optional<std::string> license_number;  // doctors only
};

// A partial update: absent fields stay as they are. For email and phone the outer
// optional says "change it", the inner one the new value (nullopt clears it).
struct UserPatch {
  std::optional<std::string> full_name;
  std::optional<std::optional<std::string>> email;
  std::optional<std::optional<std::string>> phone;
  std::optional<Role> role;
  std::optional<bool> active;
  std::optional<std::string> password;
  std::optional<std::vector<std::int64_t>> clinic_ids;  // replaces the set when present
  std::optional<std::string> specialty;                  // doctors only
  std::optional<std::optional<std::string>> license_number;  // doctors only

  bool Empty() const {
    return !full_name && !email && !phone && !role && !active && !password && !clinic_ids && !specialty &&
           !license_number;
  }
};

struct UserFilter {
  std::optional<std::string> q;
  std::optional<Role> role;
  std::optional<bool> active;
  std::optional<std::int64_t> clinic_id;  // users assigned to this clinic (secretaries, doctors)
  PageRequest page;
};

// Field checks shared by create and update. Each returns the problems found (empty when
// valid), named by JSON field.
std::vector<FieldError> ValidateNewUser(const NewUser& user);
// The patch is checked against the role the user will have afterwards.
std::vector<FieldError> ValidateUserPatch(const UserPatch& patch, Role resulting_role);

// Usernames: 3-40 characters of a-z, 0-9, '.', '_' or '-' (any case).
bool IsValidUsername(const std::string& username);

// The longest full name, in characters.
inline constexpr std::size_t kMaxFullNameLength = 200;
bool IsValidEmail(const std::string& email);
// Phones: '+' optional, then 6-15 digits; spaces, dashes and parentheses allowed.
bool IsValidPhone(const std::string& phone);

}  // namespace healthpulse::users
