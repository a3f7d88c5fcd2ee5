#include "core/log_throttle.h"

#include <gtest/gtest.h>

namespace healthpulse {
namespace {

using namespace std::chrono_literals;

TEST(LogThrottleTest, AdmitsNPerWindowThenCountsWhatItDropped) {
  LogThrottle throttle(3, 1s);
  auto t0 = LogThrottle::Clock::time_point{} + 100s;
  for (int i = 0; i < 3; ++i) EXPECT_EQ(throttle.Admit("accept", t0 + i * 1ms), 0) << "line " << i;
  for (int i = 3; i < 1000; ++i) EXPECT_FALSE(throttle.Admit("accept", t0 + i * 1ms).has_value()) << "line " << i;
  // The next window admits again and reports the 997 lines dropped in the last one.
  EXPECT_EQ(throttle.Admit("accept", t0 + 1s), 997);
  EXPECT_EQ(throttle.Admit("accept", t0 + 1s + 1ms), 0);
}

TEST(LogThrottleTest, KeysAreThrottledApart) {
  LogThrottle throttle(1, 1s);
  auto t0 = LogThrottle::Clock::time_point{} + 100s;
  EXPECT_EQ(throttle.Admit("a", t0), 0);
  EXPECT_FALSE(throttle.Admit("a", t0).has_value());
  EXPECT_EQ(throttle.Admit("b", t0), 0);
}

}  // namespace
}  // namespace healthpulse
