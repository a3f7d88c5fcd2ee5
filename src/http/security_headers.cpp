#include "http/security_headers.h"

namespace healthpulse::http {
namespace {

constexpr const char* kAppPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'";
constexpr const char* kDocsPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'";
constexpr const char* kPermissionsPolicy =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "magnetometer=(), gyroscope=(), accelerometer=()";

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

}  // namespace

std::vector<std::pair<std::string, std::string>> SecurityHeaders(std::string_view path, bool has_cache_control) {
  const bool docs = path == "/api/docs" || StartsWith(path, "/swagger/");
  std::vector<std::pair<std::string, std::string>> headers = {
      {"Content-Security-Policy", docs ? kDocsPolicy : kAppPolicy},
      {"Referrer-Policy", "no-referrer"},
      {"Permissions-Policy", kPermissionsPolicy},
      {"X-Frame-Options", "DENY"},
      {"X-Content-Type-Options", "nosniff"},
  };
  const bool private_answer =
      path.empty() || StartsWith(path, "/api/") || path == "/metrics" || path == "/healthz" || path == "/readyz";
  if (private_answer || !has_cache_control) headers.emplace_back("Cache-Control", "no-store");
  return headers;
}

}  // namespace healthpulse::http
