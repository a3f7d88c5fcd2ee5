#include <gtest/gtest.h>

#include "core/text.h"

namespace healthpulse {
namespace {

TEST(Utf8, TellsWellFormedFromBroken) {
  struct Row {
    const char* name;
    std::string text;
    bool valid;
  } rows[] = {
      {"ascii", "María", true},
      {"empty", "", true},
      {"two bytes", "\xC3\xB1", true},
      {"three bytes", "\xE2\x82\xAC", true},
      {"four bytes", "\xF0\x9F\x98\x80", true},
      {"lone FF", "\xFF", false},
      {"latin-1 é", "caf\xE9", false},
      {"truncated", "\xC3", false},
      {"bad continuation", "\xE2\x28\xA1", false},
      {"overlong slash", "\xC0\xAF", false},
      {"overlong three", "\xE0\x80\xAF", false},
      {"surrogate", "\xED\xA0\x80", false},
      {"above U+10FFFF", "\xF4\x90\x80\x80", false},
      {"lone continuation", "\x80", false},
  };
  for (const auto& row : rows) EXPECT_EQ(IsValidUtf8(row.text), row.valid) << row.name;
}

TEST(TextRule, RefusesControlsBrokenUtf8AndLongTexts) {
  struct Row {
    const char* name;
    std::string text;
    TextRule rule;
    bool ok;
  } rows[] = {
      {"plain", "Ana Pérez", Line(100), true},
      {"NUL", std::string("Ana\0Pérez", 10), Line(100), false},
      {"NUL in free text", std::string("a\0b", 3), FreeText(100), false},
      {"newline in a line", "Ana\nPérez", Line(100), false},
      {"tab in a line", "Ana\tPérez", Line(100), false},
      {"newline in free text", "línea 1\nlínea 2\r\n\tfin", FreeText(100), true},
      {"escape", "a\x1b[31m", FreeText(100), false},
      {"DEL", "a\x7f", Line(100), false},
      {"C1 control U+0085", "a\xC2\x85", FreeText(100), false},
      {"invalid UTF-8", "\xFF", Line(100), false},
      {"exactly the limit in characters", std::string(50, 'a') + "ñññññ", Line(55), true},
      {"one over", std::string(55, 'a') + "ñ", Line(55), false},
      {"emoji counts once", "\xF0\x9F\x98\x80", Line(1), true},
  };
  for (const auto& row : rows) EXPECT_EQ(!TextProblem(row.text, row.rule).has_value(), row.ok) << row.name;
  EXPECT_EQ(TextProblem(std::string(5, 'a'), Line(4)), "must be at most 4 characters");
}

TEST(CharacterCount, CountsCodePoints) {
  EXPECT_EQ(CharacterCount(""), 0u);
  EXPECT_EQ(CharacterCount("María"), 5u);
  EXPECT_EQ(CharacterCount("\xF0\x9F\x98\x80"), 1u);
}

TEST(EscapeLike, WildcardsAndTheEscapeMatchLiterally) {
  struct Row {
    const char* in;
    const char* out;
  } rows[] = {
      {"", ""}, {"gonz", "gonz"}, {"%", "\\%"}, {"_", "\\_"}, {"\\", "\\\\"}, {"50%_off\\", "50\\%\\_off\\\\"},
      {"María", "María"},
  };
  for (const auto& row : rows) EXPECT_EQ(EscapeLike(row.in), row.out) << row.in;
}

}  // namespace
}  // namespace healthpulse
