#include <gtest/gtest.h>

#include <date/date.h>

#include "modules/sms/schedule_rules.h"
#include "modules/sms/send_policy.h"

namespace healthpulse::sms {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

// A UTC instant from "YYYY-MM-DD HH:MM".
Instant Utc(const std::string& text) {
  std::istringstream in(text);
  date::sys_time<std::chrono::minutes> t;
  in >> date::parse("%Y-%m-%d %H:%M", t);
  EXPECT_FALSE(in.fail()) << text;
  return std::chrono::time_point_cast<Instant::duration>(t);
}

std::string Show(std::optional<Instant> t) {
  return t ? date::format("%Y-%m-%d %H:%M", date::floor<std::chrono::minutes>(*t)) : "none";
}

TEST(SmsBackoff, DoublesFromThirtySecondsWithinItsJitterAndStopsAtTheCap) {
  struct Row {
    int attempts;
    double jitter;
    milliseconds expected;
  } rows[] = {
      {1, 1.0, seconds(30)}, {1, 0.0, seconds(15)}, {2, 1.0, seconds(60)}, {3, 1.0, seconds(120)},
      {3, 0.5, seconds(90)}, {8, 1.0, hours(1)},    {40, 1.0, hours(1)},   {40, 0.0, minutes(30)},
      {0, 1.0, seconds(30)},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(Backoff(r.attempts, r.jitter).count(), r.expected.count())
        << "attempts " << r.attempts << " jitter " << r.jitter;
  }
}

TEST(SmsBackoff, JitterOutsideZeroToOneIsClamped) {
  EXPECT_EQ(Backoff(2, -3.0), seconds(30));
  EXPECT_EQ(Backoff(2, 7.0), seconds(60));
}

TEST(SmsQuietHours, ParsesRangesAndOffAndRefusesTheRest) {
  auto q = ParseQuietHours("20:00-09:00");
  ASSERT_TRUE(q);
  EXPECT_TRUE(q->enabled);
  EXPECT_EQ(q->start_minute, 20 * 60);
  EXPECT_EQ(q->end_minute, 9 * 60);
  auto off = ParseQuietHours("off");
  ASSERT_TRUE(off);
  EXPECT_FALSE(off->enabled);
  for (const char* bad : {"", "20-09", "25:00-09:00", "20:00-09:60", "20:00-20:00", "20:00/09:00", "8:00-9:00"}) {
    EXPECT_FALSE(ParseQuietHours(bad)) << bad;
  }
}

TEST(SmsQuietHours, HoldMessagesUntilNineInEachClinicsZone) {
  auto quiet = *ParseQuietHours("20:00-09:00");
  struct Row {
    const char* now_utc;
    const char* zone;
    const char* until_utc;  // "none": sendable now
  } rows[] = {
      // Buenos Aires is UTC-3 all year.
      {"2026-12-01 12:00", "America/Argentina/Buenos_Aires", "none"},           // 09:00 local
      {"2026-12-01 11:59", "America/Argentina/Buenos_Aires", "2026-12-01 12:00"},  // 08:59
      {"2026-12-01 22:59", "America/Argentina/Buenos_Aires", "none"},           // 19:59
      {"2026-12-01 23:00", "America/Argentina/Buenos_Aires", "2026-12-02 12:00"},  // 20:00
      {"2026-12-02 03:00", "America/Argentina/Buenos_Aires", "2026-12-02 12:00"},  // 00:00
      // The same instant is daytime in Madrid (UTC+1 in winter).
      {"2026-12-01 23:00", "Europe/Madrid", "2026-12-02 08:00"},  // 00:00 local
      {"2026-12-01 10:00", "Europe/Madrid", "none"},              // 11:00 local
      {"2026-12-01 10:00", "Asia/Tokyo", "none"},                 // 19:00 local
      {"2026-12-01 11:00", "Asia/Tokyo", "2026-12-02 00:00"},     // 20:00 local → 09:00 next day
      // An unknown zone is UTC.
      {"2026-12-01 08:30", "Mars/Olympus", "2026-12-01 09:00"},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(Show(QuietUntil(quiet, Utc(r.now_utc), r.zone)), r.until_utc) << r.now_utc << " in " << r.zone;
  }
}

TEST(SmsQuietHours, FollowDaylightSavingChanges) {
  auto quiet = *ParseQuietHours("20:00-09:00");
  // Madrid moves to summer time on 2026-03-29 at 02:00 (UTC+1 → UTC+2): the night
  // before ends at 09:00 summer time, 07:00 UTC (08:00 UTC the day before).
  EXPECT_EQ(Show(QuietUntil(quiet, Utc("2026-03-28 22:00"), "Europe/Madrid")), "2026-03-29 07:00");
  EXPECT_EQ(Show(QuietUntil(quiet, Utc("2026-03-27 22:00"), "Europe/Madrid")), "2026-03-28 08:00");
  // Back to winter time on 2026-10-25 at 03:00: 09:00 local is 08:00 UTC again.
  EXPECT_EQ(Show(QuietUntil(quiet, Utc("2026-10-24 22:00"), "Europe/Madrid")), "2026-10-25 08:00");
  // New York, 2026-03-08 (UTC-5 → UTC-4).
  EXPECT_EQ(Show(QuietUntil(quiet, Utc("2026-03-08 06:00"), "America/New_York")), "2026-03-08 13:00");
  // Quiet hours ending inside the skipped hour end when the gap does: "01:00-02:30" in
  // Madrid on 2026-03-29 (02:00 → 03:00 local, i.e. 01:00 UTC).
  auto gap = *ParseQuietHours("01:00-02:30");
  EXPECT_EQ(Show(QuietUntil(gap, Utc("2026-03-29 00:30"), "Europe/Madrid")), "2026-03-29 01:00");
}

TEST(SmsQuietHours, DaytimeRangesAndOffWork) {
  auto lunch = *ParseQuietHours("13:00-14:00");
  EXPECT_EQ(Show(QuietUntil(lunch, Utc("2026-12-01 13:30"), "UTC")), "2026-12-01 14:00");
  EXPECT_EQ(Show(QuietUntil(lunch, Utc("2026-12-01 14:00"), "UTC")), "none");
  EXPECT_EQ(Show(QuietUntil(*ParseQuietHours("off"), Utc("2026-12-01 03:00"), "UTC")), "none");
}

TEST(SmsRetryDecision, FollowsDesignSection7) {
  using Kind = AttemptOutcome::Kind;
  struct Row {
    const char* name;
    ProviderAnswer answer;
    int attempts;
    Kind kind;
    bool phone_problem;
    bool opt_out;
  } rows[] = {
      {"201 created", {false, 201, std::nullopt}, 1, Kind::kSent, false, false},
      {"429 too many", {false, 429, 20429}, 1, Kind::kRetry, false, false},
      {"500", {false, 500, std::nullopt}, 2, Kind::kRetry, false, false},
      {"503", {false, 503, std::nullopt}, 5, Kind::kRetry, false, false},
      {"network", {true, 0, std::nullopt}, 1, Kind::kRetry, false, false},
      {"500 at the last attempt", {false, 500, std::nullopt}, 6, Kind::kFailed, false, false},
      {"network at the last attempt", {true, 0, std::nullopt}, 6, Kind::kFailed, false, false},
      {"21211 invalid number", {false, 400, 21211}, 1, Kind::kFailed, true, false},
      {"21614 not a mobile", {false, 400, 21614}, 1, Kind::kFailed, true, false},
      {"30005 unknown", {false, 400, 30005}, 1, Kind::kFailed, true, false},
      {"30006 landline", {false, 400, 30006}, 1, Kind::kFailed, true, false},
      {"21610 STOP", {false, 400, 21610}, 1, Kind::kFailed, true, true},
      {"400 other", {false, 400, 21602}, 1, Kind::kFailed, false, false},
      {"401 bad credentials", {false, 401, 20003}, 1, Kind::kFailed, false, false},
  };
  for (const auto& r : rows) {
    auto out = DecideAfterAttempt(r.answer, r.attempts, 6, 1.0);
    EXPECT_EQ(out.kind, r.kind) << r.name;
    EXPECT_EQ(out.phone_problem, r.phone_problem) << r.name;
    EXPECT_EQ(out.opt_out, r.opt_out) << r.name;
    EXPECT_EQ(out.retry_after.has_value(), r.kind == Kind::kRetry) << r.name;
    if (out.retry_after) {
      EXPECT_EQ(*out.retry_after, Backoff(r.attempts, 1.0)) << r.name;
    }
  }
}

TEST(SmsScheduleRules, ConsentThenBookedVisitDecideTheAlert) {
  EXPECT_EQ(DecidePlanAlert(true, "+5491155551234", false), PlanAlert::kSend);
  EXPECT_EQ(DecidePlanAlert(true, "+5491155551234", true), PlanAlert::kVisitBooked);
  EXPECT_EQ(DecidePlanAlert(false, "+5491155551234", false), PlanAlert::kNoConsent);
  EXPECT_EQ(DecidePlanAlert(false, "+5491155551234", true), PlanAlert::kNoConsent);
  EXPECT_EQ(DecidePlanAlert(true, "", false), PlanAlert::kNoConsent);
}

TEST(SmsScheduleRules, DatesShowAsDayMonthYear) {
  EXPECT_EQ(DisplayDate("2026-03-09"), "09/03/2026");
  EXPECT_EQ(DisplayDate("garbage"), "garbage");
}

}  // namespace
}  // namespace healthpulse::sms
