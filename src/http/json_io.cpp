#include "http/json_io.h"

#include <charconv>

#include "http/media_type.h"

namespace healthpulse::http {

Result<nlohmann::json> ParseJsonObject(const Request& request) {
  if (auto media = RequireMediaType(request, "application/json"); !media) return Fail(media.error());
  auto body = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return Fail(Error::BadRequest("The body is not valid JSON"));
  if (!body.is_object()) return Fail(Error::BadRequest("The body must be a JSON object"));
  return body;
}

Response JsonResponse(int status, const nlohmann::json& body) {
  return Response{status, "application/json", body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}, {}};
}

Response NoContent() { return Response{204, "", "", {}, {}}; }

std::optional<std::string> FieldReader::String(const std::string& name, bool required, TextRule rule) {
  if (!Has(name) || IsNull(name)) {
    if (required) Reject(name, "is required");
    return std::nullopt;
  }
  given_ = true;
  const auto& value = object_.at(name);
  if (!value.is_string()) {
    Reject(name, "must be a string");
    return std::nullopt;
  }
  const auto& text = value.get_ref<const std::string&>();
  if (auto problem = TextProblem(text, rule)) {
    Reject(name, std::move(*problem));
    return std::nullopt;
  }
  return text;
}

std::optional<bool> FieldReader::Bool(const std::string& name, bool required) {
  if (!Has(name) || IsNull(name)) {
    if (required) Reject(name, "is required");
    return std::nullopt;
  }
  given_ = true;
  const auto& value = object_.at(name);
  if (!value.is_boolean()) {
    Reject(name, "must be true or false");
    return std::nullopt;
  }
  return value.get<bool>();
}

std::optional<std::int64_t> FieldReader::Integer(const std::string& name, bool required) {
  if (!Has(name) || IsNull(name)) {
    if (required) Reject(name, "is required");
    return std::nullopt;
  }
  given_ = true;
  const auto& value = object_.at(name);
  if (!value.is_number_integer()) {
    Reject(name, "must be a whole number");
    return std::nullopt;
  }
  return value.get<std::int64_t>();
}

void FieldReader::Merge(const std::vector<FieldError>& errors) {
  for (const auto& error : errors) {
    bool named = false;
    for (const auto& existing : errors_) named = named || existing.field == error.field;
    if (!named) errors_.push_back(error);
  }
}

std::optional<std::vector<std::int64_t>> FieldReader::IdList(const std::string& name, bool required) {
  if (!Has(name) || IsNull(name)) {
    if (required) Reject(name, "is required");
    return std::nullopt;
  }
  given_ = true;
  const auto& value = object_.at(name);
  std::vector<std::int64_t> ids;
  bool ok = value.is_array();
  if (ok) {
    for (const auto& item : value) {
      if (!item.is_number_integer() || item.get<std::int64_t>() <= 0) {
        ok = false;
        break;
      }
      ids.push_back(item.get<std::int64_t>());
    }
  }
  if (!ok) {
    Reject(name, "must be an array of ids");
    return std::nullopt;
  }
  return ids;
}

std::optional<std::optional<std::string>> FieldReader::Clearable(const std::string& name, TextRule rule) {
  if (!Has(name)) return std::nullopt;
  given_ = true;
  auto value = String(name, false, rule);
  if (!value || value->empty()) return std::optional<std::string>{};
  return value;
}

void FieldReader::RequireChange() {
  if (!given_) Reject("body", "send at least one field to change");
}

Result<void> FieldReader::Finish() const {
  if (errors_.empty()) return {};
  return Fail(Error::Invalid(errors_));
}

Result<std::optional<std::int64_t>> QueryInteger(const Request& request, const std::string& name) {
  auto text = request.Query(name);
  if (!text) return std::optional<std::int64_t>{};
  std::int64_t value = 0;
  const char* end = text->data() + text->size();
  auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (text->empty() || ec != std::errc() || ptr != end) return Fail(Error::Invalid(name, "must be a whole number"));
  return std::optional<std::int64_t>{value};
}

Result<std::optional<std::int64_t>> QueryId(const Request& request, const std::string& name) {
  auto value = QueryInteger(request, name);
  if (value && *value && **value < 1) return Fail(Error::Invalid(name, "must be a positive integer"));
  return value;
}

Result<std::optional<bool>> QueryBool(const Request& request, const std::string& name) {
  auto text = request.Query(name);
  if (!text) return std::optional<bool>{};
  if (*text == "true") return std::optional<bool>{true};
  if (*text == "false") return std::optional<bool>{false};
  return Fail(Error::Invalid(name, "must be true or false"));
}

Result<PageRequest> ParsePageRequest(const Request& request) {
  PageRequest page;
  auto limit = QueryInteger(request, "limit");
  if (!limit) return Fail(limit.error());
  if (*limit) {
    if (**limit < 1 || **limit > kMaxPageSize) {
      return Fail(Error::Invalid("limit", "must be from 1 to " + std::to_string(kMaxPageSize)));
    }
    page.limit = static_cast<int>(**limit);
  }
  if (auto cursor = request.Query("cursor")) {
    page.cursor_id = DecodeCursor(*cursor);
    if (!page.cursor_id) return Fail(Error::Invalid("cursor", "is not a cursor this server gave out"));
  }
  return page;
}

}  // namespace healthpulse::http
