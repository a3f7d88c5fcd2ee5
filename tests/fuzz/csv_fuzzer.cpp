// Fuzzes the practices CSV import (ParsePracticeCsv over SplitCsvRecord) and the LIKE
// pattern of a practice search. Invariant: every row it accepts is one line of UTF-8 per
// cell within the column's limit, with a duration in range, and no code twice.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string_view>

#include "core/text.h"
#include "modules/practices/practice.h"

using namespace healthpulse;
using namespace healthpulse::practices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto rows = ParsePracticeCsv(input);
  if (rows) {
    std::set<std::string> codes;
    for (const auto& row : *rows) {
      if (row.code.empty() || TextProblem(row.code, Line(kMaxCodeLength))) std::abort();
      if (row.name.empty() || TextProblem(row.name, Line(kMaxNameLength))) std::abort();
      if (TextProblem(row.specialty, Line(kMaxSpecialtyLength))) std::abort();
      if (row.duration_minutes < kMinDuration || row.duration_minutes > kMaxDuration) std::abort();
      if (!codes.insert(row.code).second) std::abort();
    }
  } else if (rows.error().fields.empty()) {
    std::abort();  // a refusal always names the row, column or file
  }
  auto pattern = SearchPattern(input);
  if (pattern.size() < 2 || pattern.front() != '%' || pattern.back() != '%') std::abort();
  return 0;
}
