#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace healthpulse::sms {

// Twilio's X-Twilio-Signature (DESIGN.md §7): base64(HMAC-SHA1(auth token, the URL as
// Twilio called it + each POST parameter's name and value, sorted by name)). Repeated
// names are sorted by value too, as Twilio's own libraries do. `url` is the scheme,
// host, path and query exactly as Twilio requested them (still percent-encoded).
std::string TwilioSignature(std::string_view auth_token, std::string_view url,
                            std::vector<std::pair<std::string, std::string>> params);

// True when `signature` is TwilioSignature(auth_token, url, params), compared in constant
// time. Always false with an empty auth token (none configured) or an empty signature.
bool IsValidTwilioSignature(std::string_view auth_token, std::string_view url,
                            const std::vector<std::pair<std::string, std::string>>& params,
                            std::string_view signature);

}  // namespace healthpulse::sms
