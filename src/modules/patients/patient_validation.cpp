#include <cctype>
#include <set>
#include <sstream>

#include "core/text.h"
#include "core/timestamp.h"
#include "modules/patients/patient.h"
#include "modules/patients/phone.h"
#include "modules/users/user.h"

namespace healthpulse::patients {
namespace {

bool Blank(const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; }

void CheckText(const std::string& field, const std::optional<std::optional<std::string>>& value, std::size_t max,
               std::vector<FieldError>& errors) {
  if (value && *value && CharacterCount(**value) > max) {
    errors.push_back({field, "must be at most " + std::to_string(max) + " characters"});
  }
}

}  // namespace

std::vector<std::string> PatientFields::GivenNames() const {
  std::vector<std::string> names;
  auto add = [&](bool given, const char* name) {
    if (given) names.emplace_back(name);
  };
  add(first_name.has_value(), "first_name");
  add(last_name.has_value(), "last_name");
  add(document_type.has_value(), "document_type");
  add(document_number.has_value(), "document_number");
  add(birth_date.has_value(), "birth_date");
  add(sex.has_value(), "sex");
  add(phone.has_value(), "phone");
  add(email.has_value(), "email");
  add(address.has_value(), "address");
  add(insurer.has_value(), "insurer");
  add(insurer_member_number.has_value(), "insurer_member_number");
  add(sms_consent.has_value(), "sms_consent");
  return names;
}

bool IsContactField(const std::string& name) {
  return name == "phone" || name == "email" || name == "address" || name == "sms_consent";
}

std::vector<FieldError> ValidatePatientFields(PatientFields& f, bool creating) {
  std::vector<FieldError> errors;
  for (auto [name, value] : {std::pair{"first_name", &f.first_name}, std::pair{"last_name", &f.last_name}}) {
    if (creating && !value->has_value()) {
      errors.push_back({name, "is required"});
    } else if (*value && (Blank(**value) || CharacterCount(**value) > kMaxNameLength)) {
      errors.push_back({name, "must be 1-" + std::to_string(kMaxNameLength) + " characters"});
    }
  }
  static const std::set<std::string> kDocumentTypes = {"DNI", "LC", "LE", "CI", "PASAPORTE", "OTRO"};
  if (f.document_type && !kDocumentTypes.count(*f.document_type)) {
    errors.push_back({"document_type", "must be one of DNI, LC, LE, CI, PASAPORTE, OTRO"});
  }
  if (creating && !f.document_number) {
    errors.push_back({"document_number", "is required"});
  } else if (f.document_number) {
    // Dots are how people write DNIs ("30.123.456"); the registry keeps digits and letters.
    std::string cleaned;
    for (char c : *f.document_number) {
      if (c != '.' && c != ' ' && c != '-') cleaned += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    bool ok = cleaned.size() >= 5 && cleaned.size() <= 20;
    for (char c : cleaned) ok = ok && std::isalnum(static_cast<unsigned char>(c));
    bool dni = f.document_type.value_or("DNI") == "DNI";
    for (char c : cleaned) ok = ok && (!dni || std::isdigit(static_cast<unsigned char>(c)));
    if (!ok) {
      errors.push_back({"document_number", dni ? "must be a DNI of 7 or 8 digits" : "must be 5-20 letters or digits"});
    } else if (dni && (cleaned.size() < 7 || cleaned.size() > 8)) {
      errors.push_back({"document_number", "must be a DNI of 7 or 8 digits"});
    } else {
      f.document_number = cleaned;
    }
  }
  if (f.birth_date && *f.birth_date) {
    // Same format, so text order is date order.
    if (!IsCalendarDate(**f.birth_date)) errors.push_back({"birth_date", "must be a date YYYY-MM-DD from 1900 on"});
    else if (**f.birth_date > LatestDateOnEarth()) errors.push_back({"birth_date", "must not be in the future"});
  }
  if (f.sex && *f.sex && **f.sex != "F" && **f.sex != "M" && **f.sex != "X") {
    errors.push_back({"sex", "must be F, M or X"});
  }
  if (f.phone && *f.phone) {
    auto normalized = NormalizePhone(**f.phone);
    if (normalized) {
      *f.phone = normalized;
    } else {
      errors.push_back({"phone", "is not a phone number we can dial (e.g. 11 5555-1234 or +54 9 11 5555-1234)"});
    }
  }
  if (f.email && *f.email && !users::IsValidEmail(**f.email)) errors.push_back({"email", "is not a valid email address"});
  CheckText("address", f.address, kMaxAddressLength, errors);
  CheckText("insurer", f.insurer, kMaxInsurerLength, errors);
  CheckText("insurer_member_number", f.insurer_member_number, kMaxMemberNumberLength, errors);
  return errors;
}

PatientQuery ParsePatientQuery(std::string_view q) {
  PatientQuery query;
  std::string digits;
  bool only_digits = true;
  std::string cleaned;
  for (char c : q) {
    unsigned char u = c;
    if (std::isdigit(u)) digits += c;
    else if (c != '.' && c != ' ' && c != '-') only_digits = false;
    cleaned += c;
  }
  if (only_digits && !digits.empty()) {
    query.kind = PatientQuery::Kind::kDocument;
    query.document_prefix = digits;
    return query;
  }
  std::istringstream words(cleaned);
  std::string word;
  while (words >> word) {
    if (!query.words.empty()) query.words += ' ';
    query.words += word;
    if (word.size() > query.longest_word.size()) query.longest_word = word;
  }
  if (!query.words.empty()) query.kind = PatientQuery::Kind::kName;
  return query;
}

}  // namespace healthpulse::patients
