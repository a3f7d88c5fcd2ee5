#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace healthpulse::patients {

// A phone number as people type it, in E.164. Argentine numbers are the default:
// national mobiles with or without the trunk 0 and the local "15"
// ("11 5555-1234", "011 15 5555-1234") become +549 + area + number; "+54 9 ..." and
// "+54 ..." keep their form; other "+CC..." or "00CC..." numbers pass with 8-15 digits.
// nullopt when the text is not a phone number.
std::optional<std::string> NormalizePhone(std::string_view text);

}  // namespace healthpulse::patients
