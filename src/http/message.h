#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace healthpulse::http {

// An HTTP request as the router sees it: no sockets, no Beast types.
struct Request {
  std::string method;                         // "GET", "POST", ...
  std::string path;                           // decoded path without the query string
  // The request target exactly as the client sent it (path and query, still encoded):
  // what a signature over "the URL as it was called" covers (Twilio's, say).
  std::string raw_target;
  // The path's segments, split on '/' before decoding (so "%2F" stays inside one) and
  // then decoded, empty ones dropped. Left empty, the router splits `path` instead.
  std::vector<std::string> segments;
  std::map<std::string, std::string> query;   // decoded query parameters (last one wins)
  // Every decoded query parameter in the order sent, repeats included ("?a=1&a=2").
  std::vector<std::pair<std::string, std::string>> query_pairs;
  std::map<std::string, std::string> headers; // lower-case names
  std::string body;
  std::string request_id;
  std::string remote_address;

  // The header's value, or nullopt. `name` must be lower-case.
  std::optional<std::string> Header(const std::string& name) const {
    auto it = headers.find(name);
    if (it == headers.end()) return std::nullopt;
    return it->second;
  }
  std::optional<std::string> Query(const std::string& name) const {
    auto it = query.find(name);
    if (it == query.end()) return std::nullopt;
    return it->second;
  }
  // Every value of a repeated query parameter, in the order sent (empty when absent).
  std::vector<std::string> QueryAll(const std::string& name) const;
};

// The writing end of a response body sent over time (Server-Sent Events).
class StreamWriter {
 public:
  virtual ~StreamWriter() = default;
  // Queues `chunk` for the client. Safe from any thread; a no-op once the client is gone.
  virtual void Send(std::string chunk) = 0;
  // Keeps `resource` (e.g. a subscription) alive exactly as long as the stream is open.
  virtual void Hold(std::shared_ptr<void> resource) = 0;
};

// Called once the stream's headers are sent, with the writer for its body.
using StreamStarter = std::function<void(const std::shared_ptr<StreamWriter>&)>;

struct Response {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // When set, `body` is ignored: the server sends text/event-stream headers and the
  // connection stays open for the writer until the client or the server closes it.
  StreamStarter stream;
};

// Decodes %XX escapes (and '+' as space when `plus_is_space`); nullopt when malformed.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

// A request target taken apart.
struct Target {
  std::string path;                          // decoded, for the static files
  std::vector<std::string> segments;         // see Request::segments
  std::map<std::string, std::string> query;  // decoded ('+' is a space), last one wins
  std::vector<std::pair<std::string, std::string>> query_pairs;  // all of them, in order
};

// Splits a request target into its decoded path, path segments and query parameters;
// nullopt when any part is not validly percent-encoded. The decoded text may be any
// bytes: the router checks it is UTF-8 (Router::Dispatch).
std::optional<Target> ParseTarget(std::string_view target);

// Name=value pairs joined by '&' (a query string or an application/x-www-form-urlencoded
// body), each part percent-decoded with '+' as a space, in order, repeats kept; empty
// parts ("a=1&&b=2") skipped, a part without '=' is a name with an empty value.
// nullopt when any part is not validly percent-encoded.
std::optional<std::vector<std::pair<std::string, std::string>>> ParseUrlEncoded(std::string_view text);

}  // namespace healthpulse::http
