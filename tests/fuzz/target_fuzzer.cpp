// Fuzzes how a request target is taken apart (ParseTarget, PercentDecode) and the text
// checks applied to what comes out (TextProblem, IsMediaType): no crash, no sanitizer
// report, and the invariants below.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/text.h"
#include "http/media_type.h"
#include "http/message.h"

using namespace healthpulse;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto target = http::ParseTarget(input);
  if (target) {
    // Segments never hold a raw slash of the target: joined, they are the decoded path
    // without its empty segments, so each is at most as long as the path.
    for (const auto& segment : target->segments) {
      if (segment.empty() || segment.size() > target->path.size()) std::abort();
      TextProblem(segment, Line(SIZE_MAX));
    }
    for (const auto& [name, value] : target->query) {
      TextProblem(name, Line(100));
      TextProblem(value, FreeText(500));
    }
    if (input.find('%') == std::string_view::npos && input.find('+') == std::string_view::npos &&
        target->path != input.substr(0, input.find('?'))) {
      std::abort();  // nothing to decode: the path is the target's
    }
  }
  for (bool plus : {false, true}) {
    auto decoded = http::PercentDecode(input, plus);
    if (decoded && decoded->size() > input.size()) std::abort();
  }
  http::IsMediaType(input, "application/json");
  EscapeLike(input);
  if (IsValidUtf8(input) && CharacterCount(input) > input.size()) std::abort();
  return 0;
}
