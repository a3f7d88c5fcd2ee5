#include <gtest/gtest.h>

#include "modules/practices/practice.h"

namespace healthpulse::practices {
namespace {

TEST(PracticeCsv, ReadsHeaderQuotesSemicolonsAndBlankLines) {
  auto rows = ParsePracticeCsv(
      "\xEF\xBB\xBF"
      "code,name,specialty,duration\r\n"
      "42.01.01,Consulta médica,Clínica médica,20\r\n"
      "\n"
      "42.01.02,\"Electrocardiograma, con informe\",Cardiología,30\n");
  ASSERT_TRUE(rows.has_value()) << rows.error().fields.at(0).field;
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].name, "Electrocardiograma, con informe");
  EXPECT_EQ((*rows)[1].line, 4);
  EXPECT_EQ((*rows)[1].duration_minutes, 30);

  auto semicolons = ParsePracticeCsv("A1;Ecografía;Diagnóstico por imágenes;45\n");
  ASSERT_TRUE(semicolons.has_value());
  EXPECT_EQ((*semicolons)[0].specialty, "Diagnóstico por imágenes");
}

TEST(PracticeCsv, NamesEveryBadRowAndColumn) {
  auto rows = ParsePracticeCsv(
      "code,name,specialty,duration\n"
      "A1,Consulta,Clínica,20\n"
      "A2,,Clínica,20\n"
      "A1,Otra,Clínica,abc\n"
      "A3,Corta,Clínica,2\n"
      "A4,Tres columnas,20\n");
  ASSERT_FALSE(rows.has_value());
  std::vector<std::string> fields;
  for (const auto& e : rows.error().fields) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"rows[3].name", "rows[4].code", "rows[4].duration", "rows[5].duration",
                                              "rows[6]"}));
}

TEST(PracticeCsv, NamesCellsThatAreNotOneLineOfUtf8) {
  auto rows = ParsePracticeCsv(
      "code,name,specialty,duration\n"
      "A1,Consulta m\xE9""dica,Cl\xEDnica,20\n"  // Latin-1, not UTF-8
      "A2,Con\x01trol,Clínica,20\n"
      "A\xFF,Ok,Clínica,20\n"
      "A4,Bien,Clínica,20\n");
  ASSERT_FALSE(rows.has_value());
  std::vector<std::string> fields;
  for (const auto& e : rows.error().fields) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"rows[2].name", "rows[2].specialty", "rows[3].name", "rows[4].code"}));
}

TEST(PracticeCsv, AnEmptyFileIsRefused) {
  auto rows = ParsePracticeCsv("code,name,specialty,duration\n\n");
  ASSERT_FALSE(rows.has_value());
  EXPECT_EQ(rows.error().fields.at(0).field, "file");
}

TEST(SearchPattern, EscapesWildcards) {
  EXPECT_EQ(SearchPattern("Eco 50%"), "%eco 50\\%%");
  EXPECT_EQ(SearchPattern("a_b"), "%a\\_b%");
}

}  // namespace
}  // namespace healthpulse::practices
