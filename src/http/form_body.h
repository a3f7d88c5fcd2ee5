#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "http/message.h"

namespace healthpulse::http {

// The largest application/x-www-form-urlencoded body ParseForm reads. Twilio's webhooks
// send a few dozen short parameters and an SMS body of at most 1,600 characters.
inline constexpr std::size_t kMaxFormBodyBytes = 64 * 1024;

// The decoded fields of an application/x-www-form-urlencoded body, in the order sent,
// repeated names kept.
class FormFields {
 public:
  explicit FormFields(std::vector<std::pair<std::string, std::string>> pairs) : pairs_(std::move(pairs)) {}

  // The first value of `name`, or nullopt when it was not sent.
  std::optional<std::string> Get(const std::string& name) const;
  // Every value of `name`, in order (empty when it was not sent).
  std::vector<std::string> All(const std::string& name) const;
  const std::vector<std::pair<std::string, std::string>>& pairs() const { return pairs_; }

 private:
  std::vector<std::pair<std::string, std::string>> pairs_;
};

// The request's body as form fields. UnsupportedMedia (415) unless the content type is
// application/x-www-form-urlencoded (charset UTF-8 if given); BadRequest (400, field
// "body") when it is over `max_bytes` or not validly percent-encoded; Invalid (422)
// naming each field whose decoded name or value is not UTF-8 text (newline and tab are
// allowed in values, other control characters are not), so no caller sees bytes the
// database would refuse.
Result<FormFields> ParseForm(const Request& request, std::size_t max_bytes = kMaxFormBodyBytes);

}  // namespace healthpulse::http
