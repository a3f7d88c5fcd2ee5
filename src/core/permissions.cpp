#include "core/permissions.h"

namespace healthpulse {

bool Allows(Role role, Capability capability) {
  switch (capability) {
    case Capability::kManageUsers:
    case Capability::kReadAuditLog:
    case Capability::kManageDirectory:
      return role == Role::kAdmin;
    case Capability::kReadDirectory:
      return role == Role::kAdmin || role == Role::kSecretary || role == Role::kDoctor;
  }
  return false;
}

std::string_view ToString(Capability capability) {
  switch (capability) {
    case Capability::kManageUsers: return "manage_users";
    case Capability::kReadAuditLog: return "read_audit_log";
    case Capability::kReadDirectory: return "read_directory";
    case Capability::kManageDirectory: return "manage_directory";
  }
  return "unknown";
}

}  // namespace healthpulse
