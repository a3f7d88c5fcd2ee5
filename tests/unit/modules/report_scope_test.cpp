#include <gtest/gtest.h>

#include "modules/reports/report_scope.h"

namespace healthpulse::reports {
namespace {

using Ids = std::vector<std::int64_t>;

struct Row {
  const char* name;
  Viewer viewer;
  ReportKind kind;
  std::optional<std::int64_t> clinic_id;
  std::optional<Error::Kind> error;  // absent: allowed with `scope`
  ReportScope scope;
};

const Viewer kAdmin{Role::kAdmin, {}, std::nullopt};
const Viewer kSecretary{Role::kSecretary, {2, 5}, std::nullopt};
const Viewer kLonelySecretary{Role::kSecretary, {}, std::nullopt};
const Viewer kDoctor{Role::kDoctor, {2}, 7};
const Viewer kDoctorWithoutProfile{Role::kDoctor, {2}, std::nullopt};
const Viewer kPatient{Role::kPatient, {}, std::nullopt};
constexpr auto kDoctors = ReportKind::kDoctorPerformance;
constexpr auto kRooms = ReportKind::kRoomOccupancy;

// DESIGN.md §5 and §8, one row per case.
const Row kTable[] = {
    {"admin, every clinic", kAdmin, kDoctors, std::nullopt, std::nullopt, {std::nullopt, std::nullopt}},
    {"admin, one clinic", kAdmin, kRooms, 9, std::nullopt, {Ids{9}, std::nullopt}},
    {"secretary, her clinics", kSecretary, kDoctors, std::nullopt, std::nullopt, {Ids{2, 5}, std::nullopt}},
    {"secretary, one of hers", kSecretary, kRooms, 5, std::nullopt, {Ids{5}, std::nullopt}},
    {"secretary, another clinic", kSecretary, kDoctors, 3, Error::Kind::kNotFound, {}},
    {"secretary, another clinic's rooms", kSecretary, kRooms, 3, Error::Kind::kNotFound, {}},
    {"secretary without clinics", kLonelySecretary, kRooms, std::nullopt, std::nullopt, {Ids{}, std::nullopt}},
    {"doctor, own line", kDoctor, kDoctors, std::nullopt, std::nullopt, {std::nullopt, 7}},
    {"doctor, own line at a clinic", kDoctor, kDoctors, 2, std::nullopt, {Ids{2}, 7}},
    {"doctor, room occupancy", kDoctor, kRooms, std::nullopt, Error::Kind::kForbidden, {}},
    {"doctor without a profile", kDoctorWithoutProfile, kDoctors, std::nullopt, Error::Kind::kForbidden, {}},
    {"patient, doctor performance", kPatient, kDoctors, std::nullopt, Error::Kind::kForbidden, {}},
    {"patient, room occupancy", kPatient, kRooms, 2, Error::Kind::kForbidden, {}},
};

TEST(ReportScope, FollowsTheDesignTable) {
  for (const auto& row : kTable) {
    auto scope = ResolveScope(row.viewer, row.kind, row.clinic_id);
    if (row.error) {
      ASSERT_FALSE(scope.has_value()) << row.name;
      EXPECT_EQ(scope.error().kind, *row.error) << row.name;
    } else {
      ASSERT_TRUE(scope.has_value()) << row.name << ": " << scope.error().message;
      EXPECT_EQ(*scope, row.scope) << row.name;
    }
  }
}

TEST(ReportScope, AnotherClinicIsNamedAsClinicId) {
  auto scope = ResolveScope(kSecretary, kDoctors, 3);
  ASSERT_FALSE(scope.has_value());
  ASSERT_EQ(scope.error().fields.size(), 1u);
  EXPECT_EQ(scope.error().fields[0].field, "clinic_id");
}

struct PeriodRow {
  std::optional<std::string> from, to;
  std::vector<std::string> bad_fields;  // empty: valid
};

const PeriodRow kPeriods[] = {
    {"2026-03-01", "2026-03-01", {}},
    {"2026-03-01", "2026-03-31", {}},
    {"2024-02-29", "2024-03-01", {}},
    {"2021-01-01", "2025-12-31", {}},   // 1826 days
    {"2020-01-01", "2024-12-31", {}},   // 1827 days, the most
    {"2020-01-01", "2025-01-01", {"to"}},  // 1828 days
    {"2026-03-02", "2026-03-01", {"to"}},
    {std::nullopt, "2026-03-01", {"from"}},
    {"2026-03-01", std::nullopt, {"to"}},
    {std::nullopt, std::nullopt, {"from", "to"}},
    {"2026-02-30", "2026-03-01", {"from"}},
    {"2025-02-29", "2025-03-01", {"from"}},
    {"2026-3-1", "2026-03-01", {"from"}},
    {"2026-03-01T00:00:00Z", "2026-03-02", {"from"}},
    {"2026-03-01", "mañana", {"to"}},
    {"+026-03-01", "2026-03-01", {"from"}},
    {"2026-13-01", "2026-14-01", {"from", "to"}},
};

TEST(ReportPeriod, AcceptsRealDatesInOrderWithinFiveYears) {
  for (const auto& row : kPeriods) {
    auto label = row.from.value_or("(none)") + " .. " + row.to.value_or("(none)");
    auto period = ParsePeriod(row.from, row.to);
    if (row.bad_fields.empty()) {
      ASSERT_TRUE(period.has_value()) << label;
      EXPECT_EQ(period->from, *row.from) << label;
      EXPECT_EQ(period->to, *row.to) << label;
      continue;
    }
    ASSERT_FALSE(period.has_value()) << label;
    EXPECT_EQ(period.error().kind, Error::Kind::kInvalid) << label;
    std::vector<std::string> fields;
    for (const auto& f : period.error().fields) fields.push_back(f.field);
    EXPECT_EQ(fields, row.bad_fields) << label;
  }
}

TEST(ReportFormat, IsJsonByDefaultOrCsv) {
  EXPECT_EQ(ParseFormat(std::nullopt).value(), ReportFormat::kJson);
  EXPECT_EQ(ParseFormat("json").value(), ReportFormat::kJson);
  EXPECT_EQ(ParseFormat("csv").value(), ReportFormat::kCsv);
  for (const char* bad : {"CSV", "xml", ""}) {
    auto format = ParseFormat(std::string(bad));
    ASSERT_FALSE(format.has_value()) << bad;
    EXPECT_EQ(format.error().fields.at(0).field, "format") << bad;
  }
}

}  // namespace
}  // namespace healthpulse::reports
