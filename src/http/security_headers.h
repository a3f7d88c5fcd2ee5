#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace healthpulse::http {

// The headers every answer carries, whatever produced it (a handler, a static file, a
// problem the server wrote itself), for the request path `path` ("" when the request
// could not be read):
// - Content-Security-Policy: the web app's (scripts and connections only from this
//   origin, no framing, no <base>, forms only here; inline styles allowed because
//   Mantine injects <style> elements), or Swagger UI's for /api/docs and /swagger/
//   (the same, plus data: fonts its stylesheet uses);
// - Referrer-Policy: no-referrer; Permissions-Policy denying camera, microphone,
//   geolocation, payment, USB and the like; X-Frame-Options: DENY; X-Content-Type-Options;
// - Cache-Control: no-store for /api/ answers, /metrics, /healthz, /readyz and for
//   unreadable requests: answers about patients must not be kept by caches or browsers.
//   `has_cache_control` says whether the response already set its own (static files do).
std::vector<std::pair<std::string, std::string>> SecurityHeaders(std::string_view path, bool has_cache_control);

}  // namespace healthpulse::http
