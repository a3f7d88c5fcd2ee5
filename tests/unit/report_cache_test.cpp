#include "modules/reports/report_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

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

// Eight threads storing and finding twenty keys in a cache of eight: whatever is found
// is the value stored under that key, and nothing crashes or deadlocks.
TEST(ReportCache, ConcurrentStoresAndFindsNeverAnswerAnotherKeysValue) {
  ManualClock clock;
  ReportCache cache(clock, std::chrono::seconds(30), 8);
  std::atomic<int> wrong{0}, found{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::string key = "k" + std::to_string((i * 7 + t) % 20);
        if (i % 3 == 0) {
          cache.Store(key, key);
          if (i % 300 == 0) clock.Advance(std::chrono::seconds(1));
        } else if (auto value = cache.Find<std::string>(key)) {
          ++found;
          if (*value != key) ++wrong;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_GT(found.load(), 0);
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
