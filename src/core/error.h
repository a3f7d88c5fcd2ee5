#pragma once

#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

namespace healthpulse {

// One field that failed validation: `field` is the JSON name the client sent.
struct FieldError {
  std::string field;
  std::string message;
};

// An expected failure, carried as a value. Each kind maps to one HTTP status at the
// edge (see http/problem.h); services never throw for these.
struct Error {
  enum class Kind {
    kBadRequest,        // 400: the request cannot be understood at all
    kUnauthenticated,   // 401: no valid session
    kForbidden,         // 403: signed in, but the role may not do this
    kNotFound,          // 404: absent, or not visible to the caller
    kConflict,          // 409: duplicate, overlap or invalid state transition
    kInvalid,           // 422: one or more fields are invalid
    kUnsupportedMedia,  // 415: the body is not JSON
    kTooManyAttempts,   // 429: locked out for a while, or over a per-user limit
    kUnavailable,       // 503: a dependency (the database) is down
  };

  Kind kind;
  std::string message;
  std::vector<FieldError> fields;
  std::optional<int> retry_after_seconds;

  static Error BadRequest(std::string message) { return {Kind::kBadRequest, std::move(message), {}, {}}; }
  static Error Unauthenticated(std::string message = "Not signed in or the session has expired") {
    return {Kind::kUnauthenticated, std::move(message), {}, {}};
  }
  static Error Forbidden(std::string message = "Your role may not do this") {
    return {Kind::kForbidden, std::move(message), {}, {}};
  }
  static Error NotFound(std::string message = "Not found") { return {Kind::kNotFound, std::move(message), {}, {}}; }
  // A 404 that names the field whose id points at nothing the caller may see.
  static Error NotFound(std::string message, std::string field) {
    Error e{Kind::kNotFound, std::move(message), {}, {}};
    e.fields.push_back({std::move(field), e.message});
    return e;
  }
  static Error Conflict(std::string message, std::string field = {}) {
    Error e{Kind::kConflict, std::move(message), {}, {}};
    if (!field.empty()) e.fields.push_back({std::move(field), e.message});
    return e;
  }
  static Error Invalid(std::string field, std::string why) {
    return {Kind::kInvalid, "One or more fields are invalid", {{std::move(field), std::move(why)}}, {}};
  }
  static Error Invalid(std::vector<FieldError> fields) {
    return {Kind::kInvalid, "One or more fields are invalid", std::move(fields), {}};
  }
  static Error UnsupportedMedia(std::string message) {
    return {Kind::kUnsupportedMedia, std::move(message), {}, {}};
  }
  static Error TooManyAttempts(std::string message, int retry_after_seconds) {
    return {Kind::kTooManyAttempts, std::move(message), {}, retry_after_seconds};
  }
  // Retry-After tells clients when to come back (a 503 here is transient: a busy pool,
  // a slow or restarting database).
  static Error Unavailable(std::string message, int retry_after_seconds = 1) {
    return {Kind::kUnavailable, std::move(message), {}, retry_after_seconds};
  }
};

template <typename T>
using Result = tl::expected<T, Error>;

// Shorthand for returning an error from a function whose type is Result<T>.
inline tl::unexpected<Error> Fail(Error error) { return tl::unexpected<Error>(std::move(error)); }

}  // namespace healthpulse
