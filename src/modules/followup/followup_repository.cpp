#include "modules/followup/followup_repository.h"

#include <pqxx/pqxx>

#include "core/timestamp.h"
#include "db/field.h"

namespace healthpulse::followup {
namespace {

// Columns of select_follow_up_plan.sql and the lists, by name.
FollowUpPlan PlanFromRow(const pqxx::row& row) {
  FollowUpPlan p;
  p.id = row["id"].as<std::int64_t>();
  p.patient_id = row["patient_id"].as<std::int64_t>();
  p.treatment_id = db::Nullable<std::int64_t>(row["treatment_id"]);
  p.diagnosis_id = db::Nullable<std::int64_t>(row["diagnosis_id"]);
  p.interval_days = row["interval_days"].as<int>();
  p.next_due_on = row["next_due_on"].as<std::string>();
  p.status = row["status"].as<std::string>();
  p.created_by = db::Nullable<std::int64_t>(row["created_by"]);
  return p;
}

std::optional<FollowUpPlan> First(const pqxx::result& rows) {
  if (rows.empty()) return std::nullopt;
  return PlanFromRow(rows[0]);
}

std::optional<int> AsInt(const std::optional<std::int64_t>& value) {
  if (!value) return std::nullopt;
  return static_cast<int>(*value);
}

}  // namespace

std::optional<FollowUpPlan> FollowUpRepository::Find(std::int64_t id) {
  return First(tx_.raw().exec_prepared("select_follow_up_plan", id));
}

std::optional<FollowUpPlan> FollowUpRepository::FindByTreatment(std::int64_t treatment_id) {
  return First(tx_.raw().exec_prepared("select_follow_up_plan_by_treatment", treatment_id));
}

std::vector<FollowUpPlan> FollowUpRepository::List(const PlanFilter& filter, Role role, std::int64_t user_id) {
  return db::MapRows<FollowUpPlan>(
      tx_.raw().exec_prepared("list_follow_up_plans", filter.patient_id, filter.status, std::string(ToString(role)),
                              user_id, filter.page.cursor_id, filter.page.limit),
      PlanFromRow);
}

std::optional<bool> FollowUpRepository::PatientVisible(std::int64_t patient_id, Role role, std::int64_t user_id) {
  auto rows = tx_.raw().exec_prepared("select_follow_up_patient", patient_id, std::string(ToString(role)), user_id);
  if (rows.empty()) return std::nullopt;
  return rows[0]["visible"].as<bool>();
}

std::vector<WorklistItem> FollowUpRepository::Worklist(const WorklistFilter& filter, Role role,
                                                       std::int64_t user_id) {
  auto rows = tx_.raw().exec_prepared("list_follow_up_worklist", std::string(ToString(role)), user_id,
                                      filter.clinic_id, filter.page.cursor_id, filter.page.limit);
  return db::MapRows<WorklistItem>(rows, [](const pqxx::row& row) {
    WorklistItem item;
    item.plan_id = row["plan_id"].as<std::int64_t>();
    item.patient_id = row["patient_id"].as<std::int64_t>();
    item.first_name = row["first_name"].as<std::string>();
    item.last_name = row["last_name"].as<std::string>();
    item.document_type = row["document_type"].as<std::string>();
    item.document_number = row["document_number"].as<std::string>();
    item.phone = db::Nullable<std::string>(row["phone"]);
    item.sms_consent = row["sms_consent"].as<bool>();
    item.due_on = row["due_on"].as<std::string>();
    item.days_overdue = row["days_overdue"].as<int>();
    item.interval_days = row["interval_days"].as<int>();
    item.doctor_id = db::Nullable<std::int64_t>(row["doctor_id"]);
    item.doctor_name = db::Nullable<std::string>(row["doctor_name"]);
    item.last_sms_status = db::Nullable<std::string>(row["last_sms_status"]);
    item.last_sms_at = db::Nullable<std::string>(row["last_sms_at"]);
    return item;
  });
}

std::pair<bool, bool> FollowUpRepository::ClinicOf(std::int64_t clinic_id, std::int64_t user_id) {
  auto row = tx_.raw().exec_prepared1("select_follow_up_worklist_clinic", clinic_id, user_id);
  return {row["found"].as<bool>(), row["works_there"].as<bool>()};
}

std::optional<PlanTreatment> FollowUpRepository::Treatment(std::int64_t entry_id, std::int64_t patient_id) {
  auto rows = tx_.raw().exec_prepared("select_follow_up_treatment", entry_id, patient_id);
  if (rows.empty()) return std::nullopt;
  return PlanTreatment{rows[0]["treatment_id"].as<std::int64_t>(),
                       db::Nullable<std::int64_t>(rows[0]["diagnosis_id"])};
}

std::optional<std::int64_t> FollowUpRepository::DiagnosisOriginal(std::int64_t entry_id, std::int64_t patient_id) {
  auto rows = tx_.raw().exec_prepared("select_follow_up_diagnosis", entry_id, patient_id);
  if (rows.empty()) return std::nullopt;
  return rows[0]["diagnosis_id"].as<std::int64_t>();
}

std::int64_t FollowUpRepository::Insert(const NewPlan& plan, std::int64_t created_by) {
  return tx_.raw()
      .exec_prepared1("insert_follow_up_plan", plan.patient_id, plan.treatment_id, plan.diagnosis_id,
                      AsInt(plan.interval_days), plan.next_due_on, created_by)["id"]
      .as<std::int64_t>();
}

std::int64_t FollowUpRepository::InsertForTreatment(std::int64_t patient_id, const PlanTreatment& treatment,
                                                    int interval_days, const std::string& start_date,
                                                    std::int64_t created_by) {
  return tx_.raw()
      .exec_prepared1("insert_treatment_follow_up_plan", patient_id, treatment.treatment_id, treatment.diagnosis_id,
                      interval_days, start_date, created_by)["id"]
      .as<std::int64_t>();
}

void FollowUpRepository::Update(std::int64_t id, const PlanPatch& patch) {
  tx_.raw().exec_prepared0("update_follow_up_plan", id, AsInt(patch.interval_days), patch.next_due_on, patch.status);
}

std::optional<PlanChange> FollowUpRepository::FollowTreatment(const TreatmentFollowUp& t, std::int64_t user_id) {
  // Same format, so text order is date order.
  bool ended = t.end_date && *t.end_date <= TodayUtc();
  auto plan = FindByTreatment(t.treatment.treatment_id);
  if (!plan) {
    if (!t.follow_up_days || ended) return std::nullopt;
    auto id = InsertForTreatment(t.patient_id, t.treatment, *t.follow_up_days, t.start_date, user_id);
    return PlanChange{id, "created", *t.follow_up_days};
  }
  if (plan->status == "ended") return std::nullopt;
  if (ended || !t.follow_up_days) {
    PlanPatch patch;
    patch.status = "ended";
    Update(plan->id, patch);
    return PlanChange{plan->id, "ended", plan->interval_days};
  }
  if (*t.follow_up_days == plan->interval_days) return std::nullopt;
  PlanPatch patch;
  patch.interval_days = *t.follow_up_days;
  Update(plan->id, patch);
  return PlanChange{plan->id, "updated", *t.follow_up_days};
}

}  // namespace healthpulse::followup
