#include "modules/reports/report_cache.h"

#include <gtest/gtest.h>

namespace healthpulse::reports {
namespace {

TEST(ReportCache, AnswersAValueForItsTimeToLiveThenNoMore) {
  ManualClock clock;
  ReportCache cache(clock, std::chrono::seconds(30));
  cache.Store("k", std::string("figures"));
  clock.Advance(std::chrono::seconds(29));
  ASSERT_NE(cache.Find<std::string>("k"), nullptr);
  EXPECT_EQ(*cache.Find<std::string>("k"), "figures");
  EXPECT_EQ(cache.Find<std::string>("other"), nullptr);
  EXPECT_EQ(cache.Find<int>("k"), nullptr) << "a value is found only as the type it was stored as";
  clock.Advance(std::chrono::seconds(1));
  EXPECT_EQ(cache.Find<std::string>("k"), nullptr);
}

TEST(ReportCache, AClockThatGoesBackDoesNotStretchAnEntrysLife) {
  ManualClock clock;
  ReportCache cache(clock, std::chrono::seconds(30));
  cache.Store("k", 1);
  clock.Advance(-std::chrono::seconds(1));
  EXPECT_EQ(cache.Find<int>("k"), nullptr);
}

TEST(ReportCache, ZeroSecondsKeepsNothing) {
  ManualClock clock;
  ReportCache cache(clock, std::chrono::seconds(0));
  cache.Store("k", 1);
  EXPECT_EQ(cache.Find<int>("k"), nullptr);
}

TEST(ReportCache, HoldsAtMostItsCapacityDroppingTheOldest) {
  ManualClock clock;
  ReportCache cache(clock, std::chrono::seconds(30), 2);
  cache.Store("a", 1);
  clock.Advance(std::chrono::seconds(1));
  cache.Store("b", 2);
  clock.Advance(std::chrono::seconds(1));
  cache.Store("c", 3);
  EXPECT_EQ(cache.Find<int>("a"), nullptr);
  EXPECT_EQ(*cache.Find<int>("b"), 2);
  EXPECT_EQ(*cache.Find<int>("c"), 3);
  cache.Store("c", 4);
  EXPECT_EQ(*cache.Find<int>("b"), 2) << "replacing a key drops nothing else";
  EXPECT_EQ(*cache.Find<int>("c"), 4);
}

TEST(ReportCache, OnlyPeriodsLongerThanTwoMonthsAreCached) {
  EXPECT_FALSE(Cacheable({"2026-12-01", "2026-12-01"}));
  EXPECT_FALSE(Cacheable({"2026-10-01", "2026-12-01"})) << "62 days";
  EXPECT_TRUE(Cacheable({"2026-09-30", "2026-12-01"})) << "63 days";
  EXPECT_TRUE(Cacheable({"2021-12-02", "2026-12-01"}));
}

TEST(ReportCache, KeysDifferByReportScopePeriodAndGrouping) {
  ReportRequest request{std::nullopt, {"2026-01-01", "2026-12-01"}, ReportFormat::kJson, std::nullopt};
  const ReportScope all{std::nullopt, std::nullopt};
  const ReportScope norte{std::vector<std::int64_t>{1}, std::nullopt};
  const ReportScope one_doctor{std::nullopt, 7};
  const auto base = CacheKey(ReportKind::kDoctorPerformance, all, request);
  EXPECT_NE(base, CacheKey(ReportKind::kRoomOccupancy, all, request));
  EXPECT_NE(base, CacheKey(ReportKind::kDoctorPerformance, norte, request));
  EXPECT_NE(base, CacheKey(ReportKind::kDoctorPerformance, one_doctor, request));
  EXPECT_NE(CacheKey(ReportKind::kDoctorPerformance, ReportScope{std::vector<std::int64_t>{1, 2}, std::nullopt}, request),
            CacheKey(ReportKind::kDoctorPerformance, ReportScope{std::vector<std::int64_t>{12}, std::nullopt}, request));
  auto later = request;
  later.period.to = "2026-12-02";
  EXPECT_NE(base, CacheKey(ReportKind::kDoctorPerformance, all, later));
  auto grouped = request;
  grouped.group_by = GroupBy::kWeek;
  EXPECT_NE(base, CacheKey(ReportKind::kDoctorPerformance, all, grouped));
  auto csv = request;
  csv.format = ReportFormat::kCsv;
  EXPECT_EQ(base, CacheKey(ReportKind::kDoctorPerformance, all, csv)) << "the same figures, written as CSV";
}

}  // namespace
}  // namespace healthpulse::reports
