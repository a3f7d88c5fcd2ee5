#include "http/server.h"

#include <utility>  // Boost 1.74's asio needs it before awaitable.hpp

#include <array>
#include <atomic>
#include <chrono>
#include <deque>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include "core/log_throttle.h"
#include "http/problem.h"
#include "http/security_headers.h"

namespace healthpulse::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

// Repeated server-side warnings (accept failures, refused connections) at most a few
// lines a second, with a count of those dropped.
LogThrottle& ServerLogThrottle() {
  static LogThrottle throttle(5, std::chrono::seconds(1));
  return throttle;
}

template <typename... Args>
void WarnThrottled(const std::string& key, fmt::format_string<Args...> format, Args&&... args) {
  auto suppressed = ServerLogThrottle().Admit(key);
  if (!suppressed) return;
  auto line = fmt::format(format, std::forward<Args>(args)...);
  if (*suppressed > 0) line += fmt::format(" ({} like it suppressed)", *suppressed);
  spdlog::warn("{}", line);
}

// HEALTHPULSE_MAX_CONNECTIONS, lowered so that client connections can never take the
// last file descriptors: those still open at start-up (database connections, the
// listener, the event loop), plus room for the pool to reconnect and the workers to open
// static files, stay free. So the server keeps working when clients hold every socket
// it allows, instead of failing to accept and to reach its database.
std::size_t ConnectionLimit(int configured, int pool_size) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
    return static_cast<std::size_t>(configured);
  }
  std::error_code ec;
  long long open = 0;
  for (auto it = std::filesystem::directory_iterator("/proc/self/fd", ec); !ec && it != std::filesystem::end(it);
       it.increment(ec)) {
    ++open;
  }
  long long reserve = open + pool_size + 16;
  long long by_descriptors = std::max(1LL, static_cast<long long>(limit.rlim_cur) - reserve);
  if (by_descriptors < configured) {
    spdlog::warn("serving at most {} connections: the file descriptor limit is {} (raise ulimit -n for more)",
                 by_descriptors, static_cast<long long>(limit.rlim_cur));
    return static_cast<std::size_t>(by_descriptors);
  }
  return static_cast<std::size_t>(configured);
}

