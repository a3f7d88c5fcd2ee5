#include "modules/reports/population_health.h"

#include <gtest/gtest.h>

#include "modules/reports/report_scope.h"

namespace healthpulse::reports {
namespace {

TEST(PopulationHealth, AgeStandardizationWeighsEachBandsRateByTheWhoStandard) {
  std::array<std::int64_t, kAgeBands> cases{}, population{};
  // Only 0-4 (w 8.86) and 60-64 (w 3.72) seen: (8.86 × 1/4 + 3.72 × 5/7) / 12.58.
  cases[0] = 1, population[0] = 4;
  cases[12] = 5, population[12] = 7;
  EXPECT_EQ(AgeStandardizedPer1000(cases, population), 387.3);
  // The same rate in every band is that rate, whatever the band sizes.
  std::array<std::int64_t, kAgeBands> all_cases{}, all_population{};
  for (int b = 0; b < kAgeBands; ++b) all_cases[b] = b + 1, all_population[b] = 10 * (b + 1);
  EXPECT_EQ(AgeStandardizedPer1000(all_cases, all_population), 100.0);
  EXPECT_EQ(AgeStandardizedPer1000({}, {}), std::nullopt) << "nobody seen";
  double sum = 0;
  for (double w : kWhoWorldStandard) sum += w;
  EXPECT_NEAR(sum, 100.0, 0.05) << "the WHO table's percentages";
}

TEST(PopulationHealth, CountsOfOneToFourAreHiddenOutsideTheClinicsStaff) {
  struct Row {
    std::int64_t count;
    bool shown;
    std::optional<std::int64_t> value;
  } rows[] = {{0, false, 0}, {1, false, std::nullopt}, {4, false, std::nullopt}, {5, false, 5},
              {3, true, 3},  {0, true, 0}};
  for (const auto& row : rows) {
    auto cell = Cell(row.count, row.shown);
    EXPECT_EQ(cell.value, row.value) << row.count << " shown " << row.shown;
    EXPECT_EQ(cell.suppressed, !row.value.has_value()) << row.count;
  }
  EXPECT_TRUE(ScopeIsOwn({1, 2}, std::vector<std::int64_t>{2}));
  EXPECT_FALSE(ScopeIsOwn({1, 2}, std::vector<std::int64_t>{3}));
  EXPECT_FALSE(ScopeIsOwn({1, 2}, std::nullopt)) << "the whole network is nobody's own";
  EXPECT_EQ(AgeBandName(0), "0-4");
  EXPECT_EQ(AgeBandName(16), "80-84");
  EXPECT_EQ(AgeBandName(17), "85+");
  EXPECT_EQ(AgeBandName(-1), "unknown");
}

TEST(ReportParameters, GroupByAndSinceDefaults) {
  EXPECT_EQ(ParseGroupBy(std::nullopt).value(), std::nullopt);
  EXPECT_EQ(ParseGroupBy("week").value(), GroupBy::kWeek);
  auto bad = ParseGroupBy("year");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().fields.at(0).field, "group_by");
  EXPECT_EQ(SixMonthsBefore("2026-12-01"), "2026-06-01");
  EXPECT_EQ(SixMonthsBefore("2026-08-31"), "2026-02-28");
  EXPECT_EQ(SixMonthsBefore("2026-03-15"), "2025-09-15");
}

}  // namespace
}  // namespace healthpulse::reports
