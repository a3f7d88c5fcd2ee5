#pragma once

#include <string>
#include <string_view>

namespace healthpulse {

// True for an RFC 3339 date-time with an explicit offset that PostgreSQL takes as is:
// "2026-11-27T09:30:00Z", "2026-11-27T09:30:00.250-03:00". Years 1900-9999, an offset
// within ±15:59 (PostgreSQL's range), at most 6 fraction digits (microseconds, what a
// timestamptz keeps: more digits are refused, never silently rounded), no leap second.
bool IsRfc3339(std::string_view text);

// The longest text IsRfc3339 accepts ("9999-12-31T23:59:59.999999+15:59").
inline constexpr std::size_t kMaxRfc3339Length = 32;

// True for a calendar date "YYYY-MM-DD" that exists (years 1900-9999): "2024-02-29" but
// not "2023-02-29", "2024-2-1" or "24-02-01".
bool IsCalendarDate(std::string_view text);

// Today's date ("YYYY-MM-DD") where it is latest on Earth (UTC+14): no date after it has
// begun anywhere yet, so it bounds dates that may not be in the future (birth dates).
std::string LatestDateOnEarth();

// Today's date in UTC ("YYYY-MM-DD"), the database's current_date (sessions run in UTC).
std::string TodayUtc();

}  // namespace healthpulse
