#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace healthpulse {

// Base64url without padding (RFC 4648 §5).
std::string Base64UrlEncode(std::string_view bytes);

// The bytes behind `text`, or nullopt when it is not unpadded base64url.
std::optional<std::string> Base64UrlDecode(std::string_view text);

}  // namespace healthpulse
