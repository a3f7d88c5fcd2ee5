#include "modules/sms/sms_handlers.h"

#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::sms {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;

nlohmann::json MessageJson(const SmsMessage& m) {
  return {{"id", m.id},
          {"patient_id", OrNull(m.patient_id)},
          {"clinic_id", OrNull(m.clinic_id)},
          {"appointment_id", OrNull(m.appointment_id)},
          {"plan_id", OrNull(m.plan_id)},
          {"kind", m.kind},
          {"to", m.to},
          {"body", m.body},
          {"status", m.status},
          {"provider_sid", OrNull(m.provider_sid)},
          {"error_code", OrNull(m.error_code)},
          {"attempts", m.attempts},
          {"due_at", m.due_at},
          {"sent_at", OrNull(m.sent_at)},
          {"updated_at", m.updated_at}};
}

void Collect(std::vector<FieldError>& errors, const Error& e) {
  errors.insert(errors.end(), e.fields.begin(), e.fields.end());
}

Response ListMessages(SmsService& service, RouteContext& ctx) {
  SmsFilter filter;
  std::vector<FieldError> errors;
  auto page = http::ParsePageRequest(ctx.request);
  if (page) filter.page = *page;
  else Collect(errors, page.error());
  auto patient_id = http::QueryInteger(ctx.request, "patient_id");
  if (patient_id) filter.patient_id = *patient_id;
  else Collect(errors, patient_id.error());
  auto clinic_id = http::QueryInteger(ctx.request, "clinic_id");
  if (clinic_id) filter.clinic_id = *clinic_id;
  else Collect(errors, clinic_id.error());
  filter.status = ctx.request.Query("status");
  if (filter.status && !IsSmsStatus(*filter.status)) errors.push_back({"status", "is not a message status"});
  filter.kind = ctx.request.Query("kind");
  if (filter.kind && !IsSmsKind(*filter.kind)) {
    errors.push_back({"kind", "must be follow_up, appointment_reminder or reply"});
  }
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  auto list = service.List(ctx.caller(), filter);
  return list ? http::JsonResponse(200, http::PageJson(*list, MessageJson)) : http::ProblemResponse(list.error());
}

}  // namespace

void RegisterSmsRoutes(http::Router& router, SmsService& s) {
  // Who sees which messages is decided per patient in the service (patient_visible_to).
  router.Add("GET", "/api/v1/sms", Access::SignedIn(), [&s](RouteContext& ctx) { return ListMessages(s, ctx); });
}

}  // namespace healthpulse::sms
