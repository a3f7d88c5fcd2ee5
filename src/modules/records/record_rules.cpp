#include <algorithm>
#include <array>
#include <utility>

#include "core/text.h"
#include "core/timestamp.h"
#include "modules/icd10/icd10.h"
#include "modules/records/record.h"

namespace healthpulse::records {
namespace {

constexpr std::array<std::pair<EntryKind, std::string_view>, 4> kKindNames = {{
    {EntryKind::kDiagnosis, "diagnosis"},
    {EntryKind::kTreatment, "treatment"},
    {EntryKind::kNote, "note"},
    {EntryKind::kAllergy, "allergy"},
}};

bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// Collects the problems of one entry, each named by its JSON field.
class Checker {
 public:
  // A required text: given (or kept from the base), not blank, at most `max` characters.
  void Required(const char* field, const std::string& value, std::size_t max) {
    if (Blank(value)) Add(field, "is required");
    else Max(field, value, max);
  }
  // An optional text: a blank one is left out; otherwise at most `max` characters.
  void Optional(const char* field, std::optional<std::string>& value, std::size_t max) {
    if (value && Blank(*value)) value.reset();
    if (value) Max(field, *value, max);
  }
  void OneOf(const char* field, const std::string& value, std::initializer_list<std::string_view> allowed,
             const char* message) {
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) Add(field, message);
  }
  void Add(std::string field, std::string message) { errors_.push_back({std::move(field), std::move(message)}); }
  std::vector<FieldError>& errors() { return errors_; }

 private:
  void Max(const char* field, const std::string& value, std::size_t max) {
    if (CharacterCount(value) > max) Add(field, "must be at most " + std::to_string(max) + " characters");
  }
  std::vector<FieldError> errors_;
};

template <typename T>
void Take(const std::optional<T>& given, T& target) {
  if (given) target = *given;
}

Diagnosis BuildDiagnosis(const EntryFields& f, const Diagnosis& base, Checker& check) {
  Diagnosis d = base;
  if (f.code) d.code = icd10::NormalizeCode(*f.code);
  Take(f.text, d.text);
  Take(f.chronic, d.chronic);
  Take(f.status, d.status);
  if (d.code.empty()) check.Add("code", "is required");
  else if (!icd10::IsDiagnosisCodeShape(d.code)) check.Add("code", "is not a CIE-10 code (e.g. E11 or E11.9)");
  check.Optional("text", d.text, 2000);
  check.OneOf("status", d.status, {"active", "resolved"}, "must be active or resolved");
  return d;
}

Treatment BuildTreatment(const EntryFields& f, const Treatment& base, Checker& check) {
  Treatment t = base;
  Take(f.description, t.description);
  Take(f.dose, t.dose);
  Take(f.frequency, t.frequency);
  Take(f.start_date, t.start_date);
  Take(f.end_date, t.end_date);
  Take(f.diagnosis_id, t.diagnosis_id);
  if (f.follow_up_days) {
    const auto& given = *f.follow_up_days;  // null clears it
    t.follow_up_days.reset();
    if (given) {
      auto days = *given;
      if (days < 1 || days > 365) check.Add("follow_up_days", "must be from 1 to 365 days");
      else t.follow_up_days = static_cast<int>(days);
    }
  }
  check.Required("description", t.description, 500);
  check.Optional("dose", t.dose, 100);
  check.Optional("frequency", t.frequency, 100);
  bool start_ok = IsCalendarDate(t.start_date);
  if (t.start_date.empty()) check.Add("start_date", "is required");
  else if (!start_ok) check.Add("start_date", "must be a date YYYY-MM-DD");
  if (t.end_date && Blank(*t.end_date)) t.end_date.reset();
  if (t.end_date) {
    if (!IsCalendarDate(*t.end_date)) check.Add("end_date", "must be a date YYYY-MM-DD");
    // Same format, so text order is date order.
    else if (start_ok && *t.end_date < t.start_date) check.Add("end_date", "must be on or after start_date");
  }
  if (t.diagnosis_id && *t.diagnosis_id <= 0) check.Add("diagnosis_id", "is not a diagnosis of this patient");
  return t;
}

Note BuildNote(const EntryFields& f, const Note& base, Checker& check) {
  Note n = base;
  if (f.text) n.text = f.text->value_or("");
  Take(f.is_private, n.is_private);
  check.Required("text", n.text, 10000);
  return n;
}

Allergy BuildAllergy(const EntryFields& f, const Allergy& base, Checker& check) {
  Allergy a = base;
  Take(f.substance, a.substance);
  Take(f.reaction, a.reaction);
  Take(f.severity, a.severity);
  check.Required("substance", a.substance, 200);
  check.Optional("reaction", a.reaction, 500);
  check.OneOf("severity", a.severity, {"mild", "moderate", "severe", "unknown"},
              "must be mild, moderate, severe or unknown");
  return a;
}

}  // namespace

