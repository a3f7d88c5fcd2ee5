#include "modules/records/record_service.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "modules/audit/audit_repository.h"
#include "modules/followup/followup_repository.h"
#include "modules/icd10/icd10_repository.h"
#include "modules/records/record_repository.h"

namespace healthpulse::records {
namespace {

// The audit entry of one read or write of patient `patient_id`'s record. `details` holds
// ids and kinds only, never clinical text or codes.
void Audit(db::Tx& tx, const Principal& caller, const std::string& action, const std::string& object_type,
           std::int64_t object_id, std::int64_t patient_id, bool emergency, const nlohmann::json& details) {
  auto entry = audit::ByActor(caller, action, object_type, object_id);
  entry.patient_id = patient_id;
  entry.emergency = emergency;
  entry.details_json = details.dump();
  audit::AuditRepository(tx).Append(entry);
}

// A record opened by its reader: whose it is and why they may read it.
struct Opened {
  RecordPatient patient;
  RecordAccess access;
  std::optional<std::int64_t> doctor_id;
};

std::optional<Opened> Open(RecordRepository& records, const Principal& caller, std::int64_t patient_id) {
  auto found = records.Access(patient_id, caller.role, caller.user_id);
  if (!found) return std::nullopt;
  auto access = DecideAccess(caller.role, found->second);
  if (access.kind == RecordAccess::Kind::kNone) return std::nullopt;
  return Opened{std::move(found->first), access, found->second.doctor_id};
}

// Where an entry is being written.
struct Place {
  std::int64_t clinic_id = 0;
  std::optional<std::int64_t> appointment_id;
};

// The caller's in_progress consultation with the patient, or one of their clinics.
std::optional<Place> ResolvePlace(RecordRepository& records, const Principal& caller, std::int64_t patient_id,
                                  const WritePlace& place, std::vector<FieldError>& errors) {
  if (place.appointment_id) {
    auto appointment = records.Appointment(*place.appointment_id);
    if (!appointment || appointment->doctor_user_id != caller.user_id || appointment->patient_id != patient_id) {
      errors.push_back({"appointment_id", "is not one of your appointments with this patient"});
      return std::nullopt;
    }
    if (appointment->status != "in_progress") {
      errors.push_back({"appointment_id", "is not in progress (it is " + appointment->status + ")"});
      return std::nullopt;
    }
    if (place.clinic_id && *place.clinic_id != appointment->clinic_id) {
      errors.push_back({"clinic_id", "is not the clinic of the appointment"});
      return std::nullopt;
    }
    return Place{appointment->clinic_id, place.appointment_id};
  }
  auto clinics = records.UserClinics(caller.user_id);
  if (place.clinic_id) {
    if (std::find(clinics.begin(), clinics.end(), *place.clinic_id) == clinics.end()) {
      errors.push_back({"clinic_id", "is not one of your clinics"});
      return std::nullopt;
    }
    return Place{*place.clinic_id, std::nullopt};
  }
  if (clinics.size() == 1) return Place{clinics.front(), std::nullopt};
  errors.push_back({"clinic_id", clinics.empty() ? "you are not assigned to any clinic"
                                                 : "is required: choose the clinic you write from (or give appointment_id)"});
  return std::nullopt;
}

// What only the database can tell about a content: the code is in the catalog and may be
// a diagnosis; the treated diagnosis is this patient's (stored as its original_id).
void CheckContent(db::Tx& tx, RecordRepository& records, std::int64_t patient_id, EntryContent& content,
                  std::vector<FieldError>& errors) {
  if (auto* d = std::get_if<Diagnosis>(&content)) {
    auto code = icd10::Icd10Repository(tx).Find(d->code);
    if (!code) {
      errors.push_back({"code", "is not in the CIE-10 catalog"});
    } else if (!code->selectable) {
      errors.push_back({"code", "is a chapter or block of the catalog: choose a category or subcategory"});
    }
  } else if (auto* t = std::get_if<Treatment>(&content); t && t->diagnosis_id) {
    auto original = records.DiagnosisOriginal(*t->diagnosis_id, patient_id);
    if (!original) errors.push_back({"diagnosis_id", "is not a diagnosis of this patient"});
    else t->diagnosis_id = original;
  }
}

// Appends the errors of a failed BuildContent (none when it succeeded).
void Collect(const Result<EntryContent>& content, std::vector<FieldError>& errors) {
  if (!content) errors.insert(errors.end(), content.error().fields.begin(), content.error().fields.end());
}

nlohmann::json PlaceDetails(const Place& place, EntryKind kind) {
  nlohmann::json details = {{"kind", ToString(kind)}, {"clinic_id", place.clinic_id}};
  if (place.appointment_id) details["appointment_id"] = *place.appointment_id;
  return details;
}

// A treatment's follow-up plan follows the entry just written (FollowTreatment), audited
// with ids and the interval only.
void FollowTreatment(db::Tx& tx, const Principal& caller, std::int64_t patient_id, std::int64_t original_id,
                     const EntryContent& content, bool emergency) {
  const auto* t = std::get_if<Treatment>(&content);
  if (!t) return;
  followup::TreatmentFollowUp follow{patient_id, {original_id, t->diagnosis_id}, t->follow_up_days, t->start_date,
                                     t->end_date};
  auto change = followup::FollowUpRepository(tx).FollowTreatment(follow, caller.user_id);
  if (!change) return;
  Audit(tx, caller, "follow_up_plan." + change->action, "follow_up_plan", change->plan_id, patient_id, emergency,
        {{"treatment_id", original_id}, {"interval_days", change->interval_days}, {"source", "treatment"}});
}

}  // namespace

Result<PatientRecord> RecordService::Get(const Principal& caller, std::int64_t patient_id,
                                         const TimelineRequest& request) {
  return db::TransactValue<PatientRecord>(db_, [&](db::Tx& tx) -> Result<PatientRecord> {
    RecordRepository records(tx);
    auto opened = Open(records, caller, patient_id);
    if (!opened) return Fail(Error::NotFound("No such patient"));
    PatientRecord record;
    record.patient = std::move(opened->patient);
    record.access = opened->access;
    record.problems = records.Problems(patient_id);
    record.treatments = records.ActiveTreatments(patient_id);
    record.allergies = records.Allergies(patient_id);
    // The patient's own summary leaves out private notes.
    bool include_private = opened->access.kind != RecordAccess::Kind::kOwn;
    record.timeline = MakePage(records.Timeline(patient_id, request, include_private), request.page.limit,
                               [](const RecordEntry& e) { return e.id; });
    nlohmann::json details = {{"access", ToString(opened->access.kind)},
                              {"timeline_entries", record.timeline.items.size()}};
    if (opened->access.emergency_access_id) details["emergency_access_id"] = *opened->access.emergency_access_id;
    Audit(tx, caller, "record.viewed", "patient", patient_id, patient_id, opened->access.emergency(), details);
    return record;
  });
}

Result<RecordEntry> RecordService::Add(const Principal& caller, std::int64_t patient_id, const NewEntry& entry) {
  if (!Allows(caller.role, Capability::kWriteClinicalRecords)) return Fail(Error::Forbidden());
  return db::TransactValue<RecordEntry>(db_, [&](db::Tx& tx) -> Result<RecordEntry> {
    RecordRepository records(tx);
    auto opened = Open(records, caller, patient_id);
    if (!opened || !opened->access.may_write()) return Fail(Error::NotFound("No such patient"));
    std::vector<FieldError> errors;
    auto content = BuildContent(entry.kind, entry.fields, nullptr);
    Collect(content, errors);
    auto place = ResolvePlace(records, caller, patient_id, entry.place, errors);
    if (content) CheckContent(tx, records, patient_id, *content, errors);
    if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
    EntryOrigin origin{patient_id, caller.user_id, opened->doctor_id, place->clinic_id, place->appointment_id,
                       std::nullopt, std::nullopt};
    auto id = records.Insert(origin, *content);
    Audit(tx, caller, "record." + std::string(ToString(entry.kind)) + "_added", "record_entry", id, patient_id,
          opened->access.emergency(), PlaceDetails(*place, entry.kind));
    auto written = records.Find(id).value();
    FollowTreatment(tx, caller, patient_id, written.original_id, written.content, opened->access.emergency());
    return written;
  });
}

Result<RecordEntry> RecordService::Amend(const Principal& caller, std::int64_t entry_id, const Amendment& amendment) {
  if (!Allows(caller.role, Capability::kWriteClinicalRecords)) return Fail(Error::Forbidden());
  return db::TransactValue<RecordEntry>(db_, [&](db::Tx& tx) -> Result<RecordEntry> {
    RecordRepository records(tx);
    auto amended = records.Find(entry_id);
    std::optional<Opened> opened;
    if (amended) opened = Open(records, caller, amended->patient_id);
    if (!opened || !opened->access.may_write()) return Fail(Error::NotFound("No such record entry"));
    if (amended->superseded_by) {
      return Fail(Error::Conflict("Entry " + std::to_string(entry_id) + " was corrected already: amend its current " +
                                  "version (entry " + std::to_string(*amended->superseded_by) + " or later)"));
    }
    auto kind = KindOf(amended->content);
    auto errors = ValidateReason(amendment.reason);
    if (amendment.fields.GivenNames().empty()) {
      errors.push_back({"body", "send the corrected fields of the " + std::string(ToString(kind))});
    }
    auto content = BuildContent(kind, amendment.fields, &amended->content);
    Collect(content, errors);
    auto place = ResolvePlace(records, caller, amended->patient_id, amendment.place, errors);
    if (content) CheckContent(tx, records, amended->patient_id, *content, errors);
    if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
    EntryOrigin origin{amended->patient_id, caller.user_id,       opened->doctor_id, place->clinic_id,
                       place->appointment_id, amended->id, amendment.reason};
    auto id = records.Insert(origin, *content);
    auto details = PlaceDetails(*place, kind);
    details["amends_id"] = amended->id;
    details["original_id"] = amended->original_id;
    details["fields"] = amendment.fields.GivenNames();
    Audit(tx, caller, "record.entry_amended", "record_entry", id, amended->patient_id, opened->access.emergency(),
          details);
    auto written = records.Find(id).value();
    FollowTreatment(tx, caller, amended->patient_id, written.original_id, written.content, opened->access.emergency());
    return written;
  });
}

Result<EmergencyAccess> RecordService::OpenEmergencyAccess(const Principal& caller, std::int64_t patient_id,
                                                           const std::string& reason) {
  if (!Allows(caller.role, Capability::kOpenEmergencyAccess)) return Fail(Error::Forbidden());
  if (auto errors = ValidateReason(reason); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<EmergencyAccess>(db_, [&](db::Tx& tx) -> Result<EmergencyAccess> {
    return OpenEmergencyAccessIn(tx, caller, patient_id, reason);
  });
}

Result<EmergencyAccess> RecordService::OpenEmergencyAccessByDocument(const Principal& caller,
                                                                     const std::optional<std::string>& document_type,
                                                                     const std::string& document_number,
                                                                     const std::string& reason) {
  if (!Allows(caller.role, Capability::kOpenEmergencyAccess)) return Fail(Error::Forbidden());
  if (auto errors = ValidateReason(reason); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<EmergencyAccess>(db_, [&](db::Tx& tx) -> Result<EmergencyAccess> {
    auto patient_id = RecordRepository(tx).PatientIdByDocument(document_type, document_number);
    if (!patient_id) return Fail(Error::NotFound("No patient with that document"));
    return OpenEmergencyAccessIn(tx, caller, *patient_id, reason);
  });
}

Result<EmergencyAccess> RecordService::OpenEmergencyAccessIn(db::Tx& tx, const Principal& caller,
                                                             std::int64_t patient_id, const std::string& reason) {
  RecordRepository records(tx);
  auto found = records.Access(patient_id, caller.role, caller.user_id);
  if (!found) return Fail(Error::NotFound("No such patient"));
  const auto& facts = found->second;
  if (!facts.doctor_id) return Fail(Error::Forbidden("Only users with a doctor profile open records"));
  if (facts.has_care) {
    return Fail(Error::Conflict("The patient is under your care: open the record without emergency access"));
  }
  auto hours = static_cast<int>(emergency_access_duration_.count());
  auto id = records.InsertEmergencyAccess(patient_id, caller.user_id, *facts.doctor_id, reason, hours);
  // The reason stays in emergency_accesses (the admins' report); it may be clinical.
  Audit(tx, caller, "record.emergency_access_granted", "emergency_access", id, patient_id, true, {{"hours", hours}});
  return records.FindEmergencyAccess(id).value();
}

Result<Page<AccessLogEntry>> RecordService::AccessLog(const Principal& caller, std::int64_t patient_id,
                                                      const PageRequest& page) {
  return db::TransactValue<Page<AccessLogEntry>>(db_, [&](db::Tx& tx) -> Result<Page<AccessLogEntry>> {
    RecordRepository records(tx);
    auto found = records.Access(patient_id, caller.role, caller.user_id);
    bool allowed = found && (caller.role == Role::kAdmin || found->second.is_own);
    if (!allowed) return Fail(Error::NotFound("No such patient"));
    return MakePage(records.AccessLog(patient_id, page), page.limit, [](const AccessLogEntry& e) { return e.id; });
  });
}

Result<Page<EmergencyAccess>> RecordService::EmergencyAccesses(const Principal& caller,
                                                               const EmergencyAccessFilter& filter) {
  if (!Allows(caller.role, Capability::kReadAuditLog)) return Fail(Error::Forbidden());
  return db::TransactValue<Page<EmergencyAccess>>(db_, [&](db::Tx& tx) -> Result<Page<EmergencyAccess>> {
    return MakePage(RecordRepository(tx).EmergencyAccesses(filter), filter.page.limit,
                    [](const EmergencyAccess& a) { return a.id; });
  });
}

}  // namespace healthpulse::records
