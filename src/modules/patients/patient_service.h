#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/patients/patient.h"

namespace healthpulse::patients {

// The patient registry with DESIGN.md §5's rules: admins read all; secretaries register
// and edit the patients of their clinics; doctors read the patients under their care; a
// patient reads their own record and edits only its contact fields. A patient the caller
// may not see is NotFound. Writes and single-record reads are audited with the patient
// id. Thread-safe (stateless over the pool).
class PatientService {
 public:
  explicit PatientService(db::Database& db) : db_(db) {}

  Result<Page<Patient>> Search(const Principal& caller, std::string_view q, const PageRequest& page);
  Result<Patient> Get(const Principal& caller, std::int64_t id);
  // Secretaries only (Forbidden otherwise). The patient is registered at `clinic_id`,
  // which must be one of the secretary's clinics (default: her only one). Invalid per
  // field ("account.username", ... for the optional login); Conflict on
  // "document_number" when that document is registered.
  Result<Patient> Create(const Principal& caller, NewPatient patient);
  // Secretaries (patients of their clinics) and the patient themself (contact fields
  // only: Invalid naming any other field). Admins and doctors: Forbidden.
  Result<Patient> Update(const Principal& caller, std::int64_t id, PatientFields fields);
  // Secretaries only (Forbidden otherwise): registers the patient with exactly this
  // document and birth date at `link.clinic_id` (one of hers; default her only one) and
  // returns them. NotFound when no patient matches both (the same answer whether the
  // document is unknown or the date wrong, so the registry cannot be probed); Invalid per
  // field. Every attempt, matched or not, is audited.
  Result<Patient> Link(const Principal& caller, PatientLink link);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::patients