std::string NewRequestId() {
  unsigned char bytes[8];
  randombytes_buf(bytes, sizeof bytes);
  char hex[sizeof bytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

class Session;

// What every session shares: read-only settings plus the registry used to close idle
// connections at shutdown.
struct Shared {
  Shared(const Config& config, const Router& router, Metrics& metrics, net::thread_pool& workers,
         net::thread_pool& probes)
      : config(config), router(router), metrics(metrics), workers(workers), probes(probes) {}

  const Config& config;
  const Router& router;
  Metrics& metrics;
  net::thread_pool& workers;
  net::thread_pool& probes;  // /readyz and /metrics: never queued behind the workers
  std::atomic<bool> stopping{false};
  std::mutex sessions_mutex;  // guards sessions and keep_running
  std::set<std::shared_ptr<Session>> sessions;
  // Keeps the I/O threads alive while a worker still owes a session its response;
  // dropped once stopping and the last session has closed.
  std::optional<net::executor_work_guard<net::io_context::executor_type>> keep_running;

  void Forget(const std::shared_ptr<Session>& session) {
    std::lock_guard lock(sessions_mutex);
    sessions.erase(session);
    if (stopping && sessions.empty()) keep_running.reset();
  }

  std::size_t Open() {
    std::lock_guard lock(sessions_mutex);
    return sessions.size();
  }
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Shared& shared)
      : stream_(std::move(socket)), heartbeat_(stream_.get_executor()), shared_(shared) {}

  void Start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }

  // Closes the connection now when idle; otherwise after the response in flight.
  void Stop() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      self->close_after_write_ = true;
      if (!self->busy_ || self->streaming_) self->Close();
    });
  }

 private:
  void Read() {
    if (shared_.stopping) return Close();
    parser_.emplace();
    parser_->body_limit(shared_.config.max_body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(shared_.config.max_header_bytes));
    stream_.expires_after(shared_.config.read_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == net::error::operation_aborted) {
      return Close();
    }
    if (ec == bhttp::error::body_limit) return Refuse(ProblemResponse(413, "", "The request body is too large"));
    if (ec == bhttp::error::header_limit) return Refuse(ProblemResponse(431, "", "The request headers are too large"));
    if (ec) {
      if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()) {
        return Refuse(ProblemResponse(400, "", "Malformed HTTP request"));
      }
      return Close();
    }
    busy_ = true;
    auto message = parser_->release();
    keep_alive_ = message.keep_alive();
    auto started = std::chrono::steady_clock::now();
    auto request = std::make_shared<Request>();
    request->method = std::string(message.method_string());
    request->body = std::move(message.body());
    request->request_id = NewRequestId();
    beast::error_code endpoint_ec;
    auto remote = stream_.socket().remote_endpoint(endpoint_ec);
    if (!endpoint_ec) request->remote_address = remote.address().to_string();
    for (const auto& field : message) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request->headers[name] = std::string(field.value());
    }
    request->raw_target = std::string(message.target());
    auto target = ParseTarget(request->raw_target);
    const bool valid = target.has_value();
    if (valid) {
      request->path = std::move(target->path);
      request->segments = std::move(target->segments);
      request->query = std::move(target->query);
      request->query_pairs = std::move(target->query_pairs);
    }
    auto handle = [self = shared_from_this(), request, valid, started] {
      self->Finish(request,
                   valid ? self->shared_.router.Dispatch(*request)
                         : Router::Outcome{ProblemResponse(400, "", "The request target is not validly percent-encoded"),
                                           "unmatched"},
                   started);
    };
    // Liveness is answered here on the I/O thread (a public route that touches nothing),
    // so it answers even when every worker is stuck; readiness and metrics on threads of
    // their own, so they never queue behind the workers.
    if (valid && request->path == "/healthz") return handle();
    if (valid && (request->path == "/readyz" || request->path == "/metrics")) return net::post(shared_.probes, handle);

    // Blocking work (the router, the database) runs on the worker pool. A request no
    // worker has taken up within the pool wait is answered 503 from here instead: under
    // a rush, or with the workers stuck on a database that hangs, clients hear back in
    // bounded time rather than queueing without end.
    auto claimed = std::make_shared<std::atomic<bool>>(false);
    auto deadline = std::make_shared<net::steady_timer>(stream_.get_executor());
    deadline->expires_after(shared_.config.db_pool_wait);
    deadline->async_wait([self = shared_from_this(), request, claimed, started](beast::error_code ec) {
      if (ec || claimed->exchange(true)) return;
      self->Finish(request,
                   {ProblemResponse(Error::Unavailable("The server is too busy to answer now; try again shortly")),
                    "overloaded"},
                   started);
    });
    net::post(shared_.workers, [self = shared_from_this(), handle = std::move(handle), claimed, deadline] {
      if (claimed->exchange(true)) return;  // already answered 503
      net::post(self->stream_.get_executor(), [deadline] { deadline->cancel(); });
      handle();
    });
  }

  // Counts and logs a request's outcome (on any thread), then writes it on the
  // session's own executor.
  void Finish(const std::shared_ptr<Request>& request, Router::Outcome outcome,
              std::chrono::steady_clock::time_point started) {
    auto elapsed = std::chrono::steady_clock::now() - started;
    shared_.metrics.Record(outcome.route, request->method, outcome.response.status, elapsed);
    spdlog::info(nlohmann::json{
        {"request_id", request->request_id},
        {"method", request->method},
        {"route", outcome.route},
        {"status", outcome.response.status},
        {"duration_ms", std::chrono::duration<double, std::milli>(elapsed).count()},
    }.dump());
    net::post(stream_.get_executor(),
              [self = shared_from_this(), request, response = std::move(outcome.response)]() mutable {
                self->Write(std::move(response), request->request_id, request->path, request->method == "HEAD");
              });
  }

  // Answers a request that could not be read in full, then closes the connection.
  // Logged and counted like any other request.
  void Refuse(Response response) {
    busy_ = true;
    keep_alive_ = false;
    refused_ = true;
    auto request_id = NewRequestId();
    shared_.metrics.Record("unmatched", "unknown", response.status, std::chrono::nanoseconds(0));
    spdlog::info(nlohmann::json{{"request_id", request_id},
                                {"method", "unknown"},
                                {"route", "unmatched"},
                                {"status", response.status},
                                {"duration_ms", 0}}
                     .dump());
    Write(std::move(response), request_id, "", false);
  }

  // After refusing a request whose body is still arriving, stop sending but keep
  // reading (and discarding) for a while: closing with unread data would reset the
  // connection and the client would never see the 413.
  void Linger() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(5));
    DiscardInput();
  }

  void DiscardInput() {
    stream_.async_read_some(net::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->discarded_ += n;
      if (ec || self->discarded_ > (64u << 20)) return self->Close();
      self->DiscardInput();
    });
  }

  // A Server-Sent Events stream: headers now, then whatever the writer sends, until
  // the client goes away (a pending read sees it) or the server shuts down.
  class EventStream : public StreamWriter {
   public:
    explicit EventStream(std::weak_ptr<Session> session) : session_(std::move(session)) {}
    void Send(std::string chunk) override {
      if (auto session = session_.lock()) {
        net::post(session->stream_.get_executor(),
                  [session, chunk = std::move(chunk)]() mutable { session->QueueChunk(std::move(chunk)); });
      }
    }
    void Hold(std::shared_ptr<void> resource) override {
      std::lock_guard lock(mutex_);
      held_.push_back(std::move(resource));
    }

   private:
    std::weak_ptr<Session> session_;
    std::mutex mutex_;  // guards held_
    std::vector<std::shared_ptr<void>> held_;
  };

  void StartStream(const Response& response, const std::string& request_id, const std::string& path) {
    streaming_ = true;
    stream_.expires_never();
    std::string head =
        "HTTP/1.1 200 OK\r\nServer: HealthPulse\r\nContent-Type: text/event-stream\r\n"
        "X-Accel-Buffering: no\r\nConnection: close\r\nX-Request-Id: " +
        request_id + "\r\n";
    for (const auto& [name, value] : SecurityHeaders(path, false)) head += name + ": " + value + "\r\n";
    pending_.push_back(head + "\r\n: connected\n\n");
    writer_ = std::make_shared<EventStream>(weak_from_this());
    response.stream(writer_);
    WriteNextChunk();
    WatchForDisconnect();
    Heartbeat();
  }

  void QueueChunk(std::string chunk) {
    if (!streaming_) return;
    if (pending_.size() > 1000) return Close();  // a client this far behind is gone
    pending_.push_back(std::move(chunk));
    if (!writing_) WriteNextChunk();
  }

  void WriteNextChunk() {
    if (pending_.empty() || !streaming_) return;
    writing_ = true;
    net::async_write(stream_, net::buffer(pending_.front()), [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->writing_ = false;
      if (!self->pending_.empty()) self->pending_.pop_front();
      if (ec) return self->Close();
      self->WriteNextChunk();
    });
  }

  void WatchForDisconnect() {
    stream_.async_read_some(net::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->Close();
      self->WatchForDisconnect();
    });
  }

  void Heartbeat() {
    heartbeat_.expires_after(std::chrono::seconds(15));
    heartbeat_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || !self->streaming_) return;
      self->QueueChunk(": ping\n\n");
      self->Heartbeat();
    });
  }

  void Write(Response response, const std::string& request_id, const std::string& path, bool head) {
    if (response.stream) return StartStream(response, request_id, path);
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    message->version(11);
    message->result(static_cast<unsigned>(response.status));
    message->set(bhttp::field::server, "HealthPulse");
    message->set("X-Request-Id", request_id);
    if (!response.content_type.empty()) message->set(bhttp::field::content_type, response.content_type);
    bool has_cache_control = false;
    for (const auto& [name, value] : response.headers) {
      message->set(name, value);
      if (beast::iequals(name, "Cache-Control")) has_cache_control = true;
    }
    for (const auto& [name, value] : SecurityHeaders(path, has_cache_control)) message->set(name, value);
    message->keep_alive(keep_alive_ && !close_after_write_ && !shared_.stopping);
    auto length = response.body.size();
    if (!head) message->body() = std::move(response.body);
    message->prepare_payload();
    if (head) message->content_length(length);
    bhttp::async_write(stream_, *message, [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
      self->busy_ = false;
      if (!ec && self->refused_) return self->Linger();
      if (ec || !message->keep_alive()) return self->Close();
      self->Read();
    });
  }

  void Close() {
    if (streaming_) {
      streaming_ = false;
      heartbeat_.cancel();
      writer_.reset();  // releases what the stream held (its subscription)
    }
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
    shared_.Forget(shared_from_this());
  }

  beast::tcp_stream stream_;
  net::steady_timer heartbeat_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Shared& shared_;
  bool keep_alive_ = false;
  bool busy_ = false;               // a request is being handled or answered
  bool close_after_write_ = false;  // set at shutdown
  bool refused_ = false;            // the request was refused before it was read in full
  std::array<char, 16384> discard_{};
  std::size_t discarded_ = 0;
  bool streaming_ = false;  // the response is an open event stream
  bool writing_ = false;    // a stream chunk is being written
  std::deque<std::string> pending_;  // stream chunks not yet written
  std::shared_ptr<StreamWriter> writer_;
};

}  // namespace

