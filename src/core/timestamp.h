#pragma once

#include <string_view>

namespace healthpulse {

// True for an RFC 3339 date-time with an explicit offset:
// "2026-11-27T09:30:00Z", "2026-11-27T09:30:00.250-03:00".
bool IsRfc3339(std::string_view text);

}  // namespace healthpulse
