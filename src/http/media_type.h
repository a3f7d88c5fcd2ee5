#pragma once

#include <string_view>

#include "core/error.h"
#include "http/message.h"

namespace healthpulse::http {

// True when a Content-Type header names exactly `expected` (a lower-case "type/subtype")
// per RFC 9110 §8.3.1: type and subtype compared case-insensitively, parameters after
// ';' allowed, and a charset parameter, if any, only UTF-8 (any case, quoted or not).
// "Application/JSON; charset=UTF-8" is application/json; "application/jsonx",
// "application/json-patch+json" and "application/json; charset=latin1" are not.
bool IsMediaType(std::string_view content_type, std::string_view expected);

// Ok when the request's body is declared as `expected`; UnsupportedMedia (415) otherwise.
Result<void> RequireMediaType(const Request& request, std::string_view expected);

}  // namespace healthpulse::http
