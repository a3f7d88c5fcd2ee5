#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"

namespace healthpulse::followup {

// A patient followed up every `interval_days` (DESIGN.md §7). `status` is active,
// paused or ended; ended is final. `treatment_id` is the original entry id of the
// treatment the plan was made from, `diagnosis_id` the original id of its diagnosis.
struct FollowUpPlan {
  std::int64_t id = 0;
  std::int64_t patient_id = 0;
  std::optional<std::int64_t> treatment_id;
  std::optional<std::int64_t> diagnosis_id;
  int interval_days = 0;
  std::string next_due_on;  // YYYY-MM-DD
  std::string status;
  std::optional<std::int64_t> created_by;
};

// POST /follow-up-plans. Without next_due_on the plan is due interval_days from today.
struct NewPlan {
  std::optional<std::int64_t> patient_id;
  std::optional<std::int64_t> treatment_id;
  std::optional<std::int64_t> diagnosis_id;
  std::optional<std::int64_t> interval_days;
  std::optional<std::string> next_due_on;
};

// PATCH /follow-up-plans/{id}: the fields given change, the rest stay.
struct PlanPatch {
  std::optional<std::int64_t> interval_days;
  std::optional<std::string> next_due_on;
  std::optional<std::string> status;
};

// GET /follow-up-plans filters.
struct PlanFilter {
  std::optional<std::int64_t> patient_id;
  std::optional<std::string> status;
  PageRequest page;
};

// One row of the secretaries' "Seguimiento": an active plan whose due date has passed
// (or whose patient was alerted) with no live turno booked on or after that date. Only
// what a secretary may see: the patient's name, document and phone, the plan's dates and
// the state of its last SMS; no diagnosis or treatment.
struct WorklistItem {
  std::int64_t plan_id = 0;
  std::int64_t patient_id = 0;
  std::string first_name;
  std::string last_name;
  std::string document_type;
  std::string document_number;
  std::optional<std::string> phone;
  bool sms_consent = false;
  std::string due_on;  // YYYY-MM-DD: the due date waited on (follow_up_pending_due_on)
  int days_overdue = 0;
  int interval_days = 0;
  std::optional<std::int64_t> doctor_id;  // the doctor who made the plan, to book with
  std::optional<std::string> doctor_name;
  std::optional<std::string> last_sms_status;
  std::optional<std::string> last_sms_at;  // RFC 3339, when that message last changed
};

// GET /follow-up-worklist: one clinic's patients or (nullopt) every patient in view.
struct WorklistFilter {
  std::optional<std::int64_t> clinic_id;
  PageRequest page;
};

inline constexpr int kMinIntervalDays = 1;
inline constexpr int kMaxIntervalDays = 365;

// True for active, paused and ended.
bool IsPlanStatus(const std::string& status);


// The field errors of a new plan (patient_id and interval_days required; interval in
// 1..365; next_due_on a date YYYY-MM-DD not before `today`).
std::vector<FieldError> ValidateNewPlan(const NewPlan& plan, const std::string& today);
// The field errors of a patch (the same ranges; status one of IsPlanStatus).
std::vector<FieldError> ValidatePlanPatch(const PlanPatch& patch, const std::string& today);

}  // namespace healthpulse::followup
