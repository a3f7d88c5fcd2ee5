#include <gtest/gtest.h>

#include "modules/patients/phone.h"

namespace healthpulse::patients {
namespace {

TEST(NormalizePhone, AcceptsArgentineNumbersAsPeopleTypeThem) {
  struct Row {
    const char* typed;
    const char* e164;
  } rows[] = {
      {"11 5555-1234", "+5491155551234"},        {"011 15 5555-1234", "+5491155551234"},
      {"(011) 15-5555-1234", "+5491155551234"},  {"+54 9 11 5555-1234", "+5491155551234"},
      {"+5491155551234", "+5491155551234"},      {"0054 9 11 5555 1234", "+5491155551234"},
      {"351 555-1234", "+5493515551234"},        {"0351 15 555 1234", "+5493515551234"},
      {"2214 15 55 1234", "+5492214551234"},     {"+54 11 4444-5555", "+541144445555"},
      {"+1 (415) 555-2671", "+14155552671"},     {"+34 612 345 678", "+34612345678"},
  };
  for (const auto& row : rows) EXPECT_EQ(NormalizePhone(row.typed), row.e164) << row.typed;
}

TEST(NormalizePhone, RefusesWhatCannotBeDialled) {
  for (const char* typed : {"", "hola", "1234", "11 5555-123", "+54 9 11 5555-12345", "+0 123 456 789", "11+5555-1234",
                            "+54 9 11 5555 1234 ext 2", "+12345"}) {
    EXPECT_FALSE(NormalizePhone(typed).has_value()) << typed;
  }
}

}  // namespace
}  // namespace healthpulse::patients
