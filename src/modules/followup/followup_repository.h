#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "core/role.h"
#include "db/database.h"
#include "modules/followup/follow_up_plan.h"

namespace healthpulse::followup {

// A treatment as a follow-up plan sees it: its original id and current diagnosis.
struct PlanTreatment {
  std::int64_t treatment_id = 0;
  std::optional<std::int64_t> diagnosis_id;
};

// A treatment entry just written (added or amended), as its plan follows it.
struct TreatmentFollowUp {
  std::int64_t patient_id = 0;
  PlanTreatment treatment;
  std::optional<int> follow_up_days;
  std::string start_date;
  std::optional<std::string> end_date;
};

// What following a treatment did to its plan: `action` is created, updated (the
// interval) or ended.
struct PlanChange {
  std::int64_t plan_id = 0;
  std::string action;
  int interval_days = 0;
};

// follow_up_plans within one transaction. Visibility is patient_visible_to's (the one
// rule of DESIGN.md §5); the service decides what each role may do with it.
class FollowUpRepository {
 public:
  explicit FollowUpRepository(db::Tx& tx) : tx_(tx) {}

  std::optional<FollowUpPlan> Find(std::int64_t id);
  std::optional<FollowUpPlan> FindByTreatment(std::int64_t treatment_id);
  // limit + 1 plans visible to (role, user), newest first (see MakePage).
  std::vector<FollowUpPlan> List(const PlanFilter& filter, Role role, std::int64_t user_id);
  // nullopt when no such patient; otherwise whether (role, user) may see them.
  std::optional<bool> PatientVisible(std::int64_t patient_id, Role role, std::int64_t user_id);
  // limit + 1 rows of the worklist in view of (role, user), most overdue first, after the
  // cursor's plan (see MakePage). "Today" is the clinic's local day (UTC without one).
  std::vector<WorklistItem> Worklist(const WorklistFilter& filter, Role role, std::int64_t user_id);
  // Whether clinic `clinic_id` exists, and whether `user_id` works there.
  std::pair<bool, bool> ClinicOf(std::int64_t clinic_id, std::int64_t user_id);
  // The treatment `entry_id` (any version) of the patient, or nullopt.
  std::optional<PlanTreatment> Treatment(std::int64_t entry_id, std::int64_t patient_id);
  // The original id of diagnosis `entry_id` (any version) of the patient, or nullopt.
  std::optional<std::int64_t> DiagnosisOriginal(std::int64_t entry_id, std::int64_t patient_id);

  // Inserts an active plan; next_due_on defaults to today + interval. Raises
  // follow_up_plans_treatment_key when the treatment has a plan already.
  std::int64_t Insert(const NewPlan& plan, std::int64_t created_by);
  // The plan of a treatment just written: due interval days after max(start, today).
  std::int64_t InsertForTreatment(std::int64_t patient_id, const PlanTreatment& treatment, int interval_days,
                                  const std::string& start_date, std::int64_t created_by);
  void Update(std::int64_t id, const PlanPatch& patch);

  // Keeps the plan of a treatment in step with the entry just written, in the entry's
  // transaction: a treatment with follow_up_days and no plan gets one (unless it has
  // ended); one whose end date has come (on or before today, UTC) or whose interval was
  // cleared ends its plan; a changed interval changes the plan's. An ended plan stays
  // ended. nullopt when nothing changed.
  std::optional<PlanChange> FollowTreatment(const TreatmentFollowUp& t, std::int64_t user_id);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::followup
