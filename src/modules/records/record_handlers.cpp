#include "modules/records/record_handlers.h"

#include "core/timestamp.h"
#include "http/json_io.h"
#include "http/problem.h"
#include "modules/icd10/icd10.h"

namespace healthpulse::records {
namespace {

using http::Access;
using http::OrNull;
using http::Response;
using http::RouteContext;
using healthpulse::FreeText;
using healthpulse::Line;
using healthpulse::TextRule;

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

nlohmann::json EntryJson(const RecordEntry& e) {
  nlohmann::json j = {{"id", e.id},
                      {"kind", ToString(KindOf(e.content))},
                      {"patient_id", e.patient_id},
                      {"original_id", e.original_id},
                      {"amends_id", OrNull(e.amends_id)},
                      {"amendment_reason", OrNull(e.amendment_reason)},
                      {"superseded", e.superseded_by.has_value()},
                      {"superseded_by", OrNull(e.superseded_by)},
                      {"author_user_id", e.author_user_id},
                      {"author_name", e.author_name},
                      {"doctor_id", OrNull(e.doctor_id)},
                      {"clinic_id", e.clinic_id},
                      {"clinic_name", e.clinic_name},
                      {"appointment_id", OrNull(e.appointment_id)},
                      {"created_at", e.created_at}};
  std::visit(Overloaded{
                 [&](const Diagnosis& d) {
                   j["code"] = icd10::FormatCode(d.code);
                   j["code_description"] = d.code_description;
                   j["text"] = OrNull(d.text);
                   j["chronic"] = d.chronic;
                   j["status"] = d.status;
                 },
                 [&](const Treatment& t) {
                   j["description"] = t.description;
                   j["dose"] = OrNull(t.dose);
                   j["frequency"] = OrNull(t.frequency);
                   j["start_date"] = t.start_date;
                   j["end_date"] = OrNull(t.end_date);
                   j["diagnosis_id"] = OrNull(t.diagnosis_id);
                   j["follow_up_days"] = OrNull(t.follow_up_days);
                 },
                 [&](const Note& n) {
                   j["text"] = n.text;
                   j["private"] = n.is_private;
                 },
                 [&](const Allergy& a) {
                   j["substance"] = a.substance;
                   j["reaction"] = OrNull(a.reaction);
                   j["severity"] = a.severity;
                 },
             },
             e.content);
  return j;
}

nlohmann::json EntriesJson(const std::vector<RecordEntry>& entries) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : entries) items.push_back(EntryJson(e));
  return items;
}

nlohmann::json RecordJson(const PatientRecord& r) {
  const auto& p = r.patient;
  return {{"patient",
           {{"id", p.id},
            {"first_name", p.first_name},
            {"last_name", p.last_name},
            {"document_type", p.document_type},
            {"document_number", p.document_number},
            {"birth_date", OrNull(p.birth_date)},
            {"sex", OrNull(p.sex)}}},
          {"access",
           {{"kind", ToString(r.access.kind)},
            {"emergency_access_id", OrNull(r.access.emergency_access_id)},
            {"expires_at", OrNull(r.access.expires_at)}}},
          {"problems", EntriesJson(r.problems)},
          {"treatments", EntriesJson(r.treatments)},
          {"allergies", EntriesJson(r.allergies)},
          {"timeline", http::PageJson(r.timeline, EntryJson)}};
}

nlohmann::json EmergencyAccessJson(const EmergencyAccess& a) {
  return {{"id", a.id},
          {"patient_id", a.patient_id},
          {"patient_name", a.patient_name},
          {"user_id", a.user_id},
          {"doctor_id", a.doctor_id},
          {"doctor_name", a.doctor_name},
          {"reason", a.reason},
          {"granted_at", a.granted_at},
          {"expires_at", a.expires_at},
          {"active", a.active},
          {"event_count", a.event_count}};
}

nlohmann::json AccessLogJson(const AccessLogEntry& e) {
  return {{"id", e.id},
          {"occurred_at", e.occurred_at},
          {"user_id", OrNull(e.user_id)},
          {"name", e.name},
          {"role", OrNull(e.role)},
          {"action", e.action},
          {"emergency", e.emergency}};
}

