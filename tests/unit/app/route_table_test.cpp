#include <gtest/gtest.h>

#include <map>
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
  sms::SmsAdminService sms_admin{db};
  sms::WebhookService sms_webhooks{db, appointments};
  sms::InboxService sms_inbox{db};
  sms::SmsService sms{db};
  http::Router router{[](std::string_view) -> Result<Principal> { return Fail(Error::Unauthenticated()); }};

  RouteTable() {
    RegisterApiRoutes(router, {auth, users, audit, clinics, practices, doctors, patients, appointments, hub, records, icd10, reports, followup, sms_admin, sms_webhooks, sms_inbox, sms});
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

// Twilio's webhooks carry no session: only they may rely on its signature instead.
TEST(RouteTable, OnlyTheTwilioWebhooksAreSignedByTwilio) {
  const std::set<std::string> kSigned = {"POST /api/v1/webhooks/twilio/status", "POST /api/v1/webhooks/twilio/inbound"};
  RouteTable table;
  std::set<std::string> found;
  for (const auto& route : table.router.routes()) {
    auto name = route.method + " " + route.pattern;
    if (route.access.kind == http::Access::Kind::kSignedByTwilio) found.insert(name);
  }
  EXPECT_EQ(found, kSigned);
}

TEST(RouteTable, TheSmsScreensRequireTheirCapabilities) {
  const std::map<std::string, std::string> kRequired = {
      {"GET /api/v1/sms-templates", "manage_sms_templates"},
      {"PUT /api/v1/sms-templates/{kind}", "manage_sms_templates"},
      {"GET /api/v1/sms/summary", "read_sms_figures"},
      {"GET /api/v1/follow-up-worklist", "read_sms_figures"},
  };
  RouteTable table;
  std::size_t found = 0;
  for (const auto& route : table.router.routes()) {
    auto it = kRequired.find(route.method + " " + route.pattern);
    if (it == kRequired.end()) continue;
    ++found;
    EXPECT_EQ(route.access.Describe(), it->second) << it->first;
  }
  EXPECT_EQ(found, kRequired.size());
}

// A turno's calendar file is served to any signed-in caller; the service decides which
// turnos they may see (the same rule as GET /appointments/{id}).
TEST(RouteTable, TheTurnoCalendarFileIsForSignedInCallers) {
  RouteTable table;
  std::size_t found = 0;
  for (const auto& route : table.router.routes()) {
    if (route.method + " " + route.pattern != "GET /api/v1/appointments/{id}/calendar.ics") continue;
    ++found;
    EXPECT_EQ(route.access.Describe(), "signed_in");
  }
  EXPECT_EQ(found, 1u);
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
