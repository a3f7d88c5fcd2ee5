#include "modules/patients/patient_handlers.h"

#include "http/json_io.h"
#include "http/problem.h"

namespace healthpulse::patients {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;
using healthpulse::FreeText;
using healthpulse::Line;

nlohmann::json ToJson(const Patient& p) {
  return {{"id", p.id},
          {"first_name", p.first_name},
          {"last_name", p.last_name},
          {"document_type", p.document_type},
          {"document_number", p.document_number},
          {"birth_date", OrNull(p.birth_date)},
          {"sex", OrNull(p.sex)},
          {"phone", OrNull(p.phone)},
          {"email", OrNull(p.email)},
          {"address", OrNull(p.address)},
          {"insurer", OrNull(p.insurer)},
          {"insurer_member_number", OrNull(p.insurer_member_number)},
          {"sms_consent", p.sms_consent},
          {"user_id", OrNull(p.user_id)},
          {"clinic_ids", p.clinic_ids},
          {"created_at", p.created_at}};
}

Response PatientResponse(int status, const Result<Patient>& patient) {
  return patient ? http::JsonResponse(status, ToJson(*patient)) : http::ProblemResponse(patient.error());
}

PatientFields ReadFields(http::FieldReader& fields) {
  PatientFields f;
  f.first_name = fields.String("first_name", false, Line(kMaxNameLength));
  f.last_name = fields.String("last_name", false, Line(kMaxNameLength));
  f.document_type = fields.String("document_type", false, Line(20));
  f.document_number = fields.String("document_number", false, Line(kMaxDocumentNumberLength));
  f.birth_date = fields.Clearable("birth_date", Line(10));
  f.sex = fields.Clearable("sex", Line(1));
  f.phone = fields.Clearable("phone", Line(32));
  f.email = fields.Clearable("email", Line(254));
  f.address = fields.Clearable("address", FreeText(kMaxAddressLength));
  f.insurer = fields.Clearable("insurer", Line(kMaxInsurerLength));
  f.insurer_member_number = fields.Clearable("insurer_member_number", Line(kMaxMemberNumberLength));
  f.sms_consent = fields.Bool("sms_consent");
  return f;
}

Response CreatePatient(PatientService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewPatient patient;
  patient.fields = ReadFields(fields);
  patient.clinic_id = fields.Integer("clinic_id");
  if (body->contains("account") && !(*body)["account"].is_null()) {
    const auto& account = (*body)["account"];
    if (!account.is_object()) {
      fields.Reject("account", "must be an object {username, password}");
    } else {
      http::FieldReader account_fields(account);
      PatientAccount a;
      a.username = account_fields.String("username", false, Line(40)).value_or("");
      a.password = account_fields.String("password", false, Line(1024)).value_or("");
      patient.account = a;
      // Named as the service names them: account.username, account.password.
      if (auto ok = account_fields.Finish(); !ok) {
        for (const auto& e : ok.error().fields) fields.Reject("account." + e.field, e.message);
      }
    }
  }
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return PatientResponse(201, service.Create(ctx.caller(), std::move(patient)));
}

Response PatchPatient(PatientService& service, RouteContext& ctx) {
  auto id = ctx.IdParam("id");
  if (!id) return http::ProblemResponse(id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto patch = ReadFields(fields);
  for (const char* name : {"clinic_id", "account", "id", "user_id"}) {
    if (fields.Has(name)) fields.Reject(name, "cannot be changed here");
  }
  fields.RequireChange();
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return PatientResponse(200, service.Update(ctx.caller(), *id, std::move(patch)));
}

Response LinkPatient(PatientService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  PatientLink link;
  link.document_type = fields.String("document_type", false, Line(20)).value_or("DNI");
  link.document_number = fields.String("document_number", true, Line(kMaxDocumentNumberLength)).value_or("");
  link.birth_date = fields.String("birth_date", true, Line(10)).value_or("");
  link.clinic_id = fields.Integer("clinic_id");
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  return PatientResponse(200, service.Link(ctx.caller(), std::move(link)));
}

}  // namespace

void RegisterPatientRoutes(http::Router& router, PatientService& s) {
  // Who sees which patient is decided per record in the service (DESIGN.md §5).
  const auto signed_in = Access::SignedIn();
  router.Add("GET", "/api/v1/patients", signed_in, [&s](RouteContext& ctx) {
    auto page = http::ParsePageRequest(ctx.request);
    if (!page) return http::ProblemResponse(page.error());
    auto result = s.Search(ctx.caller(), ctx.request.Query("q").value_or(""), *page);
    if (!result) return http::ProblemResponse(result.error());
    return http::JsonResponse(200, http::PageJson(*result, [](const Patient& p) { return ToJson(p); }));
  });
  router.Add("POST", "/api/v1/patients", Access::Require(Capability::kManagePatients),
             [&s](RouteContext& ctx) { return CreatePatient(s, ctx); });
  router.Add("GET", "/api/v1/patients/{id}", signed_in, [&s](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? PatientResponse(200, s.Get(ctx.caller(), *id)) : http::ProblemResponse(id.error());
  });
  router.Add("PATCH", "/api/v1/patients/{id}", signed_in, [&s](RouteContext& ctx) { return PatchPatient(s, ctx); });
  router.Add("POST", "/api/v1/patient-links", Access::Require(Capability::kManagePatients),
             [&s](RouteContext& ctx) { return LinkPatient(s, ctx); });
}

}  // namespace healthpulse::patients
