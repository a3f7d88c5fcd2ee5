#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.h"
#include "modules/reports/report.h"

namespace healthpulse::reports {

// Who sees what of a report (DESIGN.md §5, §8), the one place for it:
// - admins: every clinic, or the one asked for;
// - secretaries: their clinics, or the one asked for if it is theirs (NotFound naming
//   clinic_id otherwise, as for a clinic that does not exist);
// - doctors: doctor performance only, their own line (of the clinic asked for, if any);
//   room occupancy and population health are Forbidden, as is a doctor user without a
//   doctor profile for doctor performance; care gaps of their clinics (another clinic:
//   NotFound), the listing itself showing only the patients under their care;
// - patients: Forbidden.
// Whether an asked-for clinic exists is the caller's check (this is pure).
Result<ReportScope> ResolveScope(const Viewer& viewer, ReportKind kind, std::optional<std::int64_t> clinic_id);

// Validates from/to (YYYY-MM-DD, real dates, both required, to >= from, at most
// kMaxReportDays days): Invalid naming each bad parameter.
Result<ReportPeriod> ParsePeriod(const std::optional<std::string>& from, const std::optional<std::string>& to);

// "day", "week" or "month"; nullopt when absent; Invalid naming `group_by` otherwise.
Result<std::optional<GroupBy>> ParseGroupBy(const std::optional<std::string>& group_by);

// Whether `text` is a real calendar date as YYYY-MM-DD (from 1900 on).
bool IsDate(const std::string& text);

// How many days `period` spans, both ends counted (a ParsePeriod result: at least 1).
int PeriodDays(const ReportPeriod& period);

// The same day six months earlier (the month's last day when it has no such day):
// "2026-08-31" → "2026-02-28". `date` must be IsDate.
std::string SixMonthsBefore(const std::string& date);

// "json" (also when absent) or "csv"; Invalid naming `format` otherwise.
Result<ReportFormat> ParseFormat(const std::optional<std::string>& format);

}  // namespace healthpulse::reports
