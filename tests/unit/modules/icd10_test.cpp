#include <gtest/gtest.h>

#include "db/embedded_files.h"
#include "modules/icd10/icd10.h"

namespace healthpulse::icd10 {
namespace {

TEST(Icd10Code, NormalizesWhatPeopleType) {
  struct Row {
    const char* typed;
    const char* stored;
  } rows[] = {{"E11", "E11"}, {"E11.9", "E119"}, {"e119", "E119"}, {" e11.9 ", "E119"}, {"E 11 9", "E119"},
              {"j45.0", "J450"}, {"", ""}};
  for (const auto& row : rows) EXPECT_EQ(NormalizeCode(row.typed), row.stored) << row.typed;
}

TEST(Icd10Code, ShowsADotAfterTheThirdCharacter) {
  struct Row {
    const char* stored;
    const char* shown;
  } rows[] = {{"E119", "E11.9"}, {"E11", "E11"}, {"S7200", "S72.00"}, {"E10-E14", "E10-E14"}, {"E11.9", "E11.9"}};
  for (const auto& row : rows) EXPECT_EQ(FormatCode(row.stored), row.shown) << row.stored;
}

TEST(Icd10Code, OnlyCategoriesAndSubcategoriesMayBeDiagnoses) {
  for (const char* code : {"E11", "E119", "F99", "S7200", "Z001"}) EXPECT_TRUE(IsDiagnosisCodeShape(code)) << code;
  for (const char* code : {"", "E1", "E10-E14", "A00-B99", "11E", "EE1", "E119999", "E11.9", "É11"}) {
    EXPECT_FALSE(IsDiagnosisCodeShape(code)) << code;
  }
}

TEST(Icd10Query, CodesAndTheirStartsSearchByCode) {
  struct Row {
    const char* q;
    const char* code;
  } rows[] = {{"E11", "E11"}, {"E11.9", "E119"}, {"e119", "E119"}, {"e1", "E1"}, {"E", "E"}, {" j45 ", "J45"}};
  for (const auto& row : rows) {
    auto query = ParseQuery(row.q);
    ASSERT_TRUE(query.has_value()) << row.q;
    EXPECT_EQ(query->kind, Query::Kind::kCode) << row.q;
    EXPECT_EQ(query->code, row.code) << row.q;
  }
}

TEST(Icd10Query, AnythingElseSearchesTheWordsOfTitles) {
  struct Row {
    const char* q;
    const char* words;
    const char* longest;
  } rows[] = {
      {"diabetes insulino", "diabetes insulino", "diabetes"},
      {"  Diabetes   INSULINODEPENDIENTE ", "Diabetes INSULINODEPENDIENTE", "INSULINODEPENDIENTE"},
      {"50%_off", "50 off", "off"},
      {"asma (bronquial)", "asma bronquial", "bronquial"},
      {"hipertensión", "hipertensión", "hipertensión"},
      {"¿diabetes?", "diabetes", "diabetes"},
      {"E11 diabetes", "E11 diabetes", "diabetes"},
  };
  for (const auto& row : rows) {
    auto query = ParseQuery(row.q);
    ASSERT_TRUE(query.has_value()) << row.q;
    EXPECT_EQ(query->kind, Query::Kind::kWords) << row.q;
    EXPECT_EQ(query->words, row.words) << row.q;
    EXPECT_EQ(query->longest_word, row.longest) << row.q;
  }
}

TEST(Icd10Query, NothingToSearchIsInvalid) {
  for (const char* q : {"", "   ", "%%", ".-"}) {
    auto query = ParseQuery(q);
    ASSERT_FALSE(query.has_value()) << q;
    EXPECT_EQ(query.error().fields.at(0).field, "q") << q;
  }
}

TEST(Icd10Catalog, ParsesRowsCleaningStraySpacesAndDashes) {
  auto rows = ParseCatalogCsv(
      "code,code_0,code_1,code_2,code_3,code_4,description,level,source\n"
      "J09-J18 ,J00-J99,,,,,Influenza [gripe] y neumonía ,1,icdcode.info\n"
      "J10,J00-J99,J09–J18 ,,,,Influenza debida a otro virus,2,icdcode.info\n"
      "E119,E00-E89,E10-E14,E11,,,\"Diabetes, sin mención de complicación\",3,deis.cl\n"
      "A00-B99,,,,,,Ciertas enfermedades infecciosas y parasitarias,0,icdcode.info\r\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].code, "J09-J18");
  EXPECT_EQ(rows[0].description, "Influenza [gripe] y neumonía");
  EXPECT_EQ(rows[0].parent_code, "J00-J99");
  EXPECT_EQ(rows[1].parent_code, "J09-J18") << "en dash made a hyphen, space trimmed";
  EXPECT_EQ(rows[2].description, "Diabetes, sin mención de complicación");
  EXPECT_EQ(rows[2].parent_code, "E11");
  EXPECT_EQ(rows[2].level, 3);
  EXPECT_EQ(rows[3].parent_code, std::nullopt);
  EXPECT_THROW(ParseCatalogCsv("E11,E00-E89,Diabetes,2\n"), std::runtime_error);
}

TEST(Icd10Catalog, TheCompiledInCatalogIsWhole) {
  auto rows = ParseCatalogCsv(embedded::DataFile("cie-10"));
  EXPECT_EQ(rows.size(), 14498u);
  std::size_t diagnoses = 0;
  bool e11 = false;
  for (const auto& row : rows) {
    if (IsDiagnosisCodeShape(row.code)) ++diagnoses;
    else EXPECT_NE(row.code.find('-'), std::string::npos) << row.code << " is neither a code nor a range";
    if (row.code == "E11") e11 = row.description == "Diabetes mellitus no insulinodependiente";
  }
  EXPECT_EQ(diagnoses, 14498u - 286u) << "every row but the 286 chapter and block ranges";
  EXPECT_TRUE(e11);
}

}  // namespace
}  // namespace healthpulse::icd10
