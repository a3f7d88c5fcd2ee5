#include "http/field_error_code.h"

#include <array>
#include <utility>

namespace healthpulse::http {
namespace {

enum class Match { kPrefix, kContains };

struct Rule {
  Match match;
  std::string_view text;
  std::string_view code;
};

bool Matches(const Rule& rule, std::string_view message) {
  return rule.match == Match::kPrefix ? message.starts_with(rule.text) : message.find(rule.text) != std::string_view::npos;
}

// First match wins: the specific phrases come before the general "must be ..." shapes.
constexpr std::array kInvalidRules = {
    Rule{Match::kPrefix, "is required", "required"},
    Rule{Match::kPrefix, "must not be empty", "required"},
    Rule{Match::kPrefix, "must be at least", "too_short"},
    Rule{Match::kContains, "days after", "out_of_range"},
    Rule{Match::kPrefix, "must be at most", "too_long"},
    Rule{Match::kPrefix, "is in the past", "in_past"},
    Rule{Match::kPrefix, "must be today or later", "in_past"},
    Rule{Match::kPrefix, "must not be in the future", "in_future"},
    Rule{Match::kPrefix, "is incorrect", "incorrect"},
    Rule{Match::kPrefix, "no such", "not_found"},
    Rule{Match::kContains, "does not exist", "not_found"},
    Rule{Match::kContains, "your clinic", "not_allowed"},
    Rule{Match::kContains, "not assigned to any clinic", "not_allowed"},
    Rule{Match::kPrefix, "patients ", "not_allowed"},
    Rule{Match::kPrefix, "only ", "not_allowed"},
    Rule{Match::kContains, "overlap", "overlap"},
    Rule{Match::kPrefix, "must be after", "order"},
    Rule{Match::kPrefix, "must not be before", "order"},
    Rule{Match::kPrefix, "must be on or after", "order"},
    Rule{Match::kPrefix, "must be from", "out_of_range"},
    Rule{Match::kPrefix, "must be between", "out_of_range"},
    Rule{Match::kPrefix, "must be a positive", "out_of_range"},
    Rule{Match::kPrefix, "must be 1 (Monday)", "out_of_range"},
    Rule{Match::kContains, "outside the doctor's hours", "out_of_range"},
    Rule{Match::kPrefix, "must be one of", "not_one_of"},
    Rule{Match::kPrefix, "is not one of", "not_one_of"},
    Rule{Match::kPrefix, "is not a known", "not_one_of"},
    Rule{Match::kPrefix, "must be", "format"},
    Rule{Match::kPrefix, "must have", "format"},
    Rule{Match::kPrefix, "must not contain", "format"},
    Rule{Match::kPrefix, "is not a", "format"},
};

constexpr std::array kConflictRules = {
    Rule{Match::kContains, "booked then", "overlap"},
    Rule{Match::kContains, "already has a turno then", "overlap"},
    Rule{Match::kContains, "already", "taken"},
    Rule{Match::kContains, "exist", "taken"},
    Rule{Match::kPrefix, "Another", "taken"},
    Rule{Match::kPrefix, "You cannot", "not_allowed"},
};

template <std::size_t N>
std::string_view FirstCode(const std::array<Rule, N>& rules, std::string_view message, std::string_view otherwise) {
  for (const auto& rule : rules) {
    if (Matches(rule, message)) return rule.code;
  }
  return otherwise;
}

}  // namespace

std::string_view FieldErrorCode(Error::Kind kind, const FieldError& error) {
  switch (kind) {
    case Error::Kind::kNotFound: return "not_found";
    case Error::Kind::kConflict:
      if (error.field == "status") return "state";
      return FirstCode(kConflictRules, error.message, "conflict");
    default: return FirstCode(kInvalidRules, error.message, "invalid");
  }
}

}  // namespace healthpulse::http
