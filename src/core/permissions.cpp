#include "core/permissions.h"

namespace healthpulse {

bool Allows(Role role, Capability capability) {
  switch (capability) {
    case Capability::kManageUsers:
    case Capability::kReadAuditLog:
    case Capability::kManageDirectory:
    case Capability::kManageSmsTemplates:
      return role == Role::kAdmin;
    case Capability::kReadDirectory:
      // Issue 3: everyone signed in reads the directory (patients book against it).
      return true;
    case Capability::kManagePatients:
      return role == Role::kSecretary;
    case Capability::kWriteClinicalRecords:
    case Capability::kOpenEmergencyAccess:
    case Capability::kManageFollowUpPlans:
      return role == Role::kDoctor;
    case Capability::kReadReports:
      return role != Role::kPatient;
    case Capability::kReadSmsFigures:
      return role == Role::kAdmin || role == Role::kSecretary;
  }
  return false;
}

std::string_view ToString(Capability capability) {
  switch (capability) {
    case Capability::kManageUsers: return "manage_users";
    case Capability::kReadAuditLog: return "read_audit_log";
    case Capability::kReadDirectory: return "read_directory";
    case Capability::kManageDirectory: return "manage_directory";
    case Capability::kManagePatients: return "manage_patients";
    case Capability::kWriteClinicalRecords: return "write_clinical_records";
    case Capability::kOpenEmergencyAccess: return "open_emergency_access";
    case Capability::kReadReports: return "read_reports";
    case Capability::kManageFollowUpPlans: return "manage_follow_up_plans";
    case Capability::kManageSmsTemplates: return "manage_sms_templates";
    case Capability::kReadSmsFigures: return "read_sms_figures";
  }
  return "unknown";
}

}  // namespace healthpulse
