#include <gtest/gtest.h>

#include "modules/patients/patient.h"

namespace healthpulse::patients {
namespace {

PatientFields Valid() {
  PatientFields f;
  f.first_name = "María";
  f.last_name = "González";
  f.document_number = "30.123.456";
  f.phone = std::optional<std::string>("011 15 5555-1234");
  f.birth_date = std::optional<std::string>("1980-02-29");
  return f;
}

TEST(PatientFields, NormalizesDocumentAndPhone) {
  auto f = Valid();
  EXPECT_TRUE(ValidatePatientFields(f, true).empty());
  EXPECT_EQ(f.document_number, "30123456");
  EXPECT_EQ(f.phone, std::optional<std::string>("+5491155551234"));
}

TEST(PatientFields, NamesEachBadField) {
  struct Row {
    const char* what;
    void (*spoil)(PatientFields&);
    const char* field;
  } rows[] = {
      {"no last name", [](PatientFields& f) { f.last_name.reset(); }, "last_name"},
      {"short DNI", [](PatientFields& f) { f.document_number = "123"; }, "document_number"},
      {"letters in DNI", [](PatientFields& f) { f.document_number = "30A23456"; }, "document_number"},
      {"unknown type", [](PatientFields& f) { f.document_type = "DNU"; }, "document_type"},
      {"not a leap year", [](PatientFields& f) { f.birth_date = std::optional<std::string>("1981-02-29"); }, "birth_date"},
      {"sex", [](PatientFields& f) { f.sex = std::optional<std::string>("female"); }, "sex"},
      {"phone", [](PatientFields& f) { f.phone = std::optional<std::string>("no tengo"); }, "phone"},
      {"email", [](PatientFields& f) { f.email = std::optional<std::string>("maria@"); }, "email"},
  };
  for (const auto& row : rows) {
    auto f = Valid();
    row.spoil(f);
    auto errors = ValidatePatientFields(f, true);
    ASSERT_EQ(errors.size(), 1u) << row.what;
    EXPECT_EQ(errors[0].field, row.field) << row.what;
  }
}

TEST(PatientFields, PassportsMayHoldLetters) {
  auto f = Valid();
  f.document_type = "PASAPORTE";
  f.document_number = "aab123456";
  EXPECT_TRUE(ValidatePatientFields(f, true).empty());
  EXPECT_EQ(f.document_number, "AAB123456");
}

TEST(PatientQuery, DigitsSearchDocumentsWordsSearchNames) {
  auto dni = ParsePatientQuery("30.123");
  EXPECT_EQ(dni.kind, PatientQuery::Kind::kDocument);
  EXPECT_EQ(dni.document_prefix, "30123");
  auto name = ParsePatientQuery("  gonz  María ");
  EXPECT_EQ(name.kind, PatientQuery::Kind::kName);
  EXPECT_EQ(name.words, "gonz María");
  EXPECT_EQ(name.longest_word, "María");
  // Wildcards are words like any other: the repository escapes them for LIKE, so "%"
  // looks for a literal '%' (no one) instead of listing everyone.
  EXPECT_EQ(ParsePatientQuery("50%_").words, "50%_");
  EXPECT_EQ(ParsePatientQuery("%").kind, PatientQuery::Kind::kName);
  EXPECT_EQ(ParsePatientQuery("%").words, "%");
  EXPECT_EQ(ParsePatientQuery("   ").kind, PatientQuery::Kind::kAll);
}

TEST(PatientFields, BirthDatesAreRealPastDaysFrom1900) {
  struct Row {
    const char* birth_date;
    bool ok;
  } rows[] = {
      {"1980-05-17", true}, {"1900-01-01", true}, {"2024-02-29", true}, {"2026-02-30", false},
      {"1899-12-31", false}, {"2999-01-01", false}, {"9999-12-31", false}, {"1980-5-17", false},
  };
  for (const auto& row : rows) {
    PatientFields f;
    f.birth_date = std::optional<std::string>(row.birth_date);
    auto errors = ValidatePatientFields(f, false);
    bool named = false;
    for (const auto& e : errors) named = named || e.field == "birth_date";
    EXPECT_EQ(!named, row.ok) << row.birth_date;
  }
}

TEST(PatientFields, LengthsCountCharactersNotBytes) {
  PatientFields f;
  std::string accented;
  for (int i = 0; i < 100; ++i) accented += "ñ";  // ñ: 100 characters, 200 bytes
  f.first_name = accented;
  f.last_name = accented + "n";
  auto errors = ValidatePatientFields(f, false);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "last_name");
}

TEST(PatientFields, OnlyContactFieldsArePatientEditable) {
  for (const char* field : {"phone", "email", "address", "sms_consent"}) EXPECT_TRUE(IsContactField(field)) << field;
  for (const char* field : {"first_name", "document_number", "insurer", "birth_date"}) {
    EXPECT_FALSE(IsContactField(field)) << field;
  }
}

}  // namespace
}  // namespace healthpulse::patients
