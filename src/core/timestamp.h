#pragma once

#include <string_view>

namespace healthpulse {

// True for an RFC 3339 date-time with an explicit offset:
// "2026-11-27T09:30:00Z", "2026-11-27T09:30:00.250-03:00".
bool IsRfc3339(std::string_view text);

// True for a calendar date "YYYY-MM-DD" that exists (years 1900-9999): "2024-02-29" but
// not "2023-02-29", "2024-2-1" or "24-02-01".
bool IsCalendarDate(std::string_view text);

}  // namespace healthpulse
