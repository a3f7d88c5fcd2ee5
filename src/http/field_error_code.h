#pragma once

#include <string_view>

#include "core/error.h"

namespace healthpulse::http {

// The stable machine code sent beside each problem's errors[].message, so clients show
// their own words instead of the server's English. One of: required, too_short, too_long,
// out_of_range, order, format, not_one_of, in_past, in_future, incorrect, not_found,
// not_allowed, taken, overlap, state, conflict, invalid. The code is read from the error's
// kind and message here, in one table, so the hundreds of call sites keep writing plain
// English; a message that matches no rule gets the kind's general code (conflict, not_found
// or invalid), never an empty one.
std::string_view FieldErrorCode(Error::Kind kind, const FieldError& error);

}  // namespace healthpulse::http
