#include "core/time_of_day.h"

#include <cctype>
#include <cstdio>

namespace healthpulse {

std::optional<int> ParseTimeOfDay(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4}) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return std::nullopt;
  }
  int hours = (t[0] - '0') * 10 + (t[1] - '0');
  int minutes = (t[3] - '0') * 10 + (t[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
  return hours * 60 + minutes;
}

std::string FormatTimeOfDay(int minutes) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60 % 100, minutes % 60);
  return text;
}

}  // namespace healthpulse
