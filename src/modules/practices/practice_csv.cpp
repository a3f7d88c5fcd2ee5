#include <charconv>
#include <set>

#include "core/csv.h"
#include "core/text.h"
#include "modules/practices/practice.h"

namespace healthpulse::practices {
namespace {

std::string Trim(std::string text) {
  auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

std::string Lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

Result<std::vector<CsvPractice>> ParsePracticeCsv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a spreadsheet's BOM
  auto first_newline = text.find('\n');
  auto first_line = text.substr(0, first_newline);
  char separator = (first_line.find(';') != std::string_view::npos && first_line.find(',') == std::string_view::npos)
                       ? ';'
                       : ',';
  std::vector<CsvPractice> rows;
  std::vector<FieldError> errors;
  std::set<std::string> codes;
  int line_number = 0;
  while (!text.empty()) {
    auto newline = text.find('\n');
    auto line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    ++line_number;
    auto cells = SplitCsvRecord(line, separator);
    for (auto& cell : cells) cell = Trim(cell);
    if (cells.size() == 1 && cells[0].empty()) continue;
    if (line_number == 1 && Lower(cells[0]) == "code") continue;  // header row
    auto field = [&](const std::string& column) { return "rows[" + std::to_string(line_number) + "]." + column; };
    if (cells.size() != 4) {
      errors.push_back({"rows[" + std::to_string(line_number) + "]",
                        "must have 4 columns (code, name, specialty, duration), found " + std::to_string(cells.size())});
      continue;
    }
    CsvPractice row{line_number, cells[0], cells[1], cells[2], 0};
    std::size_t errors_before = errors.size();
    if (row.code.empty()) errors.push_back({field("code"), "is required"});
    else if (auto problem = TextProblem(row.code, Line(kMaxCodeLength))) errors.push_back({field("code"), *problem});
    else if (!codes.insert(row.code).second) errors.push_back({field("code"), "appears twice in the file"});
    if (row.name.empty()) errors.push_back({field("name"), "is required"});
    else if (auto problem = TextProblem(row.name, Line(kMaxNameLength))) errors.push_back({field("name"), *problem});
    if (auto problem = TextProblem(row.specialty, Line(kMaxSpecialtyLength))) {
      errors.push_back({field("specialty"), *problem});
    }
    const auto& duration = cells[3];
    auto [ptr, ec] = std::from_chars(duration.data(), duration.data() + duration.size(), row.duration_minutes);
    if (duration.empty() || ec != std::errc() || ptr != duration.data() + duration.size() ||
        row.duration_minutes < kMinDuration || row.duration_minutes > kMaxDuration) {
      errors.push_back({field("duration"), "must be a whole number of minutes from " + std::to_string(kMinDuration) +
                                               " to " + std::to_string(kMaxDuration)});
    }
    if (errors.size() == errors_before) rows.push_back(std::move(row));
  }
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  if (rows.empty()) return Fail(Error::Invalid("file", "has no practice rows"));
  return rows;
}

std::string SearchPattern(std::string_view query) {
  return "%" + Lower(EscapeLike(query)) + "%";
}

std::vector<FieldError> ValidateNewPractice(const NewPractice& p) {
  PracticePatch as_patch{p.code, p.name, p.specialty, p.duration_minutes, std::nullopt, std::nullopt};
  auto errors = ValidatePracticePatch(as_patch);
  if (p.nomenclator_id <= 0) errors.push_back({"nomenclator_id", "is required"});
  return errors;
}

std::vector<FieldError> ValidatePracticePatch(const PracticePatch& p) {
  std::vector<FieldError> errors;
  auto length = [](const std::optional<std::string>& text) { return text ? CharacterCount(*text) : 0; };
  if (p.code && (Trim(*p.code).empty() || length(p.code) > kMaxCodeLength)) {
    errors.push_back({"code", "must be 1-" + std::to_string(kMaxCodeLength) + " characters"});
  }
  if (p.name && (Trim(*p.name).empty() || length(p.name) > kMaxNameLength)) {
    errors.push_back({"name", "must be 1-" + std::to_string(kMaxNameLength) + " characters"});
  }
  if (length(p.specialty) > kMaxSpecialtyLength) {
    errors.push_back({"specialty", "must be at most " + std::to_string(kMaxSpecialtyLength) + " characters"});
  }
  if (p.duration_minutes && (*p.duration_minutes < kMinDuration || *p.duration_minutes > kMaxDuration)) {
    errors.push_back({"duration_minutes", "must be from " + std::to_string(kMinDuration) + " to " +
                                              std::to_string(kMaxDuration) + " minutes"});
  }
  return errors;
}

}  // namespace healthpulse::practices
