#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.h"
#include "http/message.h"

namespace healthpulse::http {

// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): a client that lost the
// answer to a POST (a timeout, a dropped connection) sends it again with the same key and
// gets the first answer instead of a second booking or a 409 against its own.

// What the store knows of a key when a request claims it.
struct IdempotencyClaim {
  enum class State {
    kClaimed,   // new (or expired, or abandoned): this request runs and records its answer
    kAnswered,  // answered before: `answer` is replayed
    kInFlight,  // the first request with this key is still running
    kMismatch,  // the key was used for a different request
  };
  State state = State::kClaimed;
  Response answer;  // status, content type and body, for kAnswered
};

// Where keys and their answers live: one row per (user, key), shared by every server.
// Implementations are thread-safe.
class IdempotencyStore {
 public:
  virtual ~IdempotencyStore() = default;
  // Claims `key` of `user_id` for a request whose fingerprint is `fingerprint`; an
  // Unavailable error when the store cannot be reached.
  virtual Result<IdempotencyClaim> Claim(std::int64_t user_id, const std::string& key,
                                         const std::string& fingerprint) = 0;
  // Records the answer of a claimed key (any status below 500).
  virtual void Record(std::int64_t user_id, const std::string& key, const Response& answer) = 0;
  // Gives the key up (the request failed with a 5xx): a retry runs again.
  virtual void Release(std::int64_t user_id, const std::string& key) = 0;
};

// The key header's value when it is acceptable (1-200 visible ASCII characters); an
// Invalid error naming "Idempotency-Key" otherwise.
Result<std::string> ReadIdempotencyKey(const std::string& value);

// A hex SHA-256 of what makes two requests the same: method, path, query and body.
std::string RequestFingerprint(const Request& request);

}  // namespace healthpulse::http
