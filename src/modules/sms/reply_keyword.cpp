#include "modules/sms/reply_keyword.h"

#include <string>

#include "core/text.h"

namespace healthpulse::sms {
namespace {

bool IsTrimmable(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '.' || c == ',' ||
         c == ';' || c == ':' || c == '!' || c == '?';
}

// Drops leading and trailing white space and punctuation, ¡ and ¿ (C2 A1, C2 BF) and
// no-break spaces (C2 A0) included.
std::string_view Trim(std::string_view text) {
  for (bool changed = true; changed;) {
    changed = false;
    if (!text.empty() && IsTrimmable(static_cast<unsigned char>(text.front()))) {
      text.remove_prefix(1);
      changed = true;
    } else if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0xC2 &&
               (static_cast<unsigned char>(text[1]) == 0xA1 || static_cast<unsigned char>(text[1]) == 0xBF ||
                static_cast<unsigned char>(text[1]) == 0xA0)) {
      text.remove_prefix(2);
      changed = true;
    }
    if (!text.empty() && IsTrimmable(static_cast<unsigned char>(text.back()))) {
      text.remove_suffix(1);
      changed = true;
    } else if (text.size() >= 2 && static_cast<unsigned char>(text[text.size() - 2]) == 0xC2 &&
               (static_cast<unsigned char>(text.back()) == 0xA1 || static_cast<unsigned char>(text.back()) == 0xBF ||
                static_cast<unsigned char>(text.back()) == 0xA0)) {
      text.remove_suffix(2);
      changed = true;
    }
  }
  return text;
}

// The base letter of a Latin-1 accented vowel (U+00C0-U+00FF, lead byte C3), upper
// case; 0 for anything else.
char FoldLatin1(unsigned char second) {
  unsigned char code = static_cast<unsigned char>(0xC0 + (second - 0x80));
  if (code >= 0xE0) code = static_cast<unsigned char>(code - 0x20);  // lower → upper
  if (code >= 0xC0 && code <= 0xC5) return 'A';
  if (code >= 0xC8 && code <= 0xCB) return 'E';
  if (code >= 0xCC && code <= 0xCF) return 'I';
  if (code >= 0xD2 && code <= 0xD6) return 'O';
  if (code >= 0xD9 && code <= 0xDC) return 'U';
  if (code == 0xD1) return 'N';
  return 0;
}

// `word` in upper-case ASCII with accents removed, or "" when it holds anything that is
// not a letter or digit (a space between two words, say).
std::string Fold(std::string_view word) {
  std::string folded;
  for (std::size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') folded.push_back(static_cast<char>(c - 'a' + 'A'));
      else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) folded.push_back(static_cast<char>(c));
      else return {};
    } else if (c == 0xC3 && i + 1 < word.size()) {
      char base = FoldLatin1(static_cast<unsigned char>(word[i + 1]));
      if (base == 0) return {};
      folded.push_back(base);
      ++i;
    } else if (c == 0xCC && i + 1 < word.size() && static_cast<unsigned char>(word[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(word[i + 1]) <= 0xAF) {
      ++i;  // a combining accent (U+0300-U+032F) after its letter, as some phones send
    } else {
      return {};
    }
  }
  return folded;
}

}  // namespace

ReplyKeyword ParseReplyKeyword(std::string_view body) {
  if (!IsValidUtf8(body)) return ReplyKeyword::kNone;
  const std::string word = Fold(Trim(body));
  if (word == "STOP" || word == "BAJA" || word == "CANCELAR") return ReplyKeyword::kOptOut;
  if (word == "START" || word == "ALTA") return ReplyKeyword::kOptIn;
  if (word == "SI" || word == "1") return ReplyKeyword::kConfirm;
  if (word == "NO" || word == "2") return ReplyKeyword::kCancel;
  return ReplyKeyword::kNone;
}

}  // namespace healthpulse::sms
