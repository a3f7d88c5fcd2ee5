#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/followup/follow_up_plan.h"

namespace healthpulse::followup {

// Follow-up plans with DESIGN.md §5's rules, over patient_visible_to (the one rule): an
// admin reads all plans, a secretary those of her clinics' patients, a patient their
// own; a doctor reads and manages the plans of patients under their care. A plan of a
// patient the caller may not see is NotFound (as one that does not exist); writing is
// for doctors only (Forbidden for other roles). Every create and change is appended to
// the audit log in the same transaction with ids and the fields changed, never
// clinical text. Thread-safe (stateless over the pool).
class FollowUpService {
 public:
  explicit FollowUpService(db::Database& db) : db_(db) {}

  // One page of the plans the caller may see, newest first. NotFound ("patient_id")
  // when filtering by a patient the caller may not see; Invalid on "status".
  Result<Page<FollowUpPlan>> List(const Principal& caller, const PlanFilter& filter);

  // Creates an active plan. Invalid naming the field (ValidateNewPlan; a treatment_id
  // that is not a treatment of the patient, a diagnosis_id that is not a diagnosis of
  // the patient); NotFound for a patient the caller may not see; Conflict when the
  // treatment has a plan already. Without diagnosis_id, the treatment's diagnosis.
  // Audited as follow_up_plan.created.
  Result<FollowUpPlan> Create(const Principal& caller, const NewPlan& plan);

  // Changes the interval, next due date or status (pause: paused, resume: active, end:
  // ended). Invalid (ValidatePlanPatch; "body" when nothing is given); NotFound for a
  // plan the caller may not see; Conflict when the plan has ended (ended is final).
  // Audited as follow_up_plan.updated with the names of the fields changed.
  Result<FollowUpPlan> Update(const Principal& caller, std::int64_t plan_id, const PlanPatch& patch);

  // One page of the secretaries' worklist (see WorklistItem), most overdue first: admins
  // every patient or one clinic's; secretaries the patients of their clinics or of the one
  // asked for. NotFound naming clinic_id for a clinic that does not exist or is not the
  // secretary's; Forbidden for doctors and patients. Audited as a read of patient data
  // (follow_up_worklist.read with the clinic and the patient ids listed).
  Result<Page<WorklistItem>> Worklist(const Principal& caller, const WorklistFilter& filter);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::followup
