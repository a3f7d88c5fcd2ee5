#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace healthpulse::outbound {

// One outbound HTTP request (to Twilio and the like). `basic_user`/`basic_password`,
// when set, become an Authorization: Basic header; they are never logged.
struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string basic_user;
  std::string basic_password;
};

struct HttpResponse {
  int status = 0;
  std::string body;
};

// Why no HTTP answer came back. `maybe_delivered` is false only when the request surely
// never reached the peer (name resolution or connection refused): after a timeout or a
// connection cut mid-way, the peer may have acted on it.
struct TransportError {
  std::string message;
  bool maybe_delivered = true;
};

// Sends requests and waits for the answer. Implementations are thread-safe and bound
// every request by their timeouts; a test replaces this with a fake.
class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  virtual tl::expected<HttpResponse, TransportError> Send(const HttpRequest& request) = 0;
};

// `value` percent-encoded for a URL query or an application/x-www-form-urlencoded body.
std::string FormEncode(const std::string& value);

// name=value pairs joined with '&', each side FormEncode'd.
std::string FormBody(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace healthpulse::outbound
