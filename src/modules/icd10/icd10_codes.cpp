#include <cctype>
#include <sstream>
#include <stdexcept>

#include "core/csv.h"
#include "modules/icd10/icd10.h"

namespace healthpulse::icd10 {
namespace {

bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 && (c & 0x80) == 0; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

std::string Trim(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

// The catalog writes some ranges with an en dash ("J30–J39"); the codes use a hyphen.
std::string CleanCode(std::string_view text) {
  std::string code = Trim(text);
  static const std::string kEnDash = "\xE2\x80\x93";
  for (auto at = code.find(kEnDash); at != std::string::npos; at = code.find(kEnDash, at + 1)) {
    code.replace(at, kEnDash.size(), "-");
  }
  return code;
}

}  // namespace

std::string NormalizeCode(std::string_view text) {
  std::string code;
  for (char c : text) {
    if (c == '.' || c == ' ' || c == '\t') continue;
    code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return code;
}

bool IsDiagnosisCodeShape(std::string_view code) {
  if (code.size() < 3 || code.size() > 5) return false;
  if (!IsAsciiAlpha(code[0]) || !IsAsciiDigit(code[1]) || !IsAsciiDigit(code[2])) return false;
  for (std::size_t i = 3; i < code.size(); ++i) {
    if (!IsAsciiDigit(code[i]) && !IsAsciiAlpha(code[i])) return false;
  }
  return true;
}

std::string FormatCode(std::string_view code) {
  if (code.size() <= 3 || code.find('-') != std::string_view::npos || code.find('.') != std::string_view::npos) {
    return std::string(code);
  }
  return std::string(code.substr(0, 3)) + "." + std::string(code.substr(3));
}

Result<Query> ParseQuery(std::string_view q) {
  Query query;
  auto code = NormalizeCode(q);
  // A letter alone, or a letter and a digit onwards: the start of a code. Whole words are
  // never code-shaped, since codes have a digit second.
  bool code_prefix = !code.empty() && code.size() <= 5 && IsAsciiAlpha(code[0]) &&
                     (code.size() == 1 || IsAsciiDigit(code[1]));
  for (std::size_t i = 1; code_prefix && i < code.size(); ++i) {
    code_prefix = IsAsciiDigit(code[i]) || IsAsciiAlpha(code[i]);
  }
  if (code_prefix) {
    query.kind = Query::Kind::kCode;
    query.code = code;
    return query;
  }
  // Words: letters (any script: UTF-8 bytes pass) and digits; the rest separates words,
  // so LIKE wildcards and regular-expression characters never reach the database.
  std::string cleaned;
  for (std::size_t i = 0; i < q.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(q[i]);
    // Spanish punctuation outside ASCII: ¡ ¿ « » (U+00A1, U+00BF, U+00AB, U+00BB).
    if (u == 0xC2 && i + 1 < q.size()) {
      unsigned char next = static_cast<unsigned char>(q[i + 1]);
      if (next == 0xA1 || next == 0xBF || next == 0xAB || next == 0xBB) {
        cleaned += "  ";
        ++i;
        continue;
      }
    }
    cleaned += (u >= 0x80 || std::isalnum(u)) ? q[i] : ' ';
  }
  std::istringstream words(cleaned);
  std::string word;
  while (words >> word) {
    if (!query.words.empty()) query.words += ' ';
    query.words += word;
    if (word.size() > query.longest_word.size()) query.longest_word = word;
  }
  if (query.words.empty()) return Fail(Error::Invalid("q", "type a CIE-10 code or words of its title"));
  return query;
}

std::vector<CatalogRow> ParseCatalogCsv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CatalogRow> rows;
  int line_number = 0;
  while (!text.empty()) {
    auto newline = text.find('\n');
    auto line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    ++line_number;
    if (Trim(line).empty()) continue;
    auto cells = SplitCsvRecord(line);
    if (line_number == 1 && Trim(cells[0]) == "code") continue;
    if (cells.size() != 9) {
      throw std::runtime_error("cie-10.csv line " + std::to_string(line_number) + ": expected 9 columns, found " +
                               std::to_string(cells.size()));
    }
    CatalogRow row;
    row.code = CleanCode(cells[0]);
    row.description = Trim(cells[6]);
    try {
      row.level = std::stoi(cells[7]);
    } catch (const std::exception&) {
      throw std::runtime_error("cie-10.csv line " + std::to_string(line_number) + ": level is not a number");
    }
    for (int ancestor = 5; ancestor >= 1; --ancestor) {
      auto code = CleanCode(cells[static_cast<std::size_t>(ancestor)]);
      if (!code.empty()) {
        row.parent_code = code;
        break;
      }
    }
    if (row.code.empty() || row.description.empty()) {
      throw std::runtime_error("cie-10.csv line " + std::to_string(line_number) + ": code and description are required");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace healthpulse::icd10