std::string_view ToString(EntryKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "unknown";
}

std::optional<EntryKind> ParseEntryKind(std::string_view text) {
  for (const auto& [k, name] : kKindNames) {
    if (name == text) return k;
  }
  return std::nullopt;
}

EntryKind KindOf(const EntryContent& content) {
  switch (content.index()) {
    case 0: return EntryKind::kDiagnosis;
    case 1: return EntryKind::kTreatment;
    case 2: return EntryKind::kNote;
    default: return EntryKind::kAllergy;
  }
}

std::vector<std::string> EntryFields::GivenNames() const {
  std::vector<std::string> names;
  auto add = [&](bool given, const char* name) {
    if (given) names.emplace_back(name);
  };
  add(code.has_value(), "code");
  add(text.has_value(), "text");
  add(chronic.has_value(), "chronic");
  add(status.has_value(), "status");
  add(description.has_value(), "description");
  add(dose.has_value(), "dose");
  add(frequency.has_value(), "frequency");
  add(start_date.has_value(), "start_date");
  add(end_date.has_value(), "end_date");
  add(diagnosis_id.has_value(), "diagnosis_id");
  add(follow_up_days.has_value(), "follow_up_days");
  add(is_private.has_value(), "private");
  add(substance.has_value(), "substance");
  add(reaction.has_value(), "reaction");
  add(severity.has_value(), "severity");
  return names;
}

const std::vector<std::string>& FieldsOfKind(EntryKind kind) {
  static const std::vector<std::string> kDiagnosis = {"code", "text", "chronic", "status"};
  static const std::vector<std::string> kTreatment = {"description", "dose",         "frequency",     "start_date",
                                                      "end_date",    "diagnosis_id", "follow_up_days"};
  static const std::vector<std::string> kNote = {"text", "private"};
  static const std::vector<std::string> kAllergy = {"substance", "reaction", "severity"};
  switch (kind) {
    case EntryKind::kDiagnosis: return kDiagnosis;
    case EntryKind::kTreatment: return kTreatment;
    case EntryKind::kNote: return kNote;
    case EntryKind::kAllergy: return kAllergy;
  }
  return kNote;
}

Result<EntryContent> BuildContent(EntryKind kind, const EntryFields& fields, const EntryContent* base) {
  Checker check;
  const auto& allowed = FieldsOfKind(kind);
  for (const auto& name : fields.GivenNames()) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      check.Add(name, "does not apply to a " + std::string(ToString(kind)));
    }
  }
  if (base != nullptr && KindOf(*base) != kind) throw std::logic_error("BuildContent: base of another kind");
  EntryContent content;
  switch (kind) {
    case EntryKind::kDiagnosis:
      content = BuildDiagnosis(fields, base ? std::get<Diagnosis>(*base) : Diagnosis{}, check);
      break;
    case EntryKind::kTreatment:
      content = BuildTreatment(fields, base ? std::get<Treatment>(*base) : Treatment{}, check);
      break;
    case EntryKind::kNote:
      content = BuildNote(fields, base ? std::get<Note>(*base) : Note{}, check);
      break;
    case EntryKind::kAllergy:
      content = BuildAllergy(fields, base ? std::get<Allergy>(*base) : Allergy{}, check);
      break;
  }
  if (!check.errors().empty()) return Fail(Error::Invalid(std::move(check.errors())));
  return content;
}

std::vector<FieldError> ValidateReason(const std::string& reason, const std::string& field) {
  if (Blank(reason)) return {{field, "is required"}};
  if (CharacterCount(reason) > 500) return {{field, "must be at most 500 characters"}};
  return {};
}

std::string_view ToString(RecordAccess::Kind kind) {
  switch (kind) {
    case RecordAccess::Kind::kNone: return "none";
    case RecordAccess::Kind::kCare: return "care";
    case RecordAccess::Kind::kEmergency: return "emergency";
    case RecordAccess::Kind::kOwn: return "own";
  }
  return "none";
}

RecordAccess DecideAccess(Role role, const AccessFacts& facts) {
  RecordAccess access;
  if (!facts.patient_exists) return access;
  switch (role) {
    case Role::kDoctor:
      if (!facts.doctor_id) break;  // a doctor without a profile cares for no one
      if (facts.has_care) {
        access.kind = RecordAccess::Kind::kCare;
      } else if (facts.emergency_access_id) {
        access.kind = RecordAccess::Kind::kEmergency;
        access.emergency_access_id = facts.emergency_access_id;
        access.expires_at = facts.emergency_expires_at;
      }
      break;
    case Role::kPatient:
      if (facts.is_own) access.kind = RecordAccess::Kind::kOwn;
      break;
    case Role::kAdmin:
    case Role::kSecretary:
      // Admins read the audit log, not records; secretaries manage turnos, not records.
      break;
  }
  return access;
}

}  // namespace healthpulse::records