struct Server::Impl {
  Impl(const Config& config, const Router& router, Metrics& metrics)
      : config(config),
        workers(static_cast<std::size_t>(config.db_pool_size)),
        probes(2),
        shared{config, router, metrics, workers, probes},
        acceptor(net::make_strand(ioc)),
        accept_timer(acceptor.get_executor()),
        signals(ioc, SIGINT, SIGTERM) {
    auto address = net::ip::make_address(config.listen_address);
    tcp::endpoint endpoint(address, config.port);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(net::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(net::socket_base::max_listen_connections);
  }

  void Accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
      if (ec) {
        if (shared.stopping) return;
        WarnThrottled("accept", "accept failed: {}", ec.message());
        // Out of file descriptors the same error comes back at once, for as long as the
        // connection waits in the backlog: answer what waits with a 503 through the
        // spare descriptor, then pause (50 ms doubling to 1 s) instead of spinning.
        if (ec == net::error::no_descriptors || ec.value() == ENFILE || ec == net::error::no_buffer_space) {
          RefuseBacklog();
        }
        accept_backoff = std::min(accept_backoff.count() == 0 ? std::chrono::milliseconds(50) : accept_backoff * 2,
                                  std::chrono::milliseconds(1000));
        accept_timer.expires_after(accept_backoff);
        accept_timer.async_wait([this](beast::error_code wait_ec) {
          if (!wait_ec && !shared.stopping) Accept();
        });
        return;
      }
      accept_backoff = std::chrono::milliseconds(0);
      if (shared.Open() >= connection_limit) {
        WarnThrottled("refused", "refusing a connection: {} open, the most this server takes", connection_limit);
        SendBusy(socket.native_handle());  // the socket closes as it goes out of scope
      } else {
        auto session = std::make_shared<Session>(std::move(socket), shared);
        {
          std::lock_guard lock(shared.sessions_mutex);
          shared.sessions.insert(session);
        }
        session->Start();
      }
      Accept();
    });
  }

  // A short 503 written straight into the socket's buffer (it fits), then the end of
  // sending: for connections refused before they get a session. The caller closes.
  static void SendBusy(int fd) {
    static const std::string kBusy = [] {
      std::string body = ProblemResponse(Error::Unavailable("The server has too many open connections")).body;
      std::string text = "HTTP/1.1 503 Service Unavailable\r\nServer: HealthPulse\r\n"
                         "Content-Type: application/problem+json\r\nRetry-After: 1\r\nConnection: close\r\n";
      for (const auto& [name, value] : SecurityHeaders("", false)) text += name + ": " + value + "\r\n";
      return text + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    }();
    [[maybe_unused]] auto written = ::send(fd, kBusy.data(), kBusy.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    ::shutdown(fd, SHUT_WR);
  }

  // With no descriptor left, frees the spare one to take the waiting connections off
  // the backlog and refuse them (at most a bounded number per call), then takes it back.
  void RefuseBacklog() {
    if (spare_fd >= 0) ::close(spare_fd);
    for (int i = 0; i < 64; ++i) {
      int fd = ::accept4(acceptor.native_handle(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) break;
      SendBusy(fd);
      ::close(fd);
    }
    spare_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  }

  void Shutdown() {
    spdlog::info("shutting down: finishing requests in flight");
    shared.stopping = true;
    beast::error_code ec;
    acceptor.close(ec);
    accept_timer.cancel();
    std::lock_guard lock(shared.sessions_mutex);
    for (const auto& session : shared.sessions) session->Stop();
    if (shared.sessions.empty()) shared.keep_running.reset();
  }

  const Config& config;
  net::io_context ioc;
  net::thread_pool workers;
  net::thread_pool probes;
  Shared shared;
  tcp::acceptor acceptor;
  net::steady_timer accept_timer;  // paces accepting again after an error
  std::chrono::milliseconds accept_backoff{0};
  // Kept open so that, out of descriptors, one can be freed to refuse a waiting
  // connection rather than leave it hanging in the backlog.
  int spare_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  net::signal_set signals;
  const std::size_t connection_limit = ConnectionLimit(config.max_connections, config.db_pool_size);
};

Server::Server(const Config& config, const Router& router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(config, router, metrics)) {}

Server::~Server() = default;

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::Run() {
  impl_->shared.keep_running.emplace(impl_->ioc.get_executor());
  impl_->signals.async_wait([this](beast::error_code, int) { impl_->Shutdown(); });
  impl_->Accept();
  std::vector<std::thread> io_threads;
  for (int i = 1; i < impl_->config.io_threads; ++i) io_threads.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (auto& t : io_threads) t.join();
  impl_->workers.join();
  impl_->probes.join();
  if (impl_->spare_fd >= 0) ::close(impl_->spare_fd);
  spdlog::info("stopped");
}

}  // namespace healthpulse::http
