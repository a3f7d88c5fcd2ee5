#include <gtest/gtest.h>

#include "modules/appointments/status.h"

namespace healthpulse::appointments {
namespace {

using S = Status;
constexpr S kAll[] = {S::kRegistered, S::kConfirmed, S::kWaiting,  S::kInProgress,
                      S::kFinished,   S::kCancelled, S::kNoShow};

// Every allowed transition of DESIGN.md §4; everything else is refused.
struct Allowed {
  S from;
  S to;
};
constexpr Allowed kAllowed[] = {
    {S::kRegistered, S::kConfirmed}, {S::kConfirmed, S::kWaiting},   {S::kWaiting, S::kInProgress},
    {S::kInProgress, S::kFinished},  {S::kRegistered, S::kCancelled}, {S::kConfirmed, S::kCancelled},
    {S::kWaiting, S::kCancelled},    {S::kRegistered, S::kNoShow},    {S::kConfirmed, S::kNoShow},
};

bool IsAllowed(S from, S to) {
  for (const auto& a : kAllowed) {
    if (a.from == from && a.to == to) return true;
  }
  return false;
}

TEST(Transitions, ExactlyTheDesignedOnesAreAllowed) {
  for (S from : kAll) {
    for (S to : kAll) {
      bool allowed = !RefuseTransition(from, to, /*has_reason=*/true, /*started=*/true).has_value();
      EXPECT_EQ(allowed, IsAllowed(from, to)) << ToString(from) << " -> " << ToString(to);
    }
  }
}

TEST(Transitions, CancellingNeedsAReason) {
  for (S from : {S::kRegistered, S::kConfirmed, S::kWaiting}) {
    EXPECT_TRUE(RefuseTransition(from, S::kCancelled, false, true).has_value()) << ToString(from);
  }
}

TEST(Transitions, NoShowOnlyOnceStarted) {
  for (S from : {S::kRegistered, S::kConfirmed}) {
    EXPECT_TRUE(RefuseTransition(from, S::kNoShow, true, false).has_value()) << ToString(from);
    EXPECT_FALSE(RefuseTransition(from, S::kNoShow, false, true).has_value()) << ToString(from);
  }
}

TEST(Status, SpellingRoundTripsAndLiveness) {
  for (S s : kAll) EXPECT_EQ(ParseStatus(ToString(s)), s) << ToString(s);
  EXPECT_FALSE(ParseStatus("done").has_value());
  for (S s : kAll) EXPECT_EQ(IsLive(s), s != S::kCancelled && s != S::kNoShow) << ToString(s);
}

}  // namespace
}  // namespace healthpulse::appointments
