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
  void Register(std::int64_t patient_id, std::int64_t clinic_id);
  void Update(std::int64_t id, const PatientFields& fields);

  std::vector<std::int64_t> UserClinics(std::int64_t user_id);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::patients
