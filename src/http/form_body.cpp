#include "http/form_body.h"

#include <cstdint>

#include "core/text.h"
#include "http/media_type.h"

namespace healthpulse::http {

std::optional<std::string> FormFields::Get(const std::string& name) const {
  for (const auto& [key, value] : pairs_) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::vector<std::string> FormFields::All(const std::string& name) const {
  std::vector<std::string> values;
  for (const auto& [key, value] : pairs_) {
    if (key == name) values.push_back(value);
  }
  return values;
}

Result<FormFields> ParseForm(const Request& request, std::size_t max_bytes) {
  if (auto ok = RequireMediaType(request, "application/x-www-form-urlencoded"); !ok) return Fail(ok.error());
  if (request.body.size() > max_bytes) {
    Error error = Error::BadRequest("The form body is too large");
    error.fields.push_back({"body", "must be at most " + std::to_string(max_bytes) + " bytes"});
    return Fail(std::move(error));
  }
  auto pairs = ParseUrlEncoded(request.body);
  if (!pairs) {
    Error error = Error::BadRequest("The form body is not validly percent-encoded");
    error.fields.push_back({"body", "must be application/x-www-form-urlencoded with valid %XX escapes"});
    return Fail(std::move(error));
  }
  std::vector<FieldError> errors;
  for (const auto& [name, value] : *pairs) {
    if (TextProblem(name, Line(SIZE_MAX))) {
      errors.push_back({"body", "field names must be valid UTF-8 text without control characters"});
    } else if (auto problem = TextProblem(value, FreeText(SIZE_MAX))) {
      errors.push_back({name, std::move(*problem)});
    }
  }
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return FormFields(std::move(*pairs));
}

}  // namespace healthpulse::http
