#include "modules/records/record_repository.h"

#include <limits>

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::records {
namespace {

// Columns of the record_entry_details queries (select_record_entry.sql and the lists).
RecordEntry EntryFromRow(const pqxx::row& row) {
  RecordEntry e;
  e.id = row["id"].as<std::int64_t>();
  e.patient_id = row["patient_id"].as<std::int64_t>();
  auto kind = ParseEntryKind(row["kind"].as<std::string>());
  e.original_id = row["original_id"].as<std::int64_t>();
  e.amends_id = db::Nullable<std::int64_t>(row["amends_id"]);
  e.amendment_reason = db::Nullable<std::string>(row["amendment_reason"]);
  e.superseded_by = db::Nullable<std::int64_t>(row["superseded_by"]);
  e.author_user_id = row["author_user_id"].as<std::int64_t>();
  e.author_name = row["author_name"].as<std::string>();
  e.doctor_id = db::Nullable<std::int64_t>(row["doctor_id"]);
  e.clinic_id = row["clinic_id"].as<std::int64_t>();
  e.clinic_name = row["clinic_name"].as<std::string>();
  e.appointment_id = db::Nullable<std::int64_t>(row["appointment_id"]);
  e.created_at = row["created_at"].as<std::string>();
  switch (kind.value()) {
    case EntryKind::kDiagnosis:
      e.content =
          Diagnosis{row["code"].as<std::string>(), row["code_description"].as<std::string>(""),
                    db::Nullable<std::string>(row["text"]), row["chronic"].as<bool>(), row["status"].as<std::string>()};
      break;
    case EntryKind::kTreatment:
      e.content =
          Treatment{row["description"].as<std::string>(),        db::Nullable<std::string>(row["dose"]),
                    db::Nullable<std::string>(row["frequency"]), row["start_date"].as<std::string>(),
                    db::Nullable<std::string>(row["end_date"]),  db::Nullable<std::int64_t>(row["diagnosis_id"]),
                    db::Nullable<int>(row["follow_up_days"])};
      break;
    case EntryKind::kNote:
      e.content = Note{row["text"].as<std::string>(), row["private"].as<bool>()};
      break;
    case EntryKind::kAllergy:
      e.content = Allergy{row["substance"].as<std::string>(), db::Nullable<std::string>(row["reaction"]),
                          row["severity"].as<std::string>()};
      break;
  }
  return e;
}

std::vector<RecordEntry> Entries(const pqxx::result& rows) { return db::MapRows<RecordEntry>(rows, EntryFromRow); }

// Columns of select_emergency_access.sql and list_emergency_accesses.sql.
EmergencyAccess EmergencyAccessFromRow(const pqxx::row& row) {
  return {
      row["id"].as<std::int64_t>(),      row["patient_id"].as<std::int64_t>(), row["patient_name"].as<std::string>(),
      row["user_id"].as<std::int64_t>(), row["doctor_id"].as<std::int64_t>(),  row["doctor_name"].as<std::string>(),
      row["reason"].as<std::string>(),   row["granted_at"].as<std::string>(),  row["expires_at"].as<std::string>(),
      row["active"].as<bool>(),          row["event_count"].as<std::int64_t>()};
}

}  // namespace

std::optional<std::pair<RecordPatient, AccessFacts>> RecordRepository::Access(std::int64_t patient_id, Role role,
                                                                              std::int64_t user_id) {
  auto rows = tx_.raw().exec_prepared("select_record_access", patient_id, std::string(ToString(role)), user_id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  RecordPatient patient{row["id"].as<std::int64_t>(),
                        row["first_name"].as<std::string>(),
                        row["last_name"].as<std::string>(),
                        row["document_type"].as<std::string>(),
                        row["document_number"].as<std::string>(),
                        db::Nullable<std::string>(row["birth_date"]),
                        db::Nullable<std::string>(row["sex"])};
  AccessFacts facts{true,
                    row["has_care"].as<bool>(),
                    db::Nullable<std::int64_t>(row["emergency_access_id"]),
                    db::Nullable<std::string>(row["emergency_expires_at"]),
                    row["is_own"].as<bool>(),
                    db::Nullable<std::int64_t>(row["doctor_id"])};
  return std::pair{std::move(patient), std::move(facts)};
}

std::optional<RecordEntry> RecordRepository::Find(std::int64_t entry_id) {
  auto rows = tx_.raw().exec_prepared("select_record_entry", entry_id);
  if (rows.empty()) return std::nullopt;
  return EntryFromRow(rows[0]);
}

std::vector<RecordEntry> RecordRepository::Problems(std::int64_t patient_id) {
  return Entries(tx_.raw().exec_prepared("list_record_problems", patient_id));
}

std::vector<RecordEntry> RecordRepository::ActiveTreatments(std::int64_t patient_id) {
  return Entries(tx_.raw().exec_prepared("list_record_treatments", patient_id));
}

std::vector<RecordEntry> RecordRepository::Allergies(std::int64_t patient_id) {
  return Entries(tx_.raw().exec_prepared("list_record_allergies", patient_id));
}

std::vector<RecordEntry> RecordRepository::Timeline(std::int64_t patient_id, const TimelineRequest& request,
                                                    bool include_private) {
  constexpr auto kTop = std::numeric_limits<std::int64_t>::max();
  std::int64_t after_original = kTop, after_id = kTop;
  if (request.page.cursor_id) {
    auto position = tx_.raw().exec_prepared("select_timeline_position", *request.page.cursor_id, patient_id);
    if (position.empty()) return {};
    after_original = position[0]["original_id"].as<std::int64_t>();
    after_id = position[0]["id"].as<std::int64_t>();
  }
  std::optional<std::string> kind;
  if (request.kind) kind = std::string(ToString(*request.kind));
  return Entries(tx_.raw().exec_prepared("list_record_timeline", patient_id, after_original, after_id,
                                         request.page.limit + 1, kind, include_private));
}

std::int64_t RecordRepository::Insert(const EntryOrigin& o, const EntryContent& content) {
  // One row holds every kind's columns; those of other kinds stay NULL.
  std::optional<std::string> code, status, text, description, dose, frequency, start_date, end_date, substance,
      reaction, severity;
  std::optional<bool> chronic, is_private;
  std::optional<std::int64_t> diagnosis_id;
  std::optional<int> follow_up_days;
  if (const auto* d = std::get_if<Diagnosis>(&content)) {
    code = d->code;
    chronic = d->chronic;
    status = d->status;
    text = d->text;
  } else if (const auto* t = std::get_if<Treatment>(&content)) {
    description = t->description;
    dose = t->dose;
    frequency = t->frequency;
    start_date = t->start_date;
    end_date = t->end_date;
    diagnosis_id = t->diagnosis_id;
    follow_up_days = t->follow_up_days;
  } else if (const auto* n = std::get_if<Note>(&content)) {
    text = n->text;
    is_private = n->is_private;
  } else if (const auto* a = std::get_if<Allergy>(&content)) {
    substance = a->substance;
    reaction = a->reaction;
    severity = a->severity;
  }
  return tx_.raw()
      .exec_prepared1("insert_record_entry", o.patient_id, std::string(ToString(KindOf(content))), o.author_user_id,
                      o.doctor_id, o.clinic_id, o.amends_id, o.amendment_reason, o.appointment_id, code, chronic,
                      status, text, description, dose, frequency, start_date, end_date, diagnosis_id, follow_up_days,
                      is_private, substance, reaction, severity)["id"]
      .as<std::int64_t>();
}

std::optional<std::int64_t> RecordRepository::DiagnosisOriginal(std::int64_t entry_id, std::int64_t patient_id) {
  auto rows = tx_.raw().exec_prepared("select_diagnosis_original", entry_id, patient_id);
  if (rows.empty()) return std::nullopt;
  return rows[0]["original_id"].as<std::int64_t>();
}

std::optional<WriteAppointment> RecordRepository::Appointment(std::int64_t appointment_id) {
  auto rows = tx_.raw().exec_prepared("select_write_appointment", appointment_id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return WriteAppointment{row["patient_id"].as<std::int64_t>(), row["doctor_user_id"].as<std::int64_t>(),
                          row["status"].as<std::string>(), row["clinic_id"].as<std::int64_t>()};
}

std::vector<std::int64_t> RecordRepository::UserClinics(std::int64_t user_id) {
  return db::MapRows<std::int64_t>(tx_.raw().exec_prepared("select_author_clinic_ids", user_id),
                                   [](const pqxx::row& row) { return row["clinic_id"].as<std::int64_t>(); });
}

std::optional<std::int64_t> RecordRepository::PatientIdByDocument(const std::optional<std::string>& type,
                                                                  const std::string& number) {
  auto rows = tx_.raw().exec_prepared("select_patient_by_document", type, number);
  if (rows.empty()) return std::nullopt;
  return rows[0]["id"].as<std::int64_t>();
}

std::int64_t RecordRepository::InsertEmergencyAccess(std::int64_t patient_id, std::int64_t user_id,
                                                     std::int64_t doctor_id, const std::string& reason, int hours) {
  return tx_.raw()
      .exec_prepared1("insert_emergency_access", patient_id, user_id, doctor_id, reason, hours)["id"]
      .as<std::int64_t>();
}

std::optional<EmergencyAccess> RecordRepository::FindEmergencyAccess(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_emergency_access", id);
  if (rows.empty()) return std::nullopt;
  return EmergencyAccessFromRow(rows[0]);
}

std::vector<EmergencyAccess> RecordRepository::EmergencyAccesses(const EmergencyAccessFilter& f) {
  return db::MapRows<EmergencyAccess>(
      tx_.raw().exec_prepared("list_emergency_accesses", f.page.cursor_id.value_or(0), f.page.limit + 1, f.from, f.to),
      EmergencyAccessFromRow);
}

std::vector<AccessLogEntry> RecordRepository::AccessLog(std::int64_t patient_id, const PageRequest& page) {
  auto before = page.cursor_id.value_or(std::numeric_limits<std::int64_t>::max());
  return db::MapRows<AccessLogEntry>(
      tx_.raw().exec_prepared("list_record_access_log", patient_id, before, page.limit + 1), [](const pqxx::row& row) {
        return AccessLogEntry{row["id"].as<std::int64_t>(),
                              row["occurred_at"].as<std::string>(),
                              db::Nullable<std::int64_t>(row["actor_user_id"]),
                              row["name"].as<std::string>(),
                              db::Nullable<std::string>(row["role"]),
                              row["action"].as<std::string>(),
                              row["emergency"].as<bool>()};
      });
}

}  // namespace healthpulse::records