// A whole number that may be cleared: absent → nullopt; null → a present nullopt.
std::optional<std::optional<std::int64_t>> ClearableInteger(http::FieldReader& fields, const std::string& name) {
  if (!fields.Has(name)) return std::nullopt;
  if (fields.IsNull(name)) return std::optional<std::int64_t>{};
  auto value = fields.Integer(name);
  if (!value) return std::nullopt;  // rejected by Integer
  return std::optional<std::int64_t>{*value};
}

// A text that may be cleared; unlike FieldReader::Clearable, "" stays "" so that
// required texts are reported as blank rather than absent.
std::optional<std::optional<std::string>> ClearableText(http::FieldReader& fields, const std::string& name,
                                                        TextRule rule) {
  if (!fields.Has(name)) return std::nullopt;
  if (fields.IsNull(name)) return std::optional<std::string>{};
  auto value = fields.String(name, false, rule);
  if (!value) return std::nullopt;
  return std::optional<std::string>{*value};
}

EntryFields ReadEntryFields(http::FieldReader& fields) {
  EntryFields f;
  // The widest limit of each field over the kinds that have it (a note's text, 10000);
  // BuildContent narrows it per kind (a diagnosis' text, 2000).
  f.code = fields.String("code", false, Line(20));
  f.text = ClearableText(fields, "text", FreeText(10000));
  f.chronic = fields.Bool("chronic");
  f.status = fields.String("status", false, Line(20));
  f.description = fields.String("description", false, FreeText(500));
  f.dose = ClearableText(fields, "dose", Line(100));
  f.frequency = ClearableText(fields, "frequency", Line(100));
  f.start_date = fields.String("start_date", false, Line(10));
  f.end_date = ClearableText(fields, "end_date", Line(10));
  f.diagnosis_id = ClearableInteger(fields, "diagnosis_id");
  f.follow_up_days = ClearableInteger(fields, "follow_up_days");
  f.is_private = fields.Bool("private");
  f.substance = fields.String("substance", false, Line(200));
  f.reaction = ClearableText(fields, "reaction", FreeText(500));
  f.severity = fields.String("severity", false, Line(20));
  return f;
}

WritePlace ReadPlace(http::FieldReader& fields) {
  return {fields.Integer("appointment_id"), fields.Integer("clinic_id")};
}

