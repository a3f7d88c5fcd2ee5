#pragma once

#include <string_view>

namespace healthpulse::http {

// Whether an Accept-Encoding header value (RFC 9110 §12.5.3) accepts `coding` ("br",
// "gzip"): listed by name, or by "*", with a q-value above zero. Names compare without
// regard to case; "x-gzip" counts as "gzip". A missing or empty header accepts none.
bool AcceptsEncoding(std::string_view header, std::string_view coding);

}  // namespace healthpulse::http
