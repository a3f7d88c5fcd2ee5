#pragma once

#include <chrono>

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/records/record.h"

namespace healthpulse::records {

// Clinical records with DESIGN.md §5's rules (DecideAccess): a doctor reads and writes
// the records of patients under their care, and of others by emergency access; a patient
// reads their own summary (no private notes); everyone else finds no record (NotFound,
// the same as for a patient that does not exist). Writing is for doctors only
// (Forbidden for other roles). Every read and write is appended to the audit log with
// the patient id in the same transaction, flagged `emergency` under emergency access;
// the details never hold clinical text. Thread-safe (stateless over the pool).
class RecordService {
 public:
  RecordService(db::Database& db, std::chrono::hours emergency_access_duration)
      : db_(db), emergency_access_duration_(emergency_access_duration) {}

  // The current views and one page of the timeline. Audited as record.viewed.
  Result<PatientRecord> Get(const Principal& caller, std::int64_t patient_id, const TimelineRequest& request);

  // Appends an entry. Invalid naming the field: the content (BuildContent), a code not
  // in the catalog or not a diagnosis ("code"), a diagnosis_id that is not a diagnosis of
  // this patient, an appointment that is not the caller's own in_progress consultation
  // with this patient ("appointment_id"), a clinic that is not the caller's
  // ("clinic_id", required when the caller works at several and gives no appointment).
  // Audited as record.<kind>_added. A treatment with follow_up_days also gets its
  // follow-up plan in the same transaction (FollowUpRepository::FollowTreatment),
  // audited as follow_up_plan.created.
  Result<RecordEntry> Add(const Principal& caller, std::int64_t patient_id, const NewEntry& entry);

  // Appends a corrected version of entry `entry_id` (any entry of a record the caller
  // may write; NotFound otherwise) with the same checks as Add. Conflict when that
  // version has been corrected already (the message names the current version).
  // Audited as record.entry_amended. A treatment's plan follows the correction: a
  // changed follow_up_days changes its interval, an end date that has come (or a
  // cleared follow_up_days) ends it (follow_up_plan.updated / .ended).
  Result<RecordEntry> Amend(const Principal& caller, std::int64_t entry_id, const Amendment& amendment);

  // Opens the record of a patient outside the doctor's care for the configured time.
  // Forbidden for roles other than doctor; NotFound for no such patient; Conflict when
  // the patient is under the doctor's care already; Invalid on "reason". Audited (with
  // the emergency flag) as record.emergency_access_granted.
  Result<EmergencyAccess> OpenEmergencyAccess(const Principal& caller, std::int64_t patient_id,
                                              const std::string& reason);
  // The same, for a patient the doctor cannot search for (search shows a doctor only
  // their own patients): found by document type (default DNI) and number, and only once
  // the reason is given. NotFound when no patient has that document.
  Result<EmergencyAccess> OpenEmergencyAccessByDocument(const Principal& caller,
                                                        const std::optional<std::string>& document_type,
                                                        const std::string& document_number, const std::string& reason);

  // Who read or wrote the record (its record.* audit events), newest first: for the
  // patient themself and admins; NotFound for everyone else.
  Result<Page<AccessLogEntry>> AccessLog(const Principal& caller, std::int64_t patient_id, const PageRequest& page);

  // The admins' report of emergency accesses, newest first (Forbidden for others).
  Result<Page<EmergencyAccess>> EmergencyAccesses(const Principal& caller, const EmergencyAccessFilter& filter);

 private:
  Result<EmergencyAccess> OpenEmergencyAccessIn(db::Tx& tx, const Principal& caller, std::int64_t patient_id,
                                                const std::string& reason);

  db::Database& db_;
  const std::chrono::hours emergency_access_duration_;
};

}  // namespace healthpulse::records
