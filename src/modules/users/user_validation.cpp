#include <cctype>

#include "core/text.h"
#include "modules/auth/password.h"
#include "modules/users/user.h"

namespace healthpulse::users {
namespace {

void CheckFullName(const std::string& full_name, std::vector<FieldError>& errors) {
  auto first = full_name.find_first_not_of(' ');
  if (first == std::string::npos) {
    errors.push_back({"full_name", "is required"});
  } else if (CharacterCount(full_name) > kMaxFullNameLength) {
    errors.push_back({"full_name", "must be at most " + std::to_string(kMaxFullNameLength) + " characters"});
  }
}

void CheckContact(const std::optional<std::string>& email, const std::optional<std::string>& phone,
                  std::vector<FieldError>& errors) {
  if (email && !IsValidEmail(*email)) errors.push_back({"email", "is not a valid email address"});
  if (phone && !IsValidPhone(*phone)) errors.push_back({"phone", "is not a valid phone number"});
}

void CheckPassword(const std::string& password, std::vector<FieldError>& errors) {
  auto policy = auth::CheckPasswordPolicy("password", password);
  if (!policy) errors.push_back(policy.error().fields.front());
}

bool WorksAtClinics(Role role) { return role == Role::kSecretary || role == Role::kDoctor; }

void CheckStaffFields(Role role, bool has_clinics, bool has_doctor_fields, std::vector<FieldError>& errors) {
  if (has_clinics && !WorksAtClinics(role)) {
    errors.push_back({"clinic_ids", "only secretaries and doctors are assigned to clinics"});
  }
  if (has_doctor_fields && role != Role::kDoctor) {
    errors.push_back({"specialty", "only doctors have a specialty and license number"});
  }
}

}  // namespace

bool IsValidUsername(const std::string& username) {
  if (username.size() < 3 || username.size() > 40) return false;
  for (unsigned char c : username) {
    if (!std::isalnum(c) && c != '.' && c != '_' && c != '-') return false;
  }
  return true;
}

bool IsValidEmail(const std::string& email) {
  auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) return false;
  auto dot = email.find('.', at + 2);
  if (dot == std::string::npos || dot + 1 >= email.size()) return false;
  for (unsigned char c : email) {
    if (std::isspace(c) || std::iscntrl(c)) return false;
  }
  return email.size() <= 254;
}

bool IsValidPhone(const std::string& phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    unsigned char c = phone[i];
    if (std::isdigit(c)) {
      ++digits;
    } else if (!(c == '+' && i == 0) && c != ' ' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 6 && digits <= 15;
}

std::vector<FieldError> ValidateNewUser(const NewUser& user) {
  std::vector<FieldError> errors;
  if (!IsValidUsername(user.username)) {
    errors.push_back({"username", "must be 3-40 characters: letters, digits, '.', '_' or '-'"});
  }
  CheckPassword(user.password, errors);
  CheckFullName(user.full_name, errors);
  CheckContact(user.email, user.phone, errors);
  CheckStaffFields(user.role, !user.clinic_ids.empty(), !user.specialty.empty() || user.license_number.has_value(),
                   errors);
  return errors;
}

std::vector<FieldError> ValidateUserPatch(const UserPatch& patch, Role resulting_role) {
  std::vector<FieldError> errors;
  if (patch.full_name) CheckFullName(*patch.full_name, errors);
  CheckContact(patch.email.value_or(std::nullopt), patch.phone.value_or(std::nullopt), errors);
  if (patch.password) CheckPassword(*patch.password, errors);
  CheckStaffFields(resulting_role, patch.clinic_ids && !patch.clinic_ids->empty(),
                   patch.specialty.has_value() || patch.license_number.has_value(), errors);
  return errors;
}

}  // namespace healthpulse::users
