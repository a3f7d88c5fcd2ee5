#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"
#include "core/role.h"

namespace healthpulse::records {

// The kinds of record entry (DESIGN.md §6); the API and database spelling is ToString's.
enum class EntryKind { kDiagnosis, kTreatment, kNote, kAllergy };
std::string_view ToString(EntryKind kind);
std::optional<EntryKind> ParseEntryKind(std::string_view text);

// The clinical content of one version of an entry, by kind.
struct Diagnosis {
  std::string code;              // CIE-10 without the dot ("E119")
  std::string code_description;  // the catalog's title (read only)
  std::optional<std::string> text;
  bool chronic = false;
  std::string status = "active";  // active, resolved
};
struct Treatment {
  std::string description;
  std::optional<std::string> dose;
  std::optional<std::string> frequency;
  std::string start_date;  // YYYY-MM-DD
  std::optional<std::string> end_date;
  std::optional<std::int64_t> diagnosis_id;  // the diagnosis's original_id
  std::optional<int> follow_up_days;
};
struct Note {
  std::string text;
  bool is_private = false;
};
struct Allergy {
  std::string substance;
  std::optional<std::string> reaction;
  std::string severity = "unknown";  // mild, moderate, severe, unknown
};
using EntryContent = std::variant<Diagnosis, Treatment, Note, Allergy>;

EntryKind KindOf(const EntryContent& content);

// One stored version of an entry.
struct RecordEntry {
  std::int64_t id = 0;
  std::int64_t patient_id = 0;
  std::int64_t original_id = 0;
  std::optional<std::int64_t> amends_id;
  std::optional<std::string> amendment_reason;
  std::optional<std::int64_t> superseded_by;
  std::int64_t author_user_id = 0;
  std::string author_name;
  std::optional<std::int64_t> doctor_id;
  std::int64_t clinic_id = 0;
  std::string clinic_name;
  std::optional<std::int64_t> appointment_id;
  std::string created_at;  // RFC 3339
  EntryContent content;
};

// The fields a client sends to write or correct an entry, one per JSON name; absent
// fields are nullopt, and for clearable ones a present nullopt means "clear it". Which
// fields belong to which kind is FieldsOfKind's.
struct EntryFields {
  std::optional<std::string> code;
  std::optional<std::optional<std::string>> text;
  std::optional<bool> chronic;
  std::optional<std::string> status;
  std::optional<std::string> description;
  std::optional<std::optional<std::string>> dose;
  std::optional<std::optional<std::string>> frequency;
  std::optional<std::string> start_date;
  std::optional<std::optional<std::string>> end_date;
  std::optional<std::optional<std::int64_t>> diagnosis_id;
  std::optional<std::optional<std::int64_t>> follow_up_days;
  std::optional<bool> is_private;  // JSON "private"
  std::optional<std::string> substance;
  std::optional<std::optional<std::string>> reaction;
  std::optional<std::string> severity;

  // JSON names of the fields given, in declaration order.
  std::vector<std::string> GivenNames() const;
};

// The JSON names of the content fields of `kind`.
const std::vector<std::string>& FieldsOfKind(EntryKind kind);

// Builds the content of a new entry of `kind` (base == nullptr) or of a correction of
// `*base` (fields not given keep base's values), then validates it: required fields,
// lengths, enums, dates YYYY-MM-DD with end >= start, the code's shape (the catalog is
// the service's to check). Fields of another kind are errors naming them. The code is
// normalized ("e11.9" → "E119"). Errors are named by JSON field.
Result<EntryContent> BuildContent(EntryKind kind, const EntryFields& fields, const EntryContent* base);

// Where an entry is written: during the caller's consultation, or at one of their clinics.
struct WritePlace {
  std::optional<std::int64_t> appointment_id;
  std::optional<std::int64_t> clinic_id;
};

// A new entry as the handler reads it.
struct NewEntry {
  EntryKind kind = EntryKind::kNote;
  EntryFields fields;
  WritePlace place;
};

// A correction as the handler reads it: the kind comes from the corrected entry.
struct Amendment {
  std::string reason;
  EntryFields fields;
  WritePlace place;
};

// Checks an amendment's or emergency access's reason: 1-500 characters, not blank.
std::vector<FieldError> ValidateReason(const std::string& reason, const std::string& field = "reason");

// ---- access --------------------------------------------------------------------------

// What the database says about a caller and a patient (select_record_access.sql).
struct AccessFacts {
  bool patient_exists = false;
  bool has_care = false;  // a doctor with an appointment with the patient
  std::optional<std::int64_t> emergency_access_id;  // an open emergency access of the caller
  std::optional<std::string> emergency_expires_at;
  bool is_own = false;  // the patient themself
  std::optional<std::int64_t> doctor_id;  // the caller's doctor profile
};

// Why a caller may read a record (DESIGN.md §5), or kNone: then the record is not found.
struct RecordAccess {
  enum class Kind { kNone, kCare, kEmergency, kOwn } kind = Kind::kNone;
  std::optional<std::int64_t> emergency_access_id;
  std::optional<std::string> expires_at;

  bool emergency() const { return kind == Kind::kEmergency; }
  // Doctors write where they read; patients only read their own summary.
  bool may_write() const { return kind == Kind::kCare || kind == Kind::kEmergency; }
};
std::string_view ToString(RecordAccess::Kind kind);

// The permission table: a doctor reads and writes the records of patients under their
// care, and of others while an emergency access is open; a patient reads their own;
// admins, secretaries and everyone else: kNone.
RecordAccess DecideAccess(Role role, const AccessFacts& facts);

// ---- reads ---------------------------------------------------------------------------

struct RecordPatient {
  std::int64_t id = 0;
  std::string first_name;
  std::string last_name;
  std::string document_type;
  std::string document_number;
  std::optional<std::string> birth_date;
  std::optional<std::string> sex;
};

// The record as shown: current views and one page of the timeline. For a patient's own
// summary private notes are left out everywhere.
struct PatientRecord {
  RecordPatient patient;
  RecordAccess access;
  std::vector<RecordEntry> problems;    // active diagnoses, chronic first
  std::vector<RecordEntry> treatments;  // not ended
  std::vector<RecordEntry> allergies;
  Page<RecordEntry> timeline;
};

struct TimelineRequest {
  PageRequest page;
  std::optional<EntryKind> kind;
};

struct EmergencyAccess {
  std::int64_t id = 0;
  std::int64_t patient_id = 0;
  std::string patient_name;
  std::int64_t user_id = 0;
  std::int64_t doctor_id = 0;
  std::string doctor_name;
  std::string reason;
  std::string granted_at;
  std::string expires_at;
  bool active = false;
  std::int64_t event_count = 0;
};

struct EmergencyAccessFilter {
  std::optional<std::string> from;  // RFC 3339, inclusive
  std::optional<std::string> to;    // RFC 3339, exclusive
  PageRequest page;
};

// One line of a patient's access log (from the audit log).
struct AccessLogEntry {
  std::int64_t id = 0;
  std::string occurred_at;
  std::optional<std::int64_t> user_id;
  std::string name;
  std::optional<std::string> role;
  std::string action;
  bool emergency = false;
};

}  // namespace healthpulse::records
