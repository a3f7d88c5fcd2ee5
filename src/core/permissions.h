#pragma once

#include <string_view>

#include "core/role.h"

namespace healthpulse {

// What a role may do, per DESIGN.md §5. Deny by default: a capability not listed for a
// role in permissions.cpp is refused. Object-level rules (own clinics, own patients)
// are checked by each service on top of these.
enum class Capability {
  kManageUsers,      // create, edit, deactivate users
  kReadAuditLog,     // list audit events
  kReadDirectory,    // clinics, floors, rooms, practices, nomenclators
  kManageDirectory,  // change them
  kManagePatients,   // register and edit patients (of one's own clinics)
  kWriteClinicalRecords,  // add and amend record entries (of patients under one's care)
  kOpenEmergencyAccess,   // open a record outside one's care, with a reason
  kReadReports,           // statistics (each report narrows what the role sees)
  kManageFollowUpPlans,   // create and change follow-up plans (of patients under one's care)
  kManageSmsTemplates,    // read and change the SMS templates
  kReadSmsFigures,        // SMS delivery figures and the follow-up worklist (of one's clinics)
};

// True when `role` holds `capability`.
bool Allows(Role role, Capability capability);

// A stable name for logs, tests and the route table ("manage_users").
std::string_view ToString(Capability capability);

}  // namespace healthpulse
