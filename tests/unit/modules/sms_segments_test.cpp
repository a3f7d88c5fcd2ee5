#include <gtest/gtest.h>

#include <string>

#include "modules/sms/sms_segments.h"

namespace healthpulse::sms {
namespace {

struct Case {
  const char* name;
  std::string text;
  SmsEncoding encoding;
  std::size_t characters;
  std::size_t segments;
};

// The same rows as web/src/lib/sms-segments.test.ts, so both counters agree.
TEST(SmsSegments, CountsEncodingCharactersAndSegments) {
  const Case cases[] = {
      {"empty", "", SmsEncoding::kGsm7, 0, 0},
      {"plain", "Hola Ana", SmsEncoding::kGsm7, 8, 1},
      {"exactly 160", std::string(160, 'a'), SmsEncoding::kGsm7, 160, 1},
      {"161 is two parts", std::string(161, 'a'), SmsEncoding::kGsm7, 161, 2},
      {"306 is two parts of 153", std::string(306, 'a'), SmsEncoding::kGsm7, 306, 2},
      {"307 is three", std::string(307, 'a'), SmsEncoding::kGsm7, 307, 3},
      {"GSM accents stay GSM-7", "é è ñ Ñ ü à ¿¡", SmsEncoding::kGsm7, 14, 1},
      {"euro counts 2", "10 €", SmsEncoding::kGsm7, 5, 1},
      {"extension table counts 2 each", "^{}\\[~]|", SmsEncoding::kGsm7, 16, 1},
      {"159 + euro overflows", std::string(159, 'a') + "€", SmsEncoding::kGsm7, 161, 2},
      {"an á forces UCS-2", "Clínica", SmsEncoding::kUcs2, 7, 1},
      {"exactly 70 UCS-2", "á" + std::string(69, 'a'), SmsEncoding::kUcs2, 70, 1},
      {"71 UCS-2 is two parts", "á" + std::string(70, 'a'), SmsEncoding::kUcs2, 71, 2},
      {"134 UCS-2 is two of 67", "á" + std::string(133, 'a'), SmsEncoding::kUcs2, 134, 2},
      {"135 UCS-2 is three", "á" + std::string(134, 'a'), SmsEncoding::kUcs2, 135, 3},
      {"an emoji is two UTF-16 units", "Hola 😀", SmsEncoding::kUcs2, 7, 1},
      {"euro beside an á is one unit", "€á", SmsEncoding::kUcs2, 2, 1},
      {"backtick is not GSM-7", "`", SmsEncoding::kUcs2, 1, 1},
      {"newline is GSM-7", "a\nb", SmsEncoding::kGsm7, 3, 1},
  };
  for (const auto& c : cases) {
    auto count = CountSegments(c.text);
    EXPECT_EQ(count.encoding, c.encoding) << c.name;
    EXPECT_EQ(count.characters, c.characters) << c.name;
    EXPECT_EQ(count.segments, c.segments) << c.name;
  }
}

TEST(SmsSegments, NamesTheEncodings) {
  EXPECT_EQ(ToString(SmsEncoding::kGsm7), "GSM-7");
  EXPECT_EQ(ToString(SmsEncoding::kUcs2), "UCS-2");
}

}  // namespace
}  // namespace healthpulse::sms
