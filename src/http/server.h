#pragma once

#include <memory>
#include <string>

#include "config/config.h"
#include "http/metrics.h"
#include "http/router.h"

namespace healthpulse::http {

// The HTTP/1.1 server: an accept loop and one session per connection (read a request,
// hand it to the router on the worker pool, write the response, repeat while
// keep-alive). Sockets live on `io_threads` I/O threads; handlers, which block on the
// database, run on `db_pool_size` worker threads so they never stall the I/O threads.
// /healthz is answered on the I/O thread and /readyz and /metrics on two threads of
// their own, so they answer while every worker is stuck. A request no worker has taken
// up within `db_pool_wait` is answered 503 (Retry-After). Enforces the body (413) and
// header (431) limits, the read timeout and `max_connections` (lowered to fit the file
// descriptor limit; the excess is answered 503 and closed); accept errors back off.
// Every answer carries SecurityHeaders.
class Server {
 public:
  Server(const Config& config, const Router& router, Metrics& metrics);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds, then serves until SIGINT or SIGTERM; then stops accepting, lets in-flight
  // requests finish and returns. Throws when the address cannot be bound.
  void Run();

  // The port actually bound (useful with port 0); valid once Run has bound.
  unsigned short port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace healthpulse::http
