#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace healthpulse {

// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF).
bool IsValidUtf8(std::string_view text);

// The number of characters (code points) in valid UTF-8 text.
std::size_t CharacterCount(std::string_view text);

// What a text field may hold: a maximum length in characters, and whether it is free
// text (notes, reasons, addresses), where newline and tab are allowed.
struct TextRule {
  std::size_t max_length;
  bool multiline = false;
};

// A single-line field of at most `max` characters.
constexpr TextRule Line(std::size_t max) { return {max, false}; }
// A free-text field of at most `max` characters; newline, carriage return and tab allowed.
constexpr TextRule FreeText(std::size_t max) { return {max, true}; }

// Why `text` breaks `rule` ("must be valid UTF-8", "must not contain control
// characters", "must be at most N characters"), or nullopt when it is fine. Control
// characters are C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F).
std::optional<std::string> TextProblem(std::string_view text, TextRule rule);

// `text` with the LIKE wildcards % and _ and the escape character \ escaped by a
// backslash, so a LIKE pattern built around it matches them literally.
std::string EscapeLike(std::string_view text);

}  // namespace healthpulse
