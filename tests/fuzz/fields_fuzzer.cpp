// Fuzzes the readers of a JSON body: nlohmann::json parsed from the input, every
// FieldReader method over each of its members with several text rules, and the date and
// time parsers (RFC 3339, calendar dates, times of day) over each string. Invariant: a text the reader accepts follows its rule.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/text.h"
#include "core/time_of_day.h"
#include "core/timestamp.h"
#include "http/json_io.h"

using namespace healthpulse;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  IsRfc3339(input);
  IsCalendarDate(input);
  auto json = nlohmann::json::parse(input, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.is_object()) return 0;
  http::FieldReader fields(json);
  for (const auto& [name, value] : json.items()) {
    for (TextRule rule : {Line(10), FreeText(40), http::kDefaultTextRule}) {
      if (auto text = fields.String(name, true, rule)) {
        if (TextProblem(*text, rule) || CharacterCount(*text) > rule.max_length) std::abort();
        if (IsRfc3339(*text) && text->size() > kMaxRfc3339Length) std::abort();
        IsCalendarDate(*text);
        EscapeLike(*text);
        if (auto minute = ParseTimeOfDay(*text); minute && (*minute < 0 || *minute > 24 * 60)) std::abort();
      }
      if (auto cleared = fields.Clearable(name, rule); cleared && *cleared) {
        if (TextProblem(**cleared, rule)) std::abort();
      }
    }
    fields.Bool(name);
    fields.Integer(name);
    fields.IdList(name);
    fields.Has(name);
    fields.IsNull(name);
    if (value.is_object()) {
      http::FieldReader nested(value);
      nested.String("username", true, Line(40));
      nested.RequireChange();
      nested.Finish();
    }
  }
  fields.RequireChange();
  auto result = fields.Finish();
  if (!result && result.error().fields.empty()) std::abort();
  return 0;
}
