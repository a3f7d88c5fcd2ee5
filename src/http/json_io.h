#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/pagination.h"
#include "core/text.h"
#include "http/message.h"

namespace healthpulse::http {

// The request body as a JSON object. UnsupportedMedia (415) unless the content type is
// application/json (charset UTF-8 if given, see IsMediaType); BadRequest (400) when it is
// not valid JSON or not an object.
Result<nlohmann::json> ParseJsonObject(const Request& request);

// JSON null for an absent value.
template <typename T>
nlohmann::json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// A JSON response with the given status.
Response JsonResponse(int status, const nlohmann::json& body);
Response NoContent();

// Serializes a page as {items, next_cursor}.
template <typename T, typename ToJson>
nlohmann::json PageJson(const Page<T>& page, ToJson to_json) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : page.items) items.push_back(to_json(item));
  return {{"items", std::move(items)},
          {"next_cursor", page.next_cursor ? nlohmann::json(*page.next_cursor) : nlohmann::json(nullptr)}};
}

// The limit of a text field read without a rule of its own (login's username and
// password, say): as long as the longest password the policy allows.
inline constexpr TextRule kDefaultTextRule = Line(1024);

// Reads typed fields from a JSON object, collecting one FieldError per bad field so a
// client learns every problem at once. Absent fields are nullopt; a required absent
// field is an error. A field of the wrong type is an error, never an exception.
class FieldReader {
 public:
  explicit FieldReader(const nlohmann::json& object) : object_(object) {}

  // A text that follows `rule` (valid UTF-8, no control characters, at most
  // rule.max_length characters); one that does not is an error naming the field.
  std::optional<std::string> String(const std::string& name, bool required = false, TextRule rule = kDefaultTextRule);
  std::optional<bool> Bool(const std::string& name, bool required = false);
  std::optional<std::int64_t> Integer(const std::string& name, bool required = false);
  // An array of positive integers (ids); an error names the field.
  std::optional<std::vector<std::int64_t>> IdList(const std::string& name, bool required = false);
  // A text field that may be cleared: absent → nullopt; null or "" → a present nullopt.
  std::optional<std::optional<std::string>> Clearable(const std::string& name, TextRule rule = kDefaultTextRule);

  // True when the field is present (even as null).
  bool Has(const std::string& name) const { return object_.contains(name); }
  // True when present and JSON null.
  bool IsNull(const std::string& name) const { return Has(name) && object_.at(name).is_null(); }

  // Counts a field the caller read from the object itself (a nested array, say) as given.
  void MarkGiven(const std::string& name) { given_ = given_ || Has(name); }
  // For PATCH: rejects the body ("body": send at least one field to change) when no field
  // read so far was given (absent and, except for clearable ones, null count as not
  // given), so an empty object or one of unknown fields changes nothing and says so.
  void RequireChange();

  // Records a problem found by the caller's own checks.
  void Reject(std::string field, std::string message) { errors_.push_back({std::move(field), std::move(message)}); }

  // Adds the domain validation's findings for fields that have no error yet, so one
  // answer names every bad field without repeating one.
  void Merge(const std::vector<FieldError>& errors);

  // Ok when no field failed; otherwise Invalid with every failure.
  Result<void> Finish() const;

 private:
  const nlohmann::json& object_;
  std::vector<FieldError> errors_;
  bool given_ = false;
};

// Query parameter readers: absent → nullopt; malformed → Invalid naming the parameter.
// (Every query value is already valid UTF-8 without control characters: the router
// refuses a request otherwise, see Router::Dispatch.)
Result<std::optional<std::int64_t>> QueryInteger(const Request& request, const std::string& name);
// An object id: a whole number of at least 1 ("must be a positive integer" otherwise).
Result<std::optional<std::int64_t>> QueryId(const Request& request, const std::string& name);
Result<std::optional<bool>> QueryBool(const Request& request, const std::string& name);

// limit (1..kMaxPageSize, default kDefaultPageSize) and cursor, 422 when malformed.
Result<PageRequest> ParsePageRequest(const Request& request);

}  // namespace healthpulse::http
