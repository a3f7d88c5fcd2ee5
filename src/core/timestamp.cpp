#include "core/timestamp.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace healthpulse {
namespace {

bool Digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return false;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

int Number(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) value = value * 10 + (text[i] - '0');
  return value;
}

bool ValidDay(int year, int month, int day) {
  static const int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDaysInMonth[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

}  // namespace

bool IsCalendarDate(std::string_view t) {
  if (t.size() != 10 || !Digits(t, 0, 4) || t[4] != '-' || !Digits(t, 5, 2) || t[7] != '-' || !Digits(t, 8, 2)) {
    return false;
  }
  int year = Number(t, 0, 4);
  return year >= 1900 && ValidDay(year, Number(t, 5, 2), Number(t, 8, 2));
}

bool IsRfc3339(std::string_view t) {
  // YYYY-MM-DDTHH:MM:SS
  if (!Digits(t, 0, 4) || t.size() < 20 || t[4] != '-' || !Digits(t, 5, 2) || t[7] != '-' || !Digits(t, 8, 2) ||
      (t[10] != 'T' && t[10] != 't') || !Digits(t, 11, 2) || t[13] != ':' || !Digits(t, 14, 2) || t[16] != ':' ||
      !Digits(t, 17, 2)) {
    return false;
  }
  int month = Number(t, 5, 2), day = Number(t, 8, 2), hour = Number(t, 11, 2), minute = Number(t, 14, 2),
      second = Number(t, 17, 2);
  int year = Number(t, 0, 4);
  if (year < 1900 || !ValidDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return false;
  std::size_t i = 19;
  if (i < t.size() && t[i] == '.') {
    std::size_t start = ++i;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    if (i == start || i - start > 6) return false;
  }
  if (i < t.size() && (t[i] == 'Z' || t[i] == 'z')) return i + 1 == t.size();
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
    return i + 6 == t.size() && Digits(t, i + 1, 2) && t[i + 3] == ':' && Digits(t, i + 4, 2) &&
           Number(t, i + 1, 2) <= 15 && Number(t, i + 4, 2) <= 59;
  }
  return false;
}

namespace {

// The UTC date ("YYYY-MM-DD") `offset_seconds` from now.
std::string UtcDateIn(std::time_t offset_seconds) {
  std::time_t at = std::time(nullptr) + offset_seconds;
  std::tm parts{};
  gmtime_r(&at, &parts);
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
  return text;
}

}  // namespace

std::string LatestDateOnEarth() { return UtcDateIn(14 * 3600); }

std::string TodayUtc() { return UtcDateIn(0); }

}  // namespace healthpulse
