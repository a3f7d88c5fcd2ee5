#include <fmt/format.h>

#include "core/timestamp.h"
#include "modules/followup/follow_up_plan.h"

namespace healthpulse::followup {
namespace {

void CheckInterval(const std::optional<std::int64_t>& days, std::vector<FieldError>& errors) {
  if (days && (*days < kMinIntervalDays || *days > kMaxIntervalDays)) {
    errors.push_back({"interval_days", fmt::format("must be between {} and {} days", kMinIntervalDays, kMaxIntervalDays)});
  }
}

void CheckDueDate(const std::optional<std::string>& date, const std::string& today, std::vector<FieldError>& errors) {
  if (!date) return;
  if (!IsCalendarDate(*date)) errors.push_back({"next_due_on", "must be a date YYYY-MM-DD"});
  // Same format, so text order is date order.
  else if (*date < today) errors.push_back({"next_due_on", "must be today or later"});
}

}  // namespace

bool IsPlanStatus(const std::string& status) { return status == "active" || status == "paused" || status == "ended"; }

std::vector<FieldError> ValidateNewPlan(const NewPlan& plan, const std::string& today) {
  std::vector<FieldError> errors;
  if (!plan.patient_id) errors.push_back({"patient_id", "is required"});
  if (!plan.interval_days) errors.push_back({"interval_days", "is required"});
  CheckInterval(plan.interval_days, errors);
  CheckDueDate(plan.next_due_on, today, errors);
  return errors;
}

std::vector<FieldError> ValidatePlanPatch(const PlanPatch& patch, const std::string& today) {
  std::vector<FieldError> errors;
  CheckInterval(patch.interval_days, errors);
  CheckDueDate(patch.next_due_on, today, errors);
  if (patch.status && !IsPlanStatus(*patch.status)) errors.push_back({"status", "must be active, paused or ended"});
  return errors;
}

}  // namespace healthpulse::followup
