#pragma once

#include "core/error.h"
#include "http/message.h"

namespace healthpulse::http {

// The HTTP status for an error kind (DESIGN.md §3).
int StatusFor(Error::Kind kind);

// An RFC 9457 application/problem+json response: type, title, status, detail, and
// errors[{field, code, message}] when fields failed (code: see http/field_error_code.h). 429 carries Retry-After.
Response ProblemResponse(const Error& error);

// A problem for protocol-level failures that have no Error kind (405, 413, 415, 500...).
Response ProblemResponse(int status, std::string title, std::string detail);

}  // namespace healthpulse::http
