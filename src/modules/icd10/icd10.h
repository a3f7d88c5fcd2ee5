#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace healthpulse::icd10 {

// A code of the CIE-10 catalog as the API shows it.
struct Icd10Code {
  std::string code;  // stored form, without the dot ("E119")
  std::string description;
  int level = 0;
  std::optional<std::string> parent_code;  // stored form
};

// The stored form of what a person types as a code: upper case, without dots or spaces
// ("e11.9" → "E119", " E11 " → "E11").
std::string NormalizeCode(std::string_view text);

// True when `code` (stored form) has the shape of a category or subcategory: a letter,
// two digits and at most two more letters or digits ("E11", "E119", "S7200"). Ranges
// such as "E10-E14" (chapters and blocks) are not.
bool IsDiagnosisCodeShape(std::string_view code);

// The display form: a dot after the third character of a subcategory ("E119" →
// "E11.9"); categories and ranges unchanged.
std::string FormatCode(std::string_view code);

// How a search is answered: a query shaped like a code (or its first letters) by code,
// anything else by the words of the title.
struct Query {
  enum class Kind { kCode, kWords } kind = Kind::kWords;
  std::string code;          // kCode: stored form, maybe only a prefix ("E1")
  std::string longest_word;  // kWords: the word the trigram index looks up (the first of the longest)
  std::string words;         // kWords: space-separated, letters and digits only
};
// Invalid on "q" when nothing searchable is left.
Result<Query> ParseQuery(std::string_view q);

// One row of the catalog file (data/cie-10.csv: code, code_0..code_4 ancestors outermost
// first, description, level, source), cleaned: stray spaces trimmed, en dashes in ranges
// made hyphens, and the nearest ancestor as the parent.
struct CatalogRow {
  std::string code;
  std::string description;
  int level = 0;
  std::optional<std::string> parent_code;
};

// Parses the whole file (a header row, RFC 4180 quoting). Throws std::runtime_error
// naming the line when a row is malformed: the file is compiled in, so that is a bug.
std::vector<CatalogRow> ParseCatalogCsv(std::string_view text);

}  // namespace healthpulse::icd10
