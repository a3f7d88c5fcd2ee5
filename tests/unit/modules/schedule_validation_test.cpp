#include <gtest/gtest.h>

#include "modules/doctors/doctor.h"

namespace healthpulse::doctors {
namespace {

constexpr int H = 60;

TEST(Schedule, BackToBackBlocksAndOtherDaysAreFine) {
  std::vector<ScheduleBlock> week = {{1, 1, 8 * H, 12 * H}, {2, 1, 12 * H, 16 * H}, {1, 2, 8 * H, 12 * H}};
  EXPECT_TRUE(ValidateSchedule(week, {1, 2}).empty());
}

TEST(Schedule, NamesEachProblem) {
  struct Row {
    const char* what;
    std::vector<ScheduleBlock> week;
    std::string field;
  } rows[] = {
      {"overlap across clinics", {{1, 3, 8 * H, 12 * H}, {2, 3, 11 * H, 14 * H}}, "blocks[1]"},
      {"contained block", {{1, 3, 8 * H, 18 * H}, {1, 3, 9 * H, 10 * H}}, "blocks[1]"},
      {"clinic not the doctor's", {{9, 1, 8 * H, 12 * H}}, "blocks[0].clinic_id"},
      {"from after to", {{1, 1, 12 * H, 8 * H}}, "blocks[0].to"},
      {"bad weekday", {{1, 8, 8 * H, 12 * H}}, "blocks[0].weekday"},
  };
  for (const auto& row : rows) {
    auto errors = ValidateSchedule(row.week, {1, 2});
    ASSERT_EQ(errors.size(), 1u) << row.what;
    EXPECT_EQ(errors[0].field, row.field) << row.what;
  }
}

TEST(Schedule, AnOverlapSaysWhichBlockItClashesWith) {
  auto errors = ValidateSchedule({{1, 1, 8 * H, 12 * H}, {1, 1, 11 * H, 13 * H}}, {1});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "overlaps blocks[0] (weekday 1 08:00-12:00)");
}

}  // namespace
}  // namespace healthpulse::doctors
