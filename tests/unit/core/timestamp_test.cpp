#include <gtest/gtest.h>

#include "core/timestamp.h"

namespace healthpulse {
namespace {

TEST(Rfc3339, AcceptsTimestampsWithOffsets) {
  for (const char* text : {"2026-11-27T09:30:00Z", "2026-11-27T09:30:00.250-03:00", "2026-01-01t00:00:00+00:00",
                           "2026-11-27T23:59:59.123456Z", "2028-02-29T10:00:00Z", "2026-12-01T10:00:00+15:59",
                           "2026-12-01T10:00:00-15:59", "1900-01-01T00:00:00Z", "9999-12-31T23:59:59.999999+15:59"}) {
    EXPECT_TRUE(IsRfc3339(text)) << text;
  }
}

TEST(Rfc3339, RejectsOthers) {
  for (const char* text : {"", "2026-11-27", "2026-11-27T09:30:00", "2026-13-01T00:00:00Z", "2026-11-27 09:30:00Z",
                           "2026-11-27T24:00:00Z", "2026-11-27T09:30:00+3", "2026-11-27T09:30:00.Z", "yesterday",
                           "2026-11-27T09:30:00Zjunk", "2031-02-30T10:00:00Z", "2031-02-29T10:00:00Z",
                           "0000-01-01T10:00:00Z", "2026-04-31T10:00:00Z", "2026-11-27T09:30:60Z"}) {
    EXPECT_FALSE(IsRfc3339(text)) << text;
  }
}

// What PostgreSQL's timestamptz would refuse (or silently round) is refused here, so it
// answers 422 rather than a 500 from the database.
TEST(Rfc3339, RefusesWhatPostgresqlWouldNot) {
  for (const char* text : {"2026-12-01T10:00:00+99:00", "2026-12-01T10:00:00+16:00", "2026-12-01T10:00:00-23:59",
                           "2026-12-01T10:00:00+15:60", "2026-12-01T10:00:00.000000000000000000001Z",
                           "2026-12-01T10:00:00.1234567Z", "0001-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
                           "2026-02-30T10:00:00Z"}) {
    EXPECT_FALSE(IsRfc3339(text)) << text;
  }
  EXPECT_EQ(std::string_view("9999-12-31T23:59:59.999999+15:59").size(), kMaxRfc3339Length);
}

TEST(LatestDateOnEarth, IsACalendarDate) { EXPECT_TRUE(IsCalendarDate(LatestDateOnEarth())); }

TEST(CalendarDate, AcceptsDaysThatExist) {
  for (const char* text : {"2024-02-29", "2000-02-29", "1900-01-01", "2026-12-31", "9999-12-31"}) {
    EXPECT_TRUE(IsCalendarDate(text)) << text;
  }
}

TEST(CalendarDate, RejectsOthers) {
  for (const char* text : {"", "2023-02-29", "1900-02-29", "2024-2-1", "24-02-01", "2024-13-01", "2024-04-31",
                           "2024-01-00", "1899-12-31", "2024/01/01", "2024-01-01T00:00:00Z", "2024-01-01 ",
                           "abcd-ef-gh"}) {
    EXPECT_FALSE(IsCalendarDate(text)) << text;
  }
}

}  // namespace
}  // namespace healthpulse
