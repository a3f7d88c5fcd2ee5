#include "core/role.h"

namespace healthpulse {

std::string_view ToString(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kSecretary: return "secretary";
    case Role::kDoctor: return "doctor";
    case Role::kPatient: return "patient";
  }
  return "unknown";
}

std::optional<Role> ParseRole(std::string_view text) {
  for (Role role : {Role::kAdmin, Role::kSecretary, Role::kDoctor, Role::kPatient}) {
    if (ToString(role) == text) return role;
  }
  return std::nullopt;
}

}  // namespace healthpulse
