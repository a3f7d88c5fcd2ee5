#include <gtest/gtest.h>

#include <algorithm>

#include "modules/records/record.h"

namespace healthpulse::records {
namespace {

std::vector<std::string> Fields(const Result<EntryContent>& result) {
  std::vector<std::string> names;
  if (!result) {
    for (const auto& e : result.error().fields) names.push_back(e.field);
  }
  return names;
}

EntryFields ValidTreatment() {
  EntryFields f;
  f.description = "Metformina 850 mg";
  f.dose = std::optional<std::string>("1 comprimido");
  f.frequency = std::optional<std::string>("cada 12 horas");
  f.start_date = "2024-03-01";
  return f;
}

TEST(EntryContent, BuildsEachKindWithItsDefaults) {
  EntryFields diagnosis;
  diagnosis.code = "e11.9";
  auto d = BuildContent(EntryKind::kDiagnosis, diagnosis, nullptr);
  ASSERT_TRUE(d.has_value()) << Fields(d).front();
  EXPECT_EQ(std::get<Diagnosis>(*d).code, "E119") << "normalized";
  EXPECT_EQ(std::get<Diagnosis>(*d).status, "active");
  EXPECT_FALSE(std::get<Diagnosis>(*d).chronic);

  EntryFields note;
  note.text = std::optional<std::string>("Control en 3 meses");
  auto n = BuildContent(EntryKind::kNote, note, nullptr);
  ASSERT_TRUE(n.has_value());
  EXPECT_FALSE(std::get<Note>(*n).is_private);

  EntryFields allergy;
  allergy.substance = "Penicilina";
  auto a = BuildContent(EntryKind::kAllergy, allergy, nullptr);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(std::get<Allergy>(*a).severity, "unknown");

  auto t = BuildContent(EntryKind::kTreatment, ValidTreatment(), nullptr);
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(std::get<Treatment>(*t).end_date, std::nullopt);
}

// Each row spoils a valid entry of its kind in one way and names the field blamed.
TEST(EntryContent, NamesEachBadField) {
  struct Row {
    const char* what;
    EntryKind kind;
    void (*spoil)(EntryFields&);
    const char* field;
  } rows[] = {
      {"no code", EntryKind::kDiagnosis, [](EntryFields& f) { f.code.reset(); }, "code"},
      {"a range", EntryKind::kDiagnosis, [](EntryFields& f) { f.code = "E10-E14"; }, "code"},
      {"not a code", EntryKind::kDiagnosis, [](EntryFields& f) { f.code = "diabetes"; }, "code"},
      {"status", EntryKind::kDiagnosis, [](EntryFields& f) { f.status = "cured"; }, "status"},
      {"long text", EntryKind::kDiagnosis, [](EntryFields& f) { f.text = std::string(2001, 'x'); }, "text"},
      {"a note field", EntryKind::kDiagnosis, [](EntryFields& f) { f.is_private = true; }, "private"},
      {"no description", EntryKind::kTreatment, [](EntryFields& f) { f.description.reset(); }, "description"},
      {"blank description", EntryKind::kTreatment, [](EntryFields& f) { f.description = "  "; }, "description"},
      {"long dose", EntryKind::kTreatment, [](EntryFields& f) { f.dose = std::string(101, 'x'); }, "dose"},
      {"no start", EntryKind::kTreatment, [](EntryFields& f) { f.start_date.reset(); }, "start_date"},
      {"start format", EntryKind::kTreatment, [](EntryFields& f) { f.start_date = "01/03/2024"; }, "start_date"},
      {"end format", EntryKind::kTreatment, [](EntryFields& f) { f.end_date = std::string("2024-02-30"); }, "end_date"},
      {"end before start", EntryKind::kTreatment, [](EntryFields& f) { f.end_date = std::string("2024-02-29"); },
       "end_date"},
      {"follow-up of 0 days", EntryKind::kTreatment, [](EntryFields& f) { f.follow_up_days = std::int64_t{0}; },
       "follow_up_days"},
      {"follow-up over a year", EntryKind::kTreatment, [](EntryFields& f) { f.follow_up_days = std::int64_t{366}; },
       "follow_up_days"},
      {"a diagnosis field", EntryKind::kTreatment, [](EntryFields& f) { f.chronic = true; }, "chronic"},
      {"no text", EntryKind::kNote, [](EntryFields& f) { f.text.reset(); }, "text"},
      {"null text", EntryKind::kNote, [](EntryFields& f) { f.text = std::optional<std::string>(); }, "text"},
      {"long text", EntryKind::kNote, [](EntryFields& f) { f.text = std::string(10001, 'x'); }, "text"},
      {"an allergy field", EntryKind::kNote, [](EntryFields& f) { f.substance = "Látex"; }, "substance"},
      {"no substance", EntryKind::kAllergy, [](EntryFields& f) { f.substance.reset(); }, "substance"},
      {"severity", EntryKind::kAllergy, [](EntryFields& f) { f.severity = "fatal"; }, "severity"},
      {"long reaction", EntryKind::kAllergy, [](EntryFields& f) { f.reaction = std::string(501, 'x'); }, "reaction"},
  };
  for (const auto& row : rows) {
    EntryFields f;
    switch (row.kind) {
      case EntryKind::kDiagnosis: f.code = "E11"; break;
      case EntryKind::kTreatment: f = ValidTreatment(); break;
      case EntryKind::kNote: f.text = std::optional<std::string>("Nota"); break;
      case EntryKind::kAllergy: f.substance = "Penicilina"; break;
    }
    ASSERT_TRUE(BuildContent(row.kind, f, nullptr).has_value()) << row.what << ": the valid base";
    row.spoil(f);
    auto fields = Fields(BuildContent(row.kind, f, nullptr));
    EXPECT_EQ(fields, std::vector<std::string>{row.field}) << row.what;
  }
}

TEST(EntryContent, LengthsCountCharactersNotBytes) {
  EntryFields f;
  f.substance = std::string(100, 'x');
  for (int i = 0; i < 100; ++i) *f.substance += "ñ";  // 200 characters, 300 bytes
  EXPECT_TRUE(BuildContent(EntryKind::kAllergy, f, nullptr).has_value());
  *f.substance += "ñ";
  EXPECT_EQ(Fields(BuildContent(EntryKind::kAllergy, f, nullptr)), std::vector<std::string>{"substance"});
}

TEST(EntryContent, BlankOptionalTextsAreLeftOut) {
  auto f = ValidTreatment();
  f.dose = std::optional<std::string>("  ");
  f.end_date = std::optional<std::string>("");
  auto t = BuildContent(EntryKind::kTreatment, f, nullptr);
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(std::get<Treatment>(*t).dose, std::nullopt);
  EXPECT_EQ(std::get<Treatment>(*t).end_date, std::nullopt);
}

TEST(EntryContent, ACorrectionKeepsWhatItDoesNotChange) {
  EntryContent base = Diagnosis{"E11", "Diabetes mellitus no insulinodependiente", std::string("tipo 2"), true, "active"};
  EntryFields resolve;
  resolve.status = "resolved";
  auto resolved = BuildContent(EntryKind::kDiagnosis, resolve, &base);
  ASSERT_TRUE(resolved.has_value());
  const auto& d = std::get<Diagnosis>(*resolved);
  EXPECT_EQ(d.status, "resolved");
  EXPECT_EQ(d.code, "E11");
  EXPECT_EQ(d.text, std::optional<std::string>("tipo 2"));
  EXPECT_TRUE(d.chronic);

  EntryContent treatment = Treatment{"Enalapril", std::string("10 mg"), std::nullopt, "2024-01-10", std::nullopt,
                                     std::int64_t{7}, 30};
  EntryFields end;
  end.end_date = std::optional<std::string>("2024-01-09");
  EXPECT_EQ(Fields(BuildContent(EntryKind::kTreatment, end, &treatment)), std::vector<std::string>{"end_date"})
      << "the kept start date still bounds the end";
  end.end_date = std::optional<std::string>("2024-06-30");
  end.follow_up_days = std::optional<std::int64_t>();
  auto ended = BuildContent(EntryKind::kTreatment, end, &treatment);
  ASSERT_TRUE(ended.has_value());
  EXPECT_EQ(std::get<Treatment>(*ended).end_date, std::optional<std::string>("2024-06-30"));
  EXPECT_EQ(std::get<Treatment>(*ended).follow_up_days, std::nullopt) << "null clears it";
  EXPECT_EQ(std::get<Treatment>(*ended).diagnosis_id, std::optional<std::int64_t>(7));
}

TEST(EntryContent, FieldsBelongToTheirKind) {
  for (auto kind : {EntryKind::kDiagnosis, EntryKind::kTreatment, EntryKind::kNote, EntryKind::kAllergy}) {
    EXPECT_EQ(ParseEntryKind(ToString(kind)), kind);
    EXPECT_FALSE(FieldsOfKind(kind).empty());
  }
  EXPECT_FALSE(ParseEntryKind("prescription").has_value());
}

TEST(Reason, IsRequiredAndBounded) {
  EXPECT_TRUE(ValidateReason("Error de tipeo en la dosis").empty());
  EXPECT_EQ(ValidateReason("").at(0).field, "reason");
  EXPECT_EQ(ValidateReason("   ").at(0).field, "reason");
  EXPECT_EQ(ValidateReason(std::string(501, 'x')).at(0).field, "reason");
}

// DESIGN.md §5's clinical-record row, one case per line.
TEST(RecordAccess, FollowsThePermissionTable) {
  using K = RecordAccess::Kind;
  AccessFacts none{true, false, std::nullopt, std::nullopt, false, std::nullopt};
  AccessFacts doctor = none;
  doctor.doctor_id = 9;
  AccessFacts care = doctor;
  care.has_care = true;
  AccessFacts emergency = doctor;
  emergency.emergency_access_id = 4;
  emergency.emergency_expires_at = "2026-01-02T10:00:00Z";
  AccessFacts care_and_emergency = care;
  care_and_emergency.emergency_access_id = 4;
  AccessFacts own = none;
  own.is_own = true;
  AccessFacts missing = care;
  missing.patient_exists = false;
  AccessFacts care_without_profile = care;
  care_without_profile.doctor_id.reset();
  struct Row {
    const char* who;
    Role role;
    AccessFacts facts;
    K expected;
  } rows[] = {
      {"doctor with care", Role::kDoctor, care, K::kCare},
      {"doctor without care", Role::kDoctor, doctor, K::kNone},
      {"doctor by emergency access", Role::kDoctor, emergency, K::kEmergency},
      {"care wins over an emergency access", Role::kDoctor, care_and_emergency, K::kCare},
      {"doctor without a profile", Role::kDoctor, care_without_profile, K::kNone},
      {"patient themself", Role::kPatient, own, K::kOwn},
      {"another patient", Role::kPatient, none, K::kNone},
      {"secretary", Role::kSecretary, care, K::kNone},
      {"admin", Role::kAdmin, care, K::kNone},
      {"admin of their own record", Role::kAdmin, own, K::kNone},
      {"no such patient", Role::kDoctor, missing, K::kNone},
  };
  for (const auto& row : rows) {
    auto access = DecideAccess(row.role, row.facts);
    EXPECT_EQ(access.kind, row.expected) << row.who;
    EXPECT_EQ(access.may_write(), row.expected == K::kCare || row.expected == K::kEmergency) << row.who;
    EXPECT_EQ(access.emergency(), row.expected == K::kEmergency) << row.who;
  }
  auto opened = DecideAccess(Role::kDoctor, emergency);
  EXPECT_EQ(opened.emergency_access_id, std::optional<std::int64_t>(4));
  EXPECT_EQ(opened.expires_at, std::optional<std::string>("2026-01-02T10:00:00Z"));
}

}  // namespace
}  // namespace healthpulse::records
