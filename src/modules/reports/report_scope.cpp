#include "modules/reports/report_scope.h"

#include <algorithm>
#include <charconv>
#include <chrono>

#include <fmt/format.h>

namespace healthpulse::reports {
namespace {

// A YYYY-MM-DD calendar date as days since the epoch; nullopt when not one.
std::optional<int> DayNumber(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t at, std::size_t length) -> std::optional<int> {
    int value = 0;
    const char* begin = text.data() + at;
    if (!std::all_of(begin, begin + length, [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    std::from_chars(begin, begin + length, value);
    return value;
  };
  auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y || !m || !d) return std::nullopt;
  std::chrono::year_month_day date{std::chrono::year(*y), std::chrono::month(static_cast<unsigned>(*m)),
                                   std::chrono::day(static_cast<unsigned>(*d))};
  if (!date.ok() || *y < 1900) return std::nullopt;
  return std::chrono::sys_days(date).time_since_epoch().count();
}

}  // namespace

Result<ReportScope> ResolveScope(const Viewer& viewer, ReportKind kind, std::optional<std::int64_t> clinic_id) {
  switch (viewer.role) {
    case Role::kAdmin:
      if (clinic_id) return ReportScope{std::vector<std::int64_t>{*clinic_id}, std::nullopt};
      return ReportScope{};
    case Role::kSecretary: {
      if (!clinic_id) return ReportScope{viewer.clinic_ids, std::nullopt};
      bool works_there = std::find(viewer.clinic_ids.begin(), viewer.clinic_ids.end(), *clinic_id) !=
                         viewer.clinic_ids.end();
      if (!works_there) return Fail(Error::NotFound("No such clinic", "clinic_id"));
      return ReportScope{std::vector<std::int64_t>{*clinic_id}, std::nullopt};
    }
    case Role::kDoctor:
      if (kind == ReportKind::kCareGaps) {
        // Their clinics; the list itself shows only the patients under their care.
        if (!clinic_id) return ReportScope{viewer.clinic_ids, std::nullopt};
        if (std::find(viewer.clinic_ids.begin(), viewer.clinic_ids.end(), *clinic_id) == viewer.clinic_ids.end()) {
          return Fail(Error::NotFound("No such clinic", "clinic_id"));
        }
        return ReportScope{std::vector<std::int64_t>{*clinic_id}, std::nullopt};
      }
      if (kind != ReportKind::kDoctorPerformance) return Fail(Error::Forbidden("Doctors see only their own performance"));
      if (!viewer.doctor_id) return Fail(Error::Forbidden("This account has no doctor profile"));
      if (clinic_id) return ReportScope{std::vector<std::int64_t>{*clinic_id}, viewer.doctor_id};
      return ReportScope{std::nullopt, viewer.doctor_id};
    case Role::kPatient:
      break;
  }
  return Fail(Error::Forbidden("Reports are for staff"));
}

Result<ReportPeriod> ParsePeriod(const std::optional<std::string>& from, const std::optional<std::string>& to) {
  std::vector<FieldError> errors;
  std::optional<int> from_day, to_day;
  for (const auto& [name, text, day] : {std::tuple{"from", &from, &from_day}, std::tuple{"to", &to, &to_day}}) {
    if (!*text) {
      errors.push_back({name, "is required (YYYY-MM-DD)"});
    } else if (!(*day = DayNumber(**text))) {
      errors.push_back({name, "must be a date as YYYY-MM-DD"});
    }
  }
  if (from_day && to_day) {
    if (*to_day < *from_day) {
      errors.push_back({"to", "must not be before from"});
    } else if (*to_day - *from_day + 1 > kMaxReportDays) {
      errors.push_back({"to", "the period may span at most " + std::to_string(kMaxReportDays) + " days (five years)"});
    }
  }
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return ReportPeriod{*from, *to};
}

Result<std::optional<GroupBy>> ParseGroupBy(const std::optional<std::string>& group_by) {
  if (!group_by) return std::optional<GroupBy>();
  if (*group_by == "day") return std::optional<GroupBy>(GroupBy::kDay);
  if (*group_by == "week") return std::optional<GroupBy>(GroupBy::kWeek);
  if (*group_by == "month") return std::optional<GroupBy>(GroupBy::kMonth);
  return Fail(Error::Invalid("group_by", "must be day, week or month"));
}

bool IsDate(const std::string& text) { return DayNumber(text).has_value(); }

int PeriodDays(const ReportPeriod& period) {
  auto from = DayNumber(period.from), to = DayNumber(period.to);
  return from && to ? *to - *from + 1 : 0;
}

std::string SixMonthsBefore(const std::string& date) {
  using namespace std::chrono;
  auto day = DayNumber(date);
  if (!day) return date;
  year_month_day ymd{sys_days(days(*day))};
  year_month_day back = ymd - months(6);
  if (!back.ok()) back = year_month_day{back.year() / back.month() / last};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(back.year()), static_cast<unsigned>(back.month()),
                     static_cast<unsigned>(back.day()));
}

Result<ReportFormat> ParseFormat(const std::optional<std::string>& format) {
  if (!format || *format == "json") return ReportFormat::kJson;
  if (*format == "csv") return ReportFormat::kCsv;
  return Fail(Error::Invalid("format", "must be json or csv"));
}

}  // namespace healthpulse::reports
