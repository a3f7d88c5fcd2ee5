#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"

namespace healthpulse::practices {

struct Nomenclator {
  std::int64_t id = 0;
  std::string name;
  std::string version;
};

struct Practice {
  std::int64_t id = 0;
  std::int64_t nomenclator_id = 0;
  std::string code;
  std::string name;
  std::string specialty;
  int duration_minutes = 0;
  bool active = true;
  std::vector<std::int64_t> clinic_ids;
};

struct NewPractice {
  std::int64_t nomenclator_id = 0;
  std::string code;
  std::string name;
  std::string specialty;
  int duration_minutes = 0;
  std::vector<std::int64_t> clinic_ids;
};

struct PracticePatch {
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::string> specialty;
  std::optional<int> duration_minutes;
  std::optional<bool> active;
  std::optional<std::vector<std::int64_t>> clinic_ids;  // replaces the set when present
};

struct PracticeFilter {
  std::optional<std::int64_t> nomenclator_id;
  std::optional<std::string> q;
  std::optional<std::int64_t> clinic_id;
  std::optional<std::string> specialty;
  std::optional<bool> active;
  PageRequest page;
};

// The longest texts a practice takes, in characters (also in the CSV import).
inline constexpr std::size_t kMaxCodeLength = 30;
inline constexpr std::size_t kMaxNameLength = 300;
inline constexpr std::size_t kMaxSpecialtyLength = 100;

constexpr int kMinDuration = 5;
constexpr int kMaxDuration = 480;

std::vector<FieldError> ValidateNewPractice(const NewPractice& practice);
std::vector<FieldError> ValidatePracticePatch(const PracticePatch& patch);

// One practice row of an imported CSV file; `line` is its 1-based line in the file.
struct CsvPractice {
  int line = 0;
  std::string code;
  std::string name;
  std::string specialty;
  int duration_minutes = 0;
};

// Parses a nomenclator CSV: columns code, name, specialty, duration (minutes), comma- or
// semicolon-separated, RFC 4180 quoting, an optional header row, blank lines ignored.
// Invalid lists every bad row as field "rows[LINE].column" (and "file" when empty), so
// nothing is imported from a file with any bad row.
Result<std::vector<CsvPractice>> ParsePracticeCsv(std::string_view text);

// The LIKE pattern for a free-text search over practices.search_text: lower-case,
// accents left to the database (search_key), wildcards in the query escaped.
std::string SearchPattern(std::string_view query);

}  // namespace healthpulse::practices
