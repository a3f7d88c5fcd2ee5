#pragma once

#include <cstddef>
#include <string_view>

namespace healthpulse::sms {

// How a text travels as SMS: GSM-7 when every character is in the GSM 03.38 basic set or
// its extension table, otherwise UCS-2 (one character outside, an "á" say, is enough).
enum class SmsEncoding { kGsm7, kUcs2 };

// What an SMS body costs. `characters` counts what the carrier counts: GSM-7 septets
// (the extension characters ^ { } \ [ ~ ] | € and form feed take 2) or UCS-2 UTF-16 code
// units (an emoji outside the BMP takes 2). `segments`: GSM-7 holds 160 in one message
// and 153 per part of a longer one; UCS-2 70 and 67. Empty text is 0 segments.
struct SegmentCount {
  SmsEncoding encoding = SmsEncoding::kGsm7;
  std::size_t characters = 0;
  std::size_t segments = 0;
};

// The count of `text` (UTF-8; a byte that is not valid UTF-8 counts as one UCS-2 unit).
SegmentCount CountSegments(std::string_view text);

// "GSM-7" or "UCS-2", as the API and the screens name them.
std::string_view ToString(SmsEncoding encoding);

}  // namespace healthpulse::sms
