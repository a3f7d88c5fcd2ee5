#include "modules/sms/sms_segments.h"

#include <algorithm>
#include <array>
#include <utility>

namespace healthpulse::sms {
namespace {

// GSM 03.38's basic character set beyond ASCII. Of printable ASCII only ` is missing
// ($ @ _ are there at other positions, which does not matter for counting), and
// ^ { } \ [ ~ ] | are in the extension table.
constexpr std::array<char32_t, 39> kBasicNonAscii{
    U'£', U'¥', U'è', U'é', U'ù', U'ì', U'ò', U'Ç', U'Ø', U'ø', U'Å', U'å', U'Δ',
    U'Φ', U'Γ', U'Λ', U'Ω', U'Π', U'Ψ', U'Σ', U'Θ', U'Ξ', U'Æ', U'æ', U'ß', U'É',
    U'¤', U'¡', U'Ä', U'Ö', U'Ñ', U'Ü', U'§', U'¿', U'ä', U'ö', U'ñ', U'ü', U'à'};
// The extension table: each is an escape plus a septet, so it counts 2.
constexpr std::array<char32_t, 10> kExtension{U'^', U'{', U'}', U'\\', U'[', U'~', U']', U'|', U'€', U'\f'};

// 0 when `c` is not GSM-7, else the septets it takes.
int GsmSeptets(char32_t c) {
  if (std::find(kExtension.begin(), kExtension.end(), c) != kExtension.end()) return 2;
  if (c == U'\n' || c == U'\r') return 1;
  if (c >= 0x20 && c < 0x7F) return c == U'`' ? 0 : 1;
  return std::find(kBasicNonAscii.begin(), kBasicNonAscii.end(), c) != kBasicNonAscii.end() ? 1 : 0;
}

// The code point at text[i] and its length in bytes; an invalid byte is U+FFFD, length 1.
std::pair<char32_t, std::size_t> Decode(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) return {U'\uFFFD', 1};
  char32_t value = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {U'\uFFFD', 1};
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  return {value, length};
}

std::size_t Segments(std::size_t characters, std::size_t single, std::size_t per_part) {
  if (characters == 0) return 0;
  if (characters <= single) return 1;
  return (characters + per_part - 1) / per_part;
}

}  // namespace

SegmentCount CountSegments(std::string_view text) {
  std::size_t septets = 0;
  std::size_t utf16_units = 0;
  bool gsm = true;
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = Decode(text, i);
    i += length;
    utf16_units += c > 0xFFFF ? 2 : 1;
    int s = GsmSeptets(c);
    if (s == 0) gsm = false;
    septets += static_cast<std::size_t>(s);
  }
  if (gsm) return {SmsEncoding::kGsm7, septets, Segments(septets, 160, 153)};
  return {SmsEncoding::kUcs2, utf16_units, Segments(utf16_units, 70, 67)};
}

std::string_view ToString(SmsEncoding encoding) { return encoding == SmsEncoding::kGsm7 ? "GSM-7" : "UCS-2"; }

}  // namespace healthpulse::sms
