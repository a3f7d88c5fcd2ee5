#include "modules/patients/phone.h"

#include <cctype>

namespace healthpulse::patients {
namespace {

// A national number is 10 digits: area code (2-4 digits) + subscriber number.
constexpr std::size_t kNationalDigits = 10;

std::optional<std::string> NationalToMobile(std::string digits) {
  if (digits.size() == kNationalDigits + 2) {
    // "15" after the area code marks a mobile dialled locally: drop it.
    for (std::size_t area = 2; area <= 4; ++area) {
      if (digits.compare(area, 2, "15") == 0) {
        digits.erase(area, 2);
        break;
      }
    }
  }
  if (digits.size() != kNationalDigits) return std::nullopt;
  return "+549" + digits;
}

}  // namespace

std::optional<std::string> NormalizePhone(std::string_view text) {
  std::string digits;
  bool international = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (std::isdigit(c)) {
      digits += static_cast<char>(c);
    } else if (c == '+' && digits.empty() && !international) {
      international = true;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
      return std::nullopt;
    }
  }
  if (!international && digits.rfind("00", 0) == 0) {
    international = true;
    digits.erase(0, 2);
  }
  if (international) {
    if (digits.rfind("54", 0) == 0) {
      auto national = digits.substr(2);
      if (national.size() == kNationalDigits + 1 && national[0] == '9') return "+" + digits;
      if (national.size() == kNationalDigits) return "+" + digits;
      return std::nullopt;
    }
    if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0') return std::nullopt;
    return "+" + digits;
  }
  if (!digits.empty() && digits[0] == '0') digits.erase(0, 1);  // the trunk prefix
  return NationalToMobile(digits);
}

}  // namespace healthpulse::patients
