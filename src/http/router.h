#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/permissions.h"
#include "core/principal.h"
#include "http/idempotency.h"
#include "http/message.h"

namespace healthpulse::http {

// What a route requires of the caller. Every route must declare one: there is no
// default, and the route table test checks that only the known public routes are public
// and only the known webhooks are signed by Twilio.
struct Access {
  // kSignedByTwilio: no session; the request must carry a valid X-Twilio-Signature, as
  // the router's Twilio signature check decides (403 otherwise, and without a check).
  enum class Kind { kPublic, kSignedIn, kCapability, kSignedByTwilio };
  Kind kind;
  Capability capability = Capability::kManageUsers;  // meaningful for kCapability only

  static Access Public() { return {Kind::kPublic}; }
  static Access SignedIn() { return {Kind::kSignedIn}; }
  static Access Require(Capability c) { return {Kind::kCapability, c}; }
  static Access SignedByTwilio() { return {Kind::kSignedByTwilio}; }

  // "public", "signed_in", "signed_by_twilio" or the capability's name.
  std::string Describe() const;
};

// What a handler gets: the request, the signed-in caller (set on signed-in and
// capability routes only) and the path parameters.
struct RouteContext {
  const Request& request;
  std::optional<Principal> principal;
  std::map<std::string, std::string> params;

  // The caller; only valid on signed-in and capability routes.
  const Principal& caller() const { return *principal; }

  // A positive integer path parameter; NotFound when it is not one (an id that cannot
  // exist names nothing).
  Result<std::int64_t> IdParam(const std::string& name) const;
};

using Handler = std::function<Response(RouteContext&)>;

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/users/{id}"
  Access access;
  Handler handler;
  std::vector<std::string> segments;
};

// Resolves a bearer token to its session's user; Unauthenticated when unknown/expired.
using Authenticator = std::function<Result<Principal>(std::string_view token)>;

// True when a request to a kSignedByTwilio route carries Twilio's valid signature.
using SignatureCheck = std::function<bool(const Request& request)>;

// Maps requests to handlers. Knows nothing of sockets. Routes are added at start-up and
// the table is read-only afterwards, so Dispatch is safe from many threads.
class Router {
 public:
  explicit Router(Authenticator authenticate);

  void Add(std::string method, std::string pattern, Access access, Handler handler);

  // Decides kSignedByTwilio routes; without one they all answer 403.
  void SetTwilioSignatureCheck(SignatureCheck check) { twilio_check_ = std::move(check); }

  // Serves GET requests outside /api/ that match no route (the web app).
  void SetFallback(Handler handler);

  // Makes every POST of a signed-in route honour Idempotency-Key: a repeat of a request
  // with the same key by the same user gets the first answer (409 while the first is still
  // running, 422 when the key was used for a different request). `store` must outlive
  // the router. Without a store the header is ignored.
  void SetIdempotencyStore(IdempotencyStore* store) { idempotency_ = store; }

  struct Outcome {
    Response response;
    std::string route;  // the matched pattern, for logs and metrics ("unmatched" if none)
  };

  // Refuses a path segment that is not UTF-8 text without control characters (400,
  // field "path") and such a query parameter or one over 500 characters (422 naming it),
  // so no handler can forget to; matches the path's segments as split before decoding
  // (request.segments, so "1%2Fdeactivate" is one segment). Then finds the route (404
  // none, 405 wrong method), authenticates (401), checks access (403), and runs the
  // handler (a kSignedByTwilio route: 403 unless the signature check passes). A handler that throws gets a 500 problem; the
  // exception is logged with the request id.
  Outcome Dispatch(const Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::optional<Response> Authorize(const Request& request, const Access& access,
                                    std::optional<Principal>& principal) const;

  // Runs the matched route's handler, through the idempotency store when it applies.
  Response Run(const Route& route, RouteContext& context) const;

  Authenticator authenticate_;
  std::vector<Route> routes_;
  Handler fallback_;
  SignatureCheck twilio_check_;
  IdempotencyStore* idempotency_ = nullptr;
};

}  // namespace healthpulse::http
