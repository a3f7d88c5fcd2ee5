#include "modules/followup/followup_handlers.h"

#include "core/timestamp.h"
#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::followup {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;

nlohmann::json PlanJson(const FollowUpPlan& p) {
  return {{"id", p.id},
          {"patient_id", p.patient_id},
          {"treatment_id", OrNull(p.treatment_id)},
          {"diagnosis_id", OrNull(p.diagnosis_id)},
          {"interval_days", p.interval_days},
          {"next_due_on", p.next_due_on},
          {"status", p.status},
          {"created_by", OrNull(p.created_by)}};
}

Response Answer(int status, const Result<FollowUpPlan>& result) {
  return result ? http::JsonResponse(status, PlanJson(*result)) : http::ProblemResponse(result.error());
}

Response ListPlans(FollowUpService& service, RouteContext& ctx) {
  PlanFilter filter;
  std::vector<FieldError> errors;
  auto page = http::ParsePageRequest(ctx.request);
  if (page) filter.page = *page;
  else errors.insert(errors.end(), page.error().fields.begin(), page.error().fields.end());
  auto patient_id = http::QueryInteger(ctx.request, "patient_id");
  if (patient_id) filter.patient_id = *patient_id;
  else errors.insert(errors.end(), patient_id.error().fields.begin(), patient_id.error().fields.end());
  filter.status = ctx.request.Query("status");
  if (filter.status && !IsPlanStatus(*filter.status)) errors.push_back({"status", "must be active, paused or ended"});
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  auto list = service.List(ctx.caller(), filter);
  return list ? http::JsonResponse(200, http::PageJson(*list, PlanJson)) : http::ProblemResponse(list.error());
}

Response CreatePlan(FollowUpService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewPlan plan;
  plan.patient_id = fields.Integer("patient_id", true);
  plan.treatment_id = fields.Integer("treatment_id");
  plan.diagnosis_id = fields.Integer("diagnosis_id");
  plan.interval_days = fields.Integer("interval_days", true);
  plan.next_due_on = fields.String("next_due_on", false, Line(10));
  fields.Merge(ValidateNewPlan(plan, TodayUtc()));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(201, service.Create(ctx.caller(), plan));
}

Response PatchPlan(FollowUpService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  PlanPatch patch;
  patch.interval_days = fields.Integer("interval_days");
  patch.next_due_on = fields.String("next_due_on", false, Line(10));
  patch.status = fields.String("status", false, Line(20));
  fields.RequireChange();
  fields.Merge(ValidatePlanPatch(patch, TodayUtc()));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return Answer(200, service.Update(ctx.caller(), *id, patch));
}

nlohmann::json WorklistJson(const WorklistItem& w) {
  return {{"plan_id", w.plan_id},
          {"patient_id", w.patient_id},
          {"first_name", w.first_name},
          {"last_name", w.last_name},
          {"document_type", w.document_type},
          {"document_number", w.document_number},
          {"phone", OrNull(w.phone)},
          {"sms_consent", w.sms_consent},
          {"due_on", w.due_on},
          {"days_overdue", w.days_overdue},
          {"interval_days", w.interval_days},
          {"doctor_id", OrNull(w.doctor_id)},
          {"doctor_name", OrNull(w.doctor_name)},
          {"last_sms_status", OrNull(w.last_sms_status)},
          {"last_sms_at", OrNull(w.last_sms_at)}};
}

Response ListWorklist(FollowUpService& service, RouteContext& ctx) {
  WorklistFilter filter;
  std::vector<FieldError> errors;
  auto page = http::ParsePageRequest(ctx.request);
  if (page) filter.page = *page;
  else errors.insert(errors.end(), page.error().fields.begin(), page.error().fields.end());
  auto clinic_id = http::QueryId(ctx.request, "clinic_id");
  if (clinic_id) filter.clinic_id = *clinic_id;
  else errors.insert(errors.end(), clinic_id.error().fields.begin(), clinic_id.error().fields.end());
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  auto list = service.Worklist(ctx.caller(), filter);
  return list ? http::JsonResponse(200, http::PageJson(*list, WorklistJson)) : http::ProblemResponse(list.error());
}

}  // namespace

void RegisterFollowUpRoutes(http::Router& router, FollowUpService& s) {
  // Reading: which plans each role sees is decided per patient in the service (404 for
  // a patient the caller may not see); writing is the doctors' (403 for other roles).
  router.Add("GET", "/api/v1/follow-up-plans", Access::SignedIn(),
             [&s](RouteContext& ctx) { return ListPlans(s, ctx); });
  const auto manage = Access::Require(Capability::kManageFollowUpPlans);
  router.Add("POST", "/api/v1/follow-up-plans", manage, [&s](RouteContext& ctx) { return CreatePlan(s, ctx); });
  router.Add("PATCH", "/api/v1/follow-up-plans/{id}", manage, [&s](RouteContext& ctx) { return PatchPlan(s, ctx); });
  // The secretaries' "Seguimiento" (admins too); doctors and patients 403.
  router.Add("GET", "/api/v1/follow-up-worklist", Access::Require(Capability::kReadSmsFigures),
             [&s](RouteContext& ctx) { return ListWorklist(s, ctx); });
}

}  // namespace healthpulse::followup
