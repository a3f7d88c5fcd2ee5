#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace healthpulse {

// "HH:MM" (24-hour) to minutes since midnight, 0..1440 ("24:00" ends a day); nullopt
// for anything else.
std::optional<int> ParseTimeOfDay(std::string_view text);

// Minutes since midnight to "HH:MM".
std::string FormatTimeOfDay(int minutes);

}  // namespace healthpulse
