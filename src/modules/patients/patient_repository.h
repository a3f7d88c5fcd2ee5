#pragma once

#include <optional>
#include <vector>

#include "core/principal.h"
#include "db/database.h"
#include "modules/patients/patient.h"

namespace healthpulse::patients {

// The patient registry within one transaction. Every read is filtered by who may see
// the patient (patient_visible_to in SQL), so a patient the caller may not see is
// indistinguishable from one that does not exist.
class PatientRepository {
 public:
  explicit PatientRepository(db::Tx& tx) : tx_(tx) {}

  std::optional<Patient> FindVisible(std::int64_t id, const Principal& caller);
  // limit + 1 rows (see MakePage).
  std::vector<Patient> Search(const PatientQuery& query, const PageRequest& page, const Principal& caller);
  // Fields must be validated. A taken document raises patients_document_key.
  std::int64_t Insert(const PatientFields& fields, std::optional<std::int64_t> user_id);
  // Registers the patient at the clinic; a no-op when already registered there.
  void Register(std::int64_t patient_id, std::int64_t clinic_id);
  // The patient with exactly this (normalized) document and birth date, whoever may see them.
  std::optional<std::int64_t> FindForLink(const std::string& document_type, const std::string& document_number,
                                          const std::string& birth_date);
  void Update(std::int64_t id, const PatientFields& fields);

  std::vector<std::int64_t> UserClinics(std::int64_t user_id);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::patients
