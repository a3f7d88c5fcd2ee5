#include "core/text.h"

namespace healthpulse {
namespace {

// The code point starting at text[i] and its length in bytes, or a length of 0 when the
// bytes there are not well-formed UTF-8.
std::pair<char32_t, std::size_t> Decode(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return {0, 0};
  }
  if (i + length > text.size()) return {0, 0};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0, 0};
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {0, 0};
  return {value, length};
}

bool IsControl(char32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F); }

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = Decode(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::size_t CharacterCount(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::optional<std::string> TextProblem(std::string_view text, TextRule rule) {
  std::size_t characters = 0;
  bool control = false;
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = Decode(text, i);
    if (length == 0) return "must be valid UTF-8 text";
    bool allowed_space = rule.multiline && (c == '\n' || c == '\r' || c == '\t');
    control = control || (IsControl(c) && !allowed_space);
    ++characters;
    i += length;
  }
  if (control) {
    return rule.multiline ? "must not contain control characters other than newline and tab"
                          : "must be one line without control characters";
  }
  if (characters > rule.max_length) return "must be at most " + std::to_string(rule.max_length) + " characters";
  return std::nullopt;
}

std::string EscapeLike(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

}  // namespace healthpulse
