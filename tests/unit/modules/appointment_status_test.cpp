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
      bool allowed = !RefuseTransition(from, to, /*has_reason=*/true, TurnoClock{/*started=*/true, 0}).has_value();
      EXPECT_EQ(allowed, IsAllowed(from, to)) << ToString(from) << " -> " << ToString(to);
    }
  }
}

TEST(Transitions, CancellingNeedsAReason) {
  for (S from : {S::kRegistered, S::kConfirmed, S::kWaiting}) {
    EXPECT_TRUE(RefuseTransition(from, S::kCancelled, false, TurnoClock{true, 0}).has_value()) << ToString(from);
  }
}

TEST(Transitions, NoShowOnlyOnceStarted) {
  for (S from : {S::kRegistered, S::kConfirmed}) {
    EXPECT_TRUE(RefuseTransition(from, S::kNoShow, true, TurnoClock{false, 0}).has_value()) << ToString(from);
    EXPECT_FALSE(RefuseTransition(from, S::kNoShow, false, TurnoClock{true, 0}).has_value()) << ToString(from);
    EXPECT_FALSE(RefuseTransition(from, S::kNoShow, false, TurnoClock{true, -3}).has_value()) << ToString(from);
  }
}

// The clock (DESIGN.md §4): each row a transition, where the turno stands against today
// at its clinic, and whether it is allowed.
struct ClockCase {
  S from;
  S to;
  bool started;
  int days_from_today;
  bool allowed;
};
constexpr ClockCase kClockCases[] = {
    // Arrival only on the turno's local day, before or after its start.
    {S::kConfirmed, S::kWaiting, false, 0, true},
    {S::kConfirmed, S::kWaiting, true, 0, true},
    {S::kConfirmed, S::kWaiting, false, 1, false},
    {S::kConfirmed, S::kWaiting, false, 30, false},
    {S::kConfirmed, S::kWaiting, true, -1, false},
    // Called in only on the day.
    {S::kWaiting, S::kInProgress, false, 0, true},
    {S::kWaiting, S::kInProgress, true, 0, true},
    {S::kWaiting, S::kInProgress, true, -1, false},
    {S::kWaiting, S::kInProgress, false, 1, false},
    // Finished on the day or later, never ahead.
    {S::kInProgress, S::kFinished, true, 0, true},
    {S::kInProgress, S::kFinished, true, -1, true},
    {S::kInProgress, S::kFinished, true, -40, true},
    {S::kInProgress, S::kFinished, false, 1, false},
    // no_show follows the start, not the day.
    {S::kRegistered, S::kNoShow, false, 0, false},
    {S::kConfirmed, S::kNoShow, false, 0, false},
    {S::kConfirmed, S::kNoShow, true, 0, true},
    {S::kRegistered, S::kNoShow, true, -2, true},
    // Confirming and cancelling whenever.
    {S::kRegistered, S::kConfirmed, false, 10, true},
    {S::kRegistered, S::kConfirmed, true, -1, true},
    {S::kWaiting, S::kCancelled, true, -1, true},
    {S::kConfirmed, S::kCancelled, false, 5, true},
};

TEST(Transitions, FollowTheClockAtTheClinic) {
  for (const auto& c : kClockCases) {
    auto refusal = RefuseTransition(c.from, c.to, /*has_reason=*/true, TurnoClock{c.started, c.days_from_today});
    EXPECT_EQ(!refusal.has_value(), c.allowed)
        << ToString(c.from) << " -> " << ToString(c.to) << " started=" << c.started
        << " days_from_today=" << c.days_from_today << ": " << refusal.value_or("allowed");
  }
}

TEST(Transitions, ARefusalByTheClockSaysSo) {
  auto early = RefuseTransition(S::kConfirmed, S::kWaiting, false, TurnoClock{false, 1});
  ASSERT_TRUE(early.has_value());
  EXPECT_NE(early->find("day"), std::string_view::npos) << *early;
}

TEST(Status, SpellingRoundTripsAndLiveness) {
  for (S s : kAll) EXPECT_EQ(ParseStatus(ToString(s)), s) << ToString(s);
  EXPECT_FALSE(ParseStatus("done").has_value());
  for (S s : kAll) EXPECT_EQ(IsLive(s), s != S::kCancelled && s != S::kNoShow) << ToString(s);
}

}  // namespace
}  // namespace healthpulse::appointments
