#include "http/problem.h"

#include <nlohmann/json.hpp>

#include "http/field_error_code.h"

namespace healthpulse::http {
namespace {

struct Kind {
  int status;
  const char* slug;
  const char* title;
};

Kind Describe(int status) {
  switch (status) {
    case 400: return {400, "bad-request", "Bad request"};
    case 401: return {401, "unauthenticated", "Not signed in"};
    case 403: return {403, "forbidden", "Not allowed"};
    case 404: return {404, "not-found", "Not found"};
    case 405: return {405, "method-not-allowed", "Method not allowed"};
    case 409: return {409, "conflict", "Conflict"};
    case 413: return {413, "payload-too-large", "Request body too large"};
    case 415: return {415, "unsupported-media-type", "Unsupported media type"};
    case 422: return {422, "validation", "Invalid fields"};
    case 429: return {429, "too-many-attempts", "Too many attempts"};
    case 431: return {431, "headers-too-large", "Request headers too large"};
    case 503: return {503, "unavailable", "Service unavailable"};
    default: return {status, "internal", "Internal error"};
  }
}

nlohmann::json ProblemBody(int status, std::string title, std::string detail) {
  Kind kind = Describe(status);
  return {
      {"type", std::string("https://healthpulse.dev/problems/") + kind.slug},
      {"title", title.empty() ? kind.title : title},
      {"status", status},
      {"detail", std::move(detail)},
  };
}

}  // namespace

int StatusFor(Error::Kind kind) {
  switch (kind) {
    case Error::Kind::kBadRequest: return 400;
    case Error::Kind::kUnauthenticated: return 401;
    case Error::Kind::kForbidden: return 403;
    case Error::Kind::kNotFound: return 404;
    case Error::Kind::kConflict: return 409;
    case Error::Kind::kInvalid: return 422;
    case Error::Kind::kUnsupportedMedia: return 415;
    case Error::Kind::kTooManyAttempts: return 429;
    case Error::Kind::kUnavailable: return 503;
  }
  return 500;
}

Response ProblemResponse(int status, std::string title, std::string detail) {
  return Response{status, "application/problem+json", ProblemBody(status, std::move(title), std::move(detail)).dump(), {}, {}};
}

Response ProblemResponse(const Error& error) {
  int status = StatusFor(error.kind);
  nlohmann::json body = ProblemBody(status, "", error.message);
  if (!error.fields.empty()) {
    body["errors"] = nlohmann::json::array();
    for (const auto& f : error.fields) {
      body["errors"].push_back({{"field", f.field}, {"code", FieldErrorCode(error.kind, f)}, {"message", f.message}});
    }
  }
  Response response{status, "application/problem+json", body.dump(), {}, {}};
  if (error.retry_after_seconds) response.headers.emplace_back("Retry-After", std::to_string(*error.retry_after_seconds));
  return response;
}

}  // namespace healthpulse::http
