#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "db/database.h"
#include "modules/records/record.h"

namespace healthpulse::records {

// An appointment as seen by an entry written during it.
struct WriteAppointment {
  std::int64_t patient_id = 0;
  std::int64_t doctor_user_id = 0;
  std::string status;
  std::int64_t clinic_id = 0;
};

// Who writes an entry, where, and what it corrects (if anything).
struct EntryOrigin {
  std::int64_t patient_id = 0;
  std::int64_t author_user_id = 0;
  std::optional<std::int64_t> doctor_id;
  std::int64_t clinic_id = 0;
  std::optional<std::int64_t> appointment_id;
  std::optional<std::int64_t> amends_id;
  std::optional<std::string> amendment_reason;
};

// Record entries and emergency accesses within one transaction. Both tables are
// append-only (the database refuses UPDATE and DELETE), so there is no update here. A
// second amendment of one version raises record_entries_amends_key.
class RecordRepository {
 public:
  explicit RecordRepository(db::Tx& tx) : tx_(tx) {}

  // The patient and the facts of DecideAccess; nullopt when no such patient.
  std::optional<std::pair<RecordPatient, AccessFacts>> Access(std::int64_t patient_id, Role role,
                                                              std::int64_t user_id);

  std::optional<RecordEntry> Find(std::int64_t entry_id);
  // The current views (private notes have no current view).
  std::vector<RecordEntry> Problems(std::int64_t patient_id);
  std::vector<RecordEntry> ActiveTreatments(std::int64_t patient_id);
  std::vector<RecordEntry> Allergies(std::int64_t patient_id);
  // limit + 1 rows after the cursor entry (see MakePage); empty when the cursor is not
  // an entry of this patient. Without `include_private`, the patient's own view.
  std::vector<RecordEntry> Timeline(std::int64_t patient_id, const TimelineRequest& request, bool include_private);

  std::int64_t Insert(const EntryOrigin& origin, const EntryContent& content);
  // The original_id of a diagnosis (any version's id) of the patient.
  std::optional<std::int64_t> DiagnosisOriginal(std::int64_t entry_id, std::int64_t patient_id);
  std::optional<WriteAppointment> Appointment(std::int64_t appointment_id);
  std::vector<std::int64_t> UserClinics(std::int64_t user_id);

  std::optional<std::int64_t> PatientIdByDocument(const std::optional<std::string>& type, const std::string& number);
  std::int64_t InsertEmergencyAccess(std::int64_t patient_id, std::int64_t user_id, std::int64_t doctor_id,
                                     const std::string& reason, int hours);
  std::optional<EmergencyAccess> FindEmergencyAccess(std::int64_t id);
  std::vector<EmergencyAccess> EmergencyAccesses(const EmergencyAccessFilter& filter);  // limit + 1 rows
  std::vector<AccessLogEntry> AccessLog(std::int64_t patient_id, const PageRequest& page);  // limit + 1 rows

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::records
