#include <gtest/gtest.h>

#include "core/permissions.h"

namespace healthpulse {
namespace {

struct Row {
  Role role;
  Capability capability;
  bool allowed;
};

// DESIGN.md §5, one row per (role, capability).
const Row kTable[] = {
    {Role::kAdmin, Capability::kManageUsers, true},      {Role::kSecretary, Capability::kManageUsers, false},
    {Role::kDoctor, Capability::kManageUsers, false},    {Role::kPatient, Capability::kManageUsers, false},
    {Role::kAdmin, Capability::kReadAuditLog, true},     {Role::kSecretary, Capability::kReadAuditLog, false},
    {Role::kDoctor, Capability::kReadAuditLog, false},   {Role::kPatient, Capability::kReadAuditLog, false},
    {Role::kAdmin, Capability::kReadDirectory, true},    {Role::kSecretary, Capability::kReadDirectory, true},
    {Role::kDoctor, Capability::kReadDirectory, true},   {Role::kPatient, Capability::kReadDirectory, true},
    {Role::kAdmin, Capability::kManageDirectory, true},  {Role::kSecretary, Capability::kManageDirectory, false},
    {Role::kDoctor, Capability::kManageDirectory, false}, {Role::kPatient, Capability::kManageDirectory, false},
    {Role::kAdmin, Capability::kManagePatients, false},  {Role::kSecretary, Capability::kManagePatients, true},
    {Role::kDoctor, Capability::kManagePatients, false}, {Role::kPatient, Capability::kManagePatients, false},
    {Role::kAdmin, Capability::kWriteClinicalRecords, false},     {Role::kSecretary, Capability::kWriteClinicalRecords, false},
    {Role::kDoctor, Capability::kWriteClinicalRecords, true},     {Role::kPatient, Capability::kWriteClinicalRecords, false},
    {Role::kAdmin, Capability::kOpenEmergencyAccess, false},      {Role::kSecretary, Capability::kOpenEmergencyAccess, false},
    {Role::kDoctor, Capability::kOpenEmergencyAccess, true},      {Role::kPatient, Capability::kOpenEmergencyAccess, false},
    {Role::kAdmin, Capability::kReadReports, true},               {Role::kSecretary, Capability::kReadReports, true},
    {Role::kDoctor, Capability::kReadReports, true},              {Role::kPatient, Capability::kReadReports, false},
    {Role::kAdmin, Capability::kManageFollowUpPlans, false},      {Role::kSecretary, Capability::kManageFollowUpPlans, false},
    {Role::kDoctor, Capability::kManageFollowUpPlans, true},      {Role::kPatient, Capability::kManageFollowUpPlans, false},
    {Role::kAdmin, Capability::kManageSmsTemplates, true},        {Role::kSecretary, Capability::kManageSmsTemplates, false},
    {Role::kDoctor, Capability::kManageSmsTemplates, false},      {Role::kPatient, Capability::kManageSmsTemplates, false},
    {Role::kAdmin, Capability::kReadSmsFigures, true},            {Role::kSecretary, Capability::kReadSmsFigures, true},
    {Role::kDoctor, Capability::kReadSmsFigures, false},          {Role::kPatient, Capability::kReadSmsFigures, false},
};

TEST(Permissions, FollowTheDesignTable) {
  for (const auto& row : kTable) {
    EXPECT_EQ(Allows(row.role, row.capability), row.allowed)
        << ToString(row.role) << " / " << ToString(row.capability);
  }
}

TEST(Roles, RoundTripThroughTheirApiSpelling) {
  for (Role role : {Role::kAdmin, Role::kSecretary, Role::kDoctor, Role::kPatient}) {
    EXPECT_EQ(ParseRole(ToString(role)), role) << ToString(role);
  }
  EXPECT_FALSE(ParseRole("Admin").has_value());
  EXPECT_FALSE(ParseRole("root").has_value());
}

}  // namespace
}  // namespace healthpulse
