#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"

namespace healthpulse::patients {

struct Patient {
  std::int64_t id = 0;
  std::string first_name;
  std::string last_name;
  std::string document_type = "DNI";
  std::string document_number;
  std::optional<std::string> birth_date;  // YYYY-MM-DD
  std::optional<std::string> sex;         // F, M, X
  std::optional<std::string> phone;       // E.164
  std::optional<std::string> email;
  std::optional<std::string> address;
  std::optional<std::string> insurer;
  std::optional<std::string> insurer_member_number;
  bool sms_consent = false;
  std::optional<std::int64_t> user_id;
  std::string created_at;
  std::vector<std::int64_t> clinic_ids;
};

// The demographic fields shared by create and update; outer optional = "given".
struct PatientFields {
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> document_type;
  std::optional<std::string> document_number;
  std::optional<std::optional<std::string>> birth_date;
  std::optional<std::optional<std::string>> sex;
  std::optional<std::optional<std::string>> phone;
  std::optional<std::optional<std::string>> email;
  std::optional<std::optional<std::string>> address;
  std::optional<std::optional<std::string>> insurer;
  std::optional<std::optional<std::string>> insurer_member_number;
  std::optional<bool> sms_consent;

  // Names of the given fields, for audit entries and patients' own-edit checks.
  std::vector<std::string> GivenNames() const;
};

// A login for the patient (role patient), created with the record.
struct PatientAccount {
  std::string username;
  std::string password;
};

struct NewPatient {
  PatientFields fields;
  std::optional<std::int64_t> clinic_id;
  std::optional<PatientAccount> account;
};

// A patient of another clinic of the network, identified at the front desk by exact
// document and birth date, to register at one of the secretary's clinics.
struct PatientLink {
  std::string document_type = "DNI";
  std::string document_number;
  std::string birth_date;  // YYYY-MM-DD
  std::optional<std::int64_t> clinic_id;
};

// The longest texts a patient's fields take, in characters (api/openapi.json states them
// as maxLength).
inline constexpr std::size_t kMaxNameLength = 100;
inline constexpr std::size_t kMaxDocumentNumberLength = 20;
inline constexpr std::size_t kMaxAddressLength = 300;
inline constexpr std::size_t kMaxInsurerLength = 100;
inline constexpr std::size_t kMaxMemberNumberLength = 50;

// The fields a patient may change in their own record.
bool IsContactField(const std::string& name);

// Checks the fields (required ones when `creating`) and normalizes the phone to E.164
// in place. Errors are named by JSON field. A birth date is a real day from 1900 on and
// not in the future (LatestDateOnEarth).
std::vector<FieldError> ValidatePatientFields(PatientFields& fields, bool creating);

// How a search query is answered: digits → by document number prefix; otherwise by
// name words (lower-cased by the database). LIKE wildcards in a word are kept: the
// repository escapes them, so "%" matches a literal '%' (and so no one), never everyone.
struct PatientQuery {
  enum class Kind { kAll, kDocument, kName } kind = Kind::kAll;
  std::string document_prefix;
  std::string longest_word;
  std::string words;  // space-separated
};
PatientQuery ParsePatientQuery(std::string_view q);

}  // namespace healthpulse::patients
