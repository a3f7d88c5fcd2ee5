#include "modules/followup/followup_service.h"

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "core/timestamp.h"
#include "modules/audit/audit_repository.h"
#include "modules/followup/followup_repository.h"

namespace healthpulse::followup {
namespace {

// The audit entry of a plan's creation or change: ids and field names only.
void Audit(db::Tx& tx, const Principal& caller, const std::string& action, const FollowUpPlan& plan,
           const nlohmann::json& details) {
  auto entry = audit::ByActor(caller, action, "follow_up_plan", plan.id);
  entry.patient_id = plan.patient_id;
  entry.details_json = details.dump();
  audit::AuditRepository(tx).Append(entry);
}

}  // namespace

Result<Page<FollowUpPlan>> FollowUpService::List(const Principal& caller, const PlanFilter& filter) {
  if (filter.status && !IsPlanStatus(*filter.status)) {
    return Fail(Error::Invalid("status", "must be active, paused or ended"));
  }
  return db::TransactValue<Page<FollowUpPlan>>(db_, [&](db::Tx& tx) -> Result<Page<FollowUpPlan>> {
    FollowUpRepository plans(tx);
    if (filter.patient_id && !plans.PatientVisible(*filter.patient_id, caller.role, caller.user_id).value_or(false)) {
      return Fail(Error::NotFound("No such patient", "patient_id"));
    }
    return MakePage(plans.List(filter, caller.role, caller.user_id), filter.page.limit,
                    [](const FollowUpPlan& p) { return p.id; });
  });
}

Result<FollowUpPlan> FollowUpService::Create(const Principal& caller, const NewPlan& plan) {
  if (!Allows(caller.role, Capability::kManageFollowUpPlans)) return Fail(Error::Forbidden());
  if (auto errors = ValidateNewPlan(plan, TodayUtc()); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<FollowUpPlan>(db_, [&](db::Tx& tx) -> Result<FollowUpPlan> {
    FollowUpRepository plans(tx);
    if (!plans.PatientVisible(*plan.patient_id, caller.role, caller.user_id).value_or(false)) {
      return Fail(Error::NotFound("No such patient", "patient_id"));
    }
    NewPlan stored = plan;
    std::vector<FieldError> errors;
    if (plan.treatment_id) {
      auto treatment = plans.Treatment(*plan.treatment_id, *plan.patient_id);
      if (!treatment) {
        errors.push_back({"treatment_id", "is not a treatment of this patient"});
      } else {
        stored.treatment_id = treatment->treatment_id;
        if (!plan.diagnosis_id) stored.diagnosis_id = treatment->diagnosis_id;
      }
    }
    if (plan.diagnosis_id) {
      auto diagnosis = plans.DiagnosisOriginal(*plan.diagnosis_id, *plan.patient_id);
      if (!diagnosis) errors.push_back({"diagnosis_id", "is not a diagnosis of this patient"});
      else stored.diagnosis_id = diagnosis;
    }
    if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
    if (stored.treatment_id && plans.FindByTreatment(*stored.treatment_id)) {
      return Fail(Error::Conflict("The treatment has a follow-up plan already", "treatment_id"));
    }
    auto created = plans.Find(plans.Insert(stored, caller.user_id)).value();
    nlohmann::json details = {{"interval_days", created.interval_days}, {"source", "api"}};
    if (created.treatment_id) details["treatment_id"] = *created.treatment_id;
    Audit(tx, caller, "follow_up_plan.created", created, details);
    return created;
  });
}

Result<FollowUpPlan> FollowUpService::Update(const Principal& caller, std::int64_t plan_id, const PlanPatch& patch) {
  if (!Allows(caller.role, Capability::kManageFollowUpPlans)) return Fail(Error::Forbidden());
  std::vector<std::string> fields;
  if (patch.interval_days) fields.push_back("interval_days");
  if (patch.next_due_on) fields.push_back("next_due_on");
  if (patch.status) fields.push_back("status");
  if (fields.empty()) return Fail(Error::Invalid("body", "send at least one field to change"));
  if (auto errors = ValidatePlanPatch(patch, TodayUtc()); !errors.empty()) {
    return Fail(Error::Invalid(std::move(errors)));
  }
  return db::TransactValue<FollowUpPlan>(db_, [&](db::Tx& tx) -> Result<FollowUpPlan> {
    FollowUpRepository plans(tx);
    auto plan = plans.Find(plan_id);
    if (!plan || !plans.PatientVisible(plan->patient_id, caller.role, caller.user_id).value_or(false)) {
      return Fail(Error::NotFound("No such follow-up plan"));
    }
    if (plan->status == "ended") return Fail(Error::Conflict("The follow-up plan has ended: it can no longer change"));
    plans.Update(plan_id, patch);
    auto updated = plans.Find(plan_id).value();
    nlohmann::json details = {{"fields", fields}, {"status", updated.status}};
    Audit(tx, caller, "follow_up_plan.updated", updated, details);
    return updated;
  });
}

Result<Page<WorklistItem>> FollowUpService::Worklist(const Principal& caller, const WorklistFilter& filter) {
  if (!Allows(caller.role, Capability::kReadSmsFigures)) return Fail(Error::Forbidden());
  return db::TransactValue<Page<WorklistItem>>(db_, [&](db::Tx& tx) -> Result<Page<WorklistItem>> {
    FollowUpRepository plans(tx);
    if (filter.clinic_id) {
      auto [found, works_there] = plans.ClinicOf(*filter.clinic_id, caller.user_id);
      if (!found || (caller.role != Role::kAdmin && !works_there)) {
        return Fail(Error::NotFound("No such clinic", "clinic_id"));
      }
    }
    auto page = MakePage(plans.Worklist(filter, caller.role, caller.user_id), filter.page.limit,
                         [](const WorklistItem& item) { return item.plan_id; });
    auto patient_ids = nlohmann::json::array();
    for (const auto& item : page.items) patient_ids.push_back(item.patient_id);
    auto entry = audit::ByActor(caller, "follow_up_worklist.read", filter.clinic_id ? "clinic" : "follow_up_worklist",
                                filter.clinic_id);
    entry.details_json =
        nlohmann::json{{"clinic_id", filter.clinic_id ? nlohmann::json(*filter.clinic_id) : nlohmann::json(nullptr)},
                       {"patient_ids", patient_ids}}
            .dump();
    audit::AuditRepository(tx).Append(entry);
    return page;
  });
}

}  // namespace healthpulse::followup
