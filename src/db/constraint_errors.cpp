#include "db/constraint_errors.h"

#include <string>
#include <unordered_map>

namespace healthpulse::db {

Error ConstraintError(std::string_view constraint_name) {
  struct Meaning {
    Error::Kind kind;
    const char* field;
    const char* message;
  };
  using K = Error::Kind;
  static const std::unordered_map<std::string_view, Meaning> kMeanings = {
      {"users_username_key", {K::kConflict, "username", "That username is already taken"}},
      {"clinics_name_key", {K::kConflict, "name", "A clinic with that name exists already"}},
      {"floors_number_key", {K::kConflict, "number", "The clinic has a floor with that number already"}},
      {"rooms_code_key", {K::kConflict, "code", "The clinic has a room with that code already"}},
      {"nomenclators_name_version_key", {K::kConflict, "name", "That nomenclator and version exist already"}},
      {"practices_code_key", {K::kConflict, "code", "The nomenclator has a practice with that code already"}},
      {"doctors_license_key", {K::kConflict, "license_number", "Another doctor has that license number"}},
      {"doctor_schedule_no_overlap", {K::kInvalid, "blocks", "Two blocks of the schedule overlap"}},
      {"patients_document_key", {K::kConflict, "document_number", "A patient with that document is registered already"}},
      {"appointments_doctor_no_overlap", {K::kConflict, "doctor_id", "The doctor is already booked then"}},
      {"appointments_room_no_overlap", {K::kConflict, "room_id", "The room is already booked then"}},
      {"appointments_patient_no_overlap", {K::kConflict, "patient_id", "The patient already has a turno then"}},
      {"user_clinics_clinic_id_fkey", {K::kInvalid, "clinic_ids", "names a clinic that does not exist"}},
      {"practice_clinics_clinic_id_fkey", {K::kInvalid, "clinic_ids", "names a clinic that does not exist"}},
      {"doctor_schedule_blocks_clinic_id_fkey", {K::kInvalid, "blocks", "names a clinic that does not exist"}},
      {"patient_clinics_clinic_id_fkey", {K::kInvalid, "clinic_id", "names a clinic that does not exist"}},
      {"practices_nomenclator_id_fkey", {K::kInvalid, "nomenclator_id", "names a nomenclator that does not exist"}},
      // Two corrections of one version at once: the second must amend the first.
      {"record_entries_amends_key", {K::kConflict, "", "The entry was corrected meanwhile: amend its current version"}},
      {"record_entries_code_fkey", {K::kInvalid, "code", "is not in the CIE-10 catalog"}},
      // A plan made by hand for a treatment while an amendment made its plan.
      {"follow_up_plans_treatment_key", {K::kConflict, "treatment_id", "The treatment has a follow-up plan already"}},
  };
  auto it = kMeanings.find(constraint_name);
  if (it == kMeanings.end()) return Error::Conflict("The change conflicts with existing data");
  const auto& m = it->second;
  if (m.kind == K::kInvalid) return Error::Invalid(m.field, m.message);
  return Error::Conflict(m.message, m.field);
}

std::string_view ConstraintNameFromMessage(std::string_view message) {
  constexpr std::string_view kMarker = "constraint \"";
  auto start = message.find(kMarker);
  if (start == std::string_view::npos) return {};
  start += kMarker.size();
  auto end = message.find('"', start);
  if (end == std::string_view::npos) return {};
  return message.substr(start, end - start);
}

}  // namespace healthpulse::db
