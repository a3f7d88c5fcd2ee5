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
  EXPECT_EQ(ParsePatientQuery("50%_").words, "50");
  EXPECT_EQ(ParsePatientQuery("   ").kind, PatientQuery::Kind::kAll);
}

TEST(PatientFields, OnlyContactFieldsArePatientEditable) {
  for (const char* field : {"phone", "email", "address", "sms_consent"}) EXPECT_TRUE(IsContactField(field)) << field;
  for (const char* field : {"first_name", "document_number", "insurer", "birth_date"}) {
    EXPECT_FALSE(IsContactField(field)) << field;
  }
}

}  // namespace
}  // namespace healthpulse::patients
