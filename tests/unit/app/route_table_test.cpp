#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "app/application.h"
#include "app/ops_routes.h"
#include "db/embedded_files.h"

namespace healthpulse::app {
namespace {

// The whole route table, registered over services whose pool holds no connections:
// nothing here touches a database.
struct RouteTable {
  Config config;
  db::Database db{"", 0};
  http::Metrics metrics;
  http::StaticFiles web{"/nonexistent"};
  auth::SessionCache sessions{10, std::chrono::seconds(30)};
  auth::AuthService auth{db, config, sessions};
  users::UserService users{db, sessions};
  audit::AuditService audit{db};
  clinics::ClinicService clinics{db};
  practices::PracticeService practices{db};
  doctors::DoctorService doctors{db};
  patients::PatientService patients{db};
  appointments::AppointmentService appointments{db, std::chrono::minutes(120), nullptr};
  live::EventHub hub;
  records::RecordService records{db, std::chrono::hours(24)};
  icd10::Icd10Service icd10{db};
  reports::ReportService reports{db};
  followup::FollowUpService followup{db};
  sms::SmsService sms{db};
  http::Router router{[](std::string_view) -> Result<Principal> { return Fail(Error::Unauthenticated()); }};

  RouteTable() {
    RegisterApiRoutes(router, {auth, users, audit, clinics, practices, doctors, patients, appointments, hub, records, icd10, reports, followup, sms});
    RegisterOpsRoutes(router, [] { return false; }, metrics, "", web);
  }
};

TEST(RouteTable, OnlyTheKnownRoutesArePublic) {
  const std::set<std::string> kPublic = {"POST /api/v1/auth/login", "GET /healthz", "GET /readyz", "GET /metrics",
                                         "GET /api/openapi.json", "GET /api/docs"};
  RouteTable table;
  for (const auto& route : table.router.routes()) {
    auto name = route.method + " " + route.pattern;
    bool is_public = route.access.kind == http::Access::Kind::kPublic;
    EXPECT_EQ(is_public, kPublic.count(name) == 1) << name << " is " << route.access.Describe();
  }
}

TEST(RouteTable, MatchesTheOpenApiSpecBothWays) {
  RouteTable table;
  auto spec = nlohmann::json::parse(embedded::OpenApiSpec());
  std::set<std::string> in_spec, in_router;
  for (const auto& [path, operations] : spec["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper;
      for (char c : method) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (upper == "PARAMETERS" || upper == "SUMMARY" || upper == "DESCRIPTION") continue;
      in_spec.insert(upper + " " + path);
    }
  }
  for (const auto& route : table.router.routes()) in_router.insert(route.method + " " + route.pattern);
  for (const auto& route : in_router) EXPECT_EQ(in_spec.count(route), 1u) << route << " is missing from the spec";
  for (const auto& route : in_spec) EXPECT_EQ(in_router.count(route), 1u) << route << " is in the spec but not served";
}

}  // namespace
}  // namespace healthpulse::app
