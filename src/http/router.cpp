#include "http/router.h"

#include <cctype>
#include <charconv>
#include <cstdint>

#include <spdlog/spdlog.h>

#include "core/text.h"
#include "http/problem.h"

namespace healthpulse::http {
namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start) segments.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return segments;
}

bool IsParameter(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool Match(const Route& route, const std::vector<std::string>& segments, std::map<std::string, std::string>& params) {
  if (route.segments.size() != segments.size()) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& pattern = route.segments[i];
    if (IsParameter(pattern)) {
      found[pattern.substr(1, pattern.size() - 2)] = segments[i];
    } else if (pattern != segments[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

std::optional<std::string> BearerToken(const Request& request) {
  auto header = request.Header("authorization");
  // The scheme is case-insensitive (RFC 9110 §11.1).
  constexpr std::string_view kScheme = "bearer ";
  if (!header || header->size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>((*header)[i])) != kScheme[i]) return std::nullopt;
  }
  return header->substr(kScheme.size());
}

// The longest query value any route reads (a search, a cursor, a timestamp).
constexpr std::size_t kMaxQueryValueLength = 500;

// A 400/422 when the path or a query parameter is not one line of UTF-8 text, so no
// handler ever sees bytes the database would refuse.
std::optional<Response> CheckText(const Request& request, const std::vector<std::string>& segments) {
  for (const auto& segment : segments) {
    if (TextProblem(segment, Line(SIZE_MAX))) {
      Error error = Error::BadRequest("The path must be UTF-8 text without control characters");
      error.fields.push_back({"path", "must be valid UTF-8 text without control characters"});
      return ProblemResponse(error);
    }
  }
  std::vector<FieldError> errors;
  // Every value of a repeated parameter, not only the last one the map kept (a request
  // built without query_pairs has only the map).
  std::vector<std::pair<std::string, std::string>> parameters(request.query_pairs);
  if (parameters.empty()) parameters.assign(request.query.begin(), request.query.end());
  for (const auto& [name, value] : parameters) {
    if (TextProblem(name, Line(SIZE_MAX))) {
      errors.push_back({"query", "parameter names must be valid UTF-8 text without control characters"});
    } else if (auto problem = TextProblem(value, Line(kMaxQueryValueLength))) {
      errors.push_back({name, std::move(*problem)});
    }
  }
  if (!errors.empty()) return ProblemResponse(Error::Invalid(std::move(errors)));
  return std::nullopt;
}

}  // namespace

std::string Access::Describe() const {
  switch (kind) {
    case Kind::kPublic: return "public";
    case Kind::kSignedIn: return "signed_in";
    case Kind::kCapability: return std::string(ToString(capability));
    case Kind::kSignedByTwilio: return "signed_by_twilio";
  }
  return "unknown";
}

Result<std::int64_t> RouteContext::IdParam(const std::string& name) const {
  auto it = params.find(name);
  std::int64_t id = 0;
  if (it != params.end()) {
    const char* end = it->second.data() + it->second.size();
    auto [ptr, ec] = std::from_chars(it->second.data(), end, id);
    if (ec == std::errc() && ptr == end && id > 0) return id;
  }
  return Fail(Error::NotFound());
}

Router::Router(Authenticator authenticate) : authenticate_(std::move(authenticate)) {}

void Router::Add(std::string method, std::string pattern, Access access, Handler handler) {
  auto segments = Split(pattern);
  routes_.push_back({std::move(method), std::move(pattern), access, std::move(handler), std::move(segments)});
}

void Router::SetFallback(Handler handler) { fallback_ = std::move(handler); }

std::optional<Response> Router::Authorize(const Request& request, const Access& access,
                                          std::optional<Principal>& principal) const {
  if (access.kind == Access::Kind::kPublic) return std::nullopt;
  if (access.kind == Access::Kind::kSignedByTwilio) {
    if (twilio_check_ && twilio_check_(request)) return std::nullopt;
    return ProblemResponse(Error::Forbidden("The request does not carry a valid X-Twilio-Signature"));
  }
  auto token = BearerToken(request);
  if (!token) return ProblemResponse(Error::Unauthenticated("Sign in first: send Authorization: Bearer <token>"));
  auto who = authenticate_(*token);
  if (!who) return ProblemResponse(who.error());
  if (access.kind == Access::Kind::kCapability && !Allows(who->role, access.capability)) {
    return ProblemResponse(Error::Forbidden());
  }
  principal = std::move(*who);
  return std::nullopt;
}

Response Router::Run(const Route& route, RouteContext& context) const {
  auto header = context.request.Header("idempotency-key");
  if (!idempotency_ || !header || route.method != "POST" || !context.principal) {
    return route.handler(context);
  }
  auto key = ReadIdempotencyKey(*header);
  if (!key) return ProblemResponse(key.error());
  const auto user_id = context.caller().user_id;
  auto claim = idempotency_->Claim(user_id, *key, RequestFingerprint(context.request));
  if (!claim) return ProblemResponse(claim.error());
  switch (claim->state) {
    case IdempotencyClaim::State::kAnswered:
      claim->answer.headers.emplace_back("Idempotent-Replayed", "true");
      return std::move(claim->answer);
    case IdempotencyClaim::State::kInFlight:
      return ProblemResponse(Error::Conflict("A request with this Idempotency-Key is still being handled: retry shortly",
                                             "Idempotency-Key"));
    case IdempotencyClaim::State::kMismatch:
      return ProblemResponse(Error::Invalid("Idempotency-Key", "was already used for a different request"));
    case IdempotencyClaim::State::kClaimed:
      break;
  }
  Response response;
  try {
    response = route.handler(context);
  } catch (...) {
    idempotency_->Release(user_id, *key);
    throw;
  }
  if (response.status >= 500) {
    idempotency_->Release(user_id, *key);
  } else {
    idempotency_->Record(user_id, *key, response);
  }
  return response;
}

Router::Outcome Router::Dispatch(const Request& request) const {
  const auto segments = request.segments.empty() ? Split(request.path) : request.segments;
  if (auto refusal = CheckText(request, segments)) return {std::move(*refusal), "unmatched"};
  const Route* matched = nullptr;
  std::string allowed_methods;  // of the routes whose path matched, for a 405's Allow
  std::map<std::string, std::string> params;
  for (const auto& route : routes_) {
    std::map<std::string, std::string> candidate;
    if (!Match(route, segments, candidate)) continue;
    allowed_methods += (allowed_methods.empty() ? "" : ", ") + route.method;
    // HEAD is answered as GET (the server drops the body).
    if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
      matched = &route;
      params = std::move(candidate);
      break;
    }
  }
  try {
    if (matched == nullptr) {
      if (!allowed_methods.empty()) {
        auto refusal = ProblemResponse(405, "", "This path does not accept " + request.method);
        refusal.headers.emplace_back("Allow", allowed_methods);
        return {std::move(refusal), "unmatched"};
      }
      bool is_api = request.path.rfind("/api/", 0) == 0;
      if (!is_api && fallback_ && (request.method == "GET" || request.method == "HEAD")) {
        RouteContext context{request, std::nullopt, {}};
        return {fallback_(context), "static"};
      }
      return {ProblemResponse(404, "", "No such route: " + request.path), "unmatched"};
    }
    RouteContext context{request, std::nullopt, std::move(params)};
    if (auto refusal = Authorize(request, matched->access, context.principal)) {
      return {std::move(*refusal), matched->pattern};
    }
    return {Run(*matched, context), matched->pattern};
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, request.method, request.path, e.what());
    return {ProblemResponse(500, "", "Internal error; request id " + request.request_id),
            matched ? matched->pattern : "unmatched"};
  }
}

}  // namespace healthpulse::http
