#pragma once

#include <chrono>

#include "outbound/http_transport.h"

namespace healthpulse::outbound {

// HttpTransport over libcurl: a fresh easy handle per request (no shared state, so
// thread-safe), `connect_timeout` to establish the connection and `total_timeout` for
// the whole exchange. Signals are not used (CURLOPT_NOSIGNAL), so it is safe in threads.
class CurlTransport final : public HttpTransport {
 public:
  CurlTransport(std::chrono::milliseconds connect_timeout, std::chrono::milliseconds total_timeout);
  ~CurlTransport() override;
  CurlTransport(const CurlTransport&) = delete;
  CurlTransport& operator=(const CurlTransport&) = delete;

  tl::expected<HttpResponse, TransportError> Send(const HttpRequest& request) override;

 private:
  const std::chrono::milliseconds connect_timeout_;
  const std::chrono::milliseconds total_timeout_;
};

}  // namespace healthpulse::outbound
