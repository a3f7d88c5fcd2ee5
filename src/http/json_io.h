#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/pagination.h"
#include "http/message.h"

namespace healthpulse::http {

// The request body as a JSON object. UnsupportedMedia (415) unless the content type is
// application/json; BadRequest (400) when it is not valid JSON or not an object.
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

// Reads typed fields from a JSON object, collecting one FieldError per bad field so a
// client learns every problem at once. Absent fields are nullopt; a required absent
// field is an error. A field of the wrong type is an error, never an exception.
class FieldReader {
 public:
  explicit FieldReader(const nlohmann::json& object) : object_(object) {}

  std::optional<std::string> String(const std::string& name, bool required = false);
  std::optional<bool> Bool(const std::string& name, bool required = false);
  std::optional<std::int64_t> Integer(const std::string& name, bool required = false);
  // An array of positive integers (ids); an error names the field.
  std::optional<std::vector<std::int64_t>> IdList(const std::string& name, bool required = false);
  // A text field that may be cleared: absent → nullopt; null or "" → a present nullopt.
  std::optional<std::optional<std::string>> Clearable(const std::string& name);

  // True when the field is present (even as null).
  bool Has(const std::string& name) const { return object_.contains(name); }
  // True when present and JSON null.
  bool IsNull(const std::string& name) const { return Has(name) && object_.at(name).is_null(); }

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
};

// Query parameter readers: absent → nullopt; malformed → Invalid naming the parameter.
Result<std::optional<std::int64_t>> QueryInteger(const Request& request, const std::string& name);
Result<std::optional<bool>> QueryBool(const Request& request, const std::string& name);

// limit (1..kMaxPageSize, default kDefaultPageSize) and cursor, 422 when malformed.
Result<PageRequest> ParsePageRequest(const Request& request);

}  // namespace healthpulse::http
