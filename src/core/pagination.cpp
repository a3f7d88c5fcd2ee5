#include "core/pagination.h"

#include <charconv>

#include "core/base64url.h"

namespace healthpulse {

std::string EncodeCursor(std::int64_t id) { return Base64UrlEncode("c" + std::to_string(id)); }

std::optional<std::int64_t> DecodeCursor(std::string_view cursor) {
  auto decoded = Base64UrlDecode(cursor);
  if (!decoded || decoded->size() < 2 || (*decoded)[0] != 'c') return std::nullopt;
  std::int64_t id = 0;
  const char* begin = decoded->data() + 1;
  const char* end = decoded->data() + decoded->size();
  auto [ptr, ec] = std::from_chars(begin, end, id);
  if (ec != std::errc() || ptr != end || id < 0) return std::nullopt;
  return id;
}

}  // namespace healthpulse