Response AddEntry(RecordService& service, RouteContext& ctx, EntryKind kind) {
  auto patient_id = ctx.IdParam("id");
  if (!patient_id) return http::ProblemResponse(patient_id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  NewEntry entry{kind, ReadEntryFields(fields), ReadPlace(fields)};
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  auto added = service.Add(ctx.caller(), *patient_id, entry);
  return added ? http::JsonResponse(201, EntryJson(*added)) : http::ProblemResponse(added.error());
}

Response AmendEntry(RecordService& service, RouteContext& ctx) {
  auto entry_id = ctx.IdParam("id");
  if (!entry_id) return http::ProblemResponse(entry_id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  Amendment amendment;
  amendment.reason = fields.String("reason", true, FreeText(500)).value_or("");
  amendment.fields = ReadEntryFields(fields);
  amendment.place = ReadPlace(fields);
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  auto amended = service.Amend(ctx.caller(), *entry_id, amendment);
  return amended ? http::JsonResponse(201, EntryJson(*amended)) : http::ProblemResponse(amended.error());
}

Response GetRecord(RecordService& service, RouteContext& ctx) {
  auto patient_id = ctx.IdParam("id");
  if (!patient_id) return http::ProblemResponse(patient_id.error());
  auto page = http::ParsePageRequest(ctx.request);
  if (!page) return http::ProblemResponse(page.error());
  TimelineRequest request{*page, std::nullopt};
  if (auto kind = ctx.request.Query("kind")) {
    request.kind = ParseEntryKind(*kind);
    if (!request.kind) {
      return http::ProblemResponse(Error::Invalid("kind", "must be diagnosis, treatment, note or allergy"));
    }
  }
  auto record = service.Get(ctx.caller(), *patient_id, request);
  return record ? http::JsonResponse(200, RecordJson(*record)) : http::ProblemResponse(record.error());
}

Response OpenEmergencyAccess(RecordService& service, RouteContext& ctx) {
  auto patient_id = ctx.IdParam("id");
  if (!patient_id) return http::ProblemResponse(patient_id.error());
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto reason = fields.String("reason", true, FreeText(500));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  auto access = service.OpenEmergencyAccess(ctx.caller(), *patient_id, *reason);
  return access ? http::JsonResponse(201, EmergencyAccessJson(*access)) : http::ProblemResponse(access.error());
}

Response OpenEmergencyAccessByDocument(RecordService& service, RouteContext& ctx) {
  auto body = http::ParseJsonObject(ctx.request);
  if (!body) return http::ProblemResponse(body.error());
  http::FieldReader fields(*body);
  auto document_type = fields.String("document_type", false, Line(20));
  auto document_number = fields.String("document_number", true, Line(20));
  auto reason = fields.String("reason", true, FreeText(500));
  if (auto ok = fields.Finish(); !ok) return http::ProblemResponse(ok.error());
  auto access = service.OpenEmergencyAccessByDocument(ctx.caller(), document_type, *document_number, *reason);
  return access ? http::JsonResponse(201, EmergencyAccessJson(*access)) : http::ProblemResponse(access.error());
}

Response AccessLog(RecordService& service, RouteContext& ctx) {
  auto patient_id = ctx.IdParam("id");
  if (!patient_id) return http::ProblemResponse(patient_id.error());
  auto page = http::ParsePageRequest(ctx.request);
  if (!page) return http::ProblemResponse(page.error());
  auto log = service.AccessLog(ctx.caller(), *patient_id, *page);
  return log ? http::JsonResponse(200, http::PageJson(*log, AccessLogJson)) : http::ProblemResponse(log.error());
}

Response ListEmergencyAccesses(RecordService& service, RouteContext& ctx) {
  EmergencyAccessFilter filter;
  std::vector<FieldError> errors;
  auto page = http::ParsePageRequest(ctx.request);
  if (page) filter.page = *page;
  else errors.insert(errors.end(), page.error().fields.begin(), page.error().fields.end());
  for (auto [name, target] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
    auto text = ctx.request.Query(name);
    if (text && !IsRfc3339(*text)) errors.push_back({name, "must be an RFC 3339 timestamp with offset"});
    *target = text;
  }
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  auto list = service.EmergencyAccesses(ctx.caller(), filter);
  return list ? http::JsonResponse(200, http::PageJson(*list, EmergencyAccessJson)) : http::ProblemResponse(list.error());
}

}  // namespace

void RegisterRecordRoutes(http::Router& router, RecordService& s) {
  // Reading: who may see which record is decided per patient in the service, and anyone
  // who may not gets 404 whatever their role (DESIGN.md §5).
  router.Add("GET", "/api/v1/patients/{id}/record", Access::SignedIn(),
             [&s](RouteContext& ctx) { return GetRecord(s, ctx); });
  const auto write = Access::Require(Capability::kWriteClinicalRecords);
  for (auto [path, kind] : {std::pair{"diagnoses", EntryKind::kDiagnosis}, std::pair{"treatments", EntryKind::kTreatment},
                            std::pair{"notes", EntryKind::kNote}, std::pair{"allergies", EntryKind::kAllergy}}) {
    router.Add("POST", std::string("/api/v1/patients/{id}/") + path, write,
               [&s, kind](RouteContext& ctx) { return AddEntry(s, ctx, kind); });
  }
  router.Add("POST", "/api/v1/records/entries/{id}/amendments", write,
             [&s](RouteContext& ctx) { return AmendEntry(s, ctx); });
  router.Add("POST", "/api/v1/patients/{id}/emergency-access", Access::Require(Capability::kOpenEmergencyAccess),
             [&s](RouteContext& ctx) { return OpenEmergencyAccess(s, ctx); });
  router.Add("GET", "/api/v1/patients/{id}/access-log", Access::SignedIn(),
             [&s](RouteContext& ctx) { return AccessLog(s, ctx); });
  router.Add("GET", "/api/v1/emergency-accesses", Access::Require(Capability::kReadAuditLog),
             [&s](RouteContext& ctx) { return ListEmergencyAccesses(s, ctx); });
  router.Add("POST", "/api/v1/emergency-accesses", Access::Require(Capability::kOpenEmergencyAccess),
             [&s](RouteContext& ctx) { return OpenEmergencyAccessByDocument(s, ctx); });
}

}  // namespace healthpulse::records
