#include "modules/patients/patient_repository.h"

#include <pqxx/pqxx>

#include "core/text.h"
#include "db/field.h"

namespace healthpulse::patients {
namespace {

// Columns of select_patient.sql.
Patient FromRow(const pqxx::row& row) {
  Patient p;
  p.id = row["id"].as<std::int64_t>();
  p.first_name = row["first_name"].as<std::string>();
  p.last_name = row["last_name"].as<std::string>();
  p.document_type = row["document_type"].as<std::string>();
  p.document_number = row["document_number"].as<std::string>();
  p.birth_date = db::Nullable<std::string>(row["birth_date"]);
  p.sex = db::Nullable<std::string>(row["sex"]);
  p.phone = db::Nullable<std::string>(row["phone"]);
  p.email = db::Nullable<std::string>(row["email"]);
  p.address = db::Nullable<std::string>(row["address"]);
  p.insurer = db::Nullable<std::string>(row["insurer"]);
  p.insurer_member_number = db::Nullable<std::string>(row["insurer_member_number"]);
  p.sms_consent = row["sms_consent"].as<bool>();
  p.user_id = db::Nullable<std::int64_t>(row["user_id"]);
  p.created_at = row["created_at"].as<std::string>();
  p.clinic_ids = db::IdList(row["clinic_ids"]);
  return p;
}

std::string RoleText(const Principal& caller) { return std::string(ToString(caller.role)); }

// The value of a clearable field, and whether it is being set.
std::optional<std::string> Value(const std::optional<std::optional<std::string>>& field) {
  return field.value_or(std::nullopt);
}

}  // namespace

std::optional<Patient> PatientRepository::FindVisible(std::int64_t id, const Principal& caller) {
  auto rows = tx_.raw().exec_prepared("select_patient", id, RoleText(caller), caller.user_id);
  if (rows.empty()) return std::nullopt;
  return FromRow(rows[0]);
}

std::vector<Patient> PatientRepository::Search(const PatientQuery& q, const PageRequest& page,
                                               const Principal& caller) {
  auto after = page.cursor_id.value_or(0);
  auto limit = page.limit + 1;
  pqxx::result rows;
  switch (q.kind) {
    case PatientQuery::Kind::kAll:
      rows = tx_.raw().exec_prepared("list_patients", after, limit, RoleText(caller), caller.user_id);
      break;
    case PatientQuery::Kind::kDocument:
      rows = tx_.raw().exec_prepared("search_patients_by_document", after, limit, RoleText(caller), caller.user_id,
                                     q.document_prefix);
      break;
    case PatientQuery::Kind::kName:
      rows = tx_.raw().exec_prepared("search_patients_by_name", after, limit, RoleText(caller), caller.user_id,
                                     EscapeLike(q.longest_word), EscapeLike(q.words));
      break;
  }
  return db::MapRows<Patient>(rows, FromRow);
}

std::int64_t PatientRepository::Insert(const PatientFields& f, std::optional<std::int64_t> user_id) {
  return tx_.raw()
      .exec_prepared1("insert_patient", *f.first_name, *f.last_name, f.document_type.value_or("DNI"),
                      *f.document_number, Value(f.birth_date), Value(f.sex), Value(f.phone), Value(f.email),
                      Value(f.address), Value(f.insurer), Value(f.insurer_member_number), f.sms_consent.value_or(false),
                      user_id)["id"]
      .as<std::int64_t>();
}

void PatientRepository::Register(std::int64_t patient_id, std::int64_t clinic_id) {
  tx_.raw().exec_prepared0("insert_patient_clinic", patient_id, clinic_id);
}

std::optional<std::int64_t> PatientRepository::FindForLink(const std::string& document_type,
                                                           const std::string& document_number,
                                                           const std::string& birth_date) {
  auto rows = tx_.raw().exec_prepared("select_patient_for_link", document_type, document_number, birth_date);
  if (rows.empty()) return std::nullopt;
  return rows[0]["id"].as<std::int64_t>();
}

void PatientRepository::Update(std::int64_t id, const PatientFields& f) {
  tx_.raw().exec_prepared1("update_patient", id, f.first_name, f.last_name, f.document_type, f.document_number,
                           Value(f.birth_date), f.birth_date.has_value(), Value(f.sex), f.sex.has_value(),
                           Value(f.phone), f.phone.has_value(), Value(f.email), f.email.has_value(),
                           Value(f.address), f.address.has_value(), Value(f.insurer), f.insurer.has_value(),
                           Value(f.insurer_member_number), f.insurer_member_number.has_value(), f.sms_consent);
}

std::vector<std::int64_t> PatientRepository::UserClinics(std::int64_t user_id) {
  return db::MapRows<std::int64_t>(tx_.raw().exec_prepared("select_user_clinic_ids", user_id),
                                   [](const pqxx::row& row) { return row["clinic_id"].as<std::int64_t>(); });
}

}  // namespace healthpulse::patients
