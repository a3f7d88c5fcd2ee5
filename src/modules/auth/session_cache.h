#pragma once

#include <chrono>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/principal.h"

namespace healthpulse::auth {

// Recently validated sessions, so a known token costs no database round trip. Bounded
// (least recently used entries go first) and short-lived: an entry is trusted for
// `ttl`, after which the session is looked up (and its idle clock refreshed) again.
// Entries are dropped at once when this or any other server ends a session (see
// SessionRepository: deletions NOTIFY healthpulse_sessions). Thread-safe: one mutex.
class SessionCache {
 public:
  using Clock = std::chrono::steady_clock;

  SessionCache(std::size_t capacity, std::chrono::seconds ttl) : capacity_(capacity), ttl_(ttl) {}

  std::optional<Principal> Find(const std::string& token_hash, Clock::time_point now);
  void Put(const Principal& principal, Clock::time_point now);
  void ForgetToken(const std::string& token_hash);
  void ForgetUser(std::int64_t user_id);
  // Applies an invalidation message: "token:<hash>" or "user:<id>".
  void Apply(const std::string& message);

  std::size_t Size() const;

 private:
  struct Entry {
    Principal principal;
    Clock::time_point stored;
  };
  using Lru = std::list<Entry>;

  const std::size_t capacity_;
  const std::chrono::seconds ttl_;
  mutable std::mutex mutex_;  // guards lru_ and index_
  Lru lru_;                   // most recently used first
  std::unordered_map<std::string, Lru::iterator> index_;  // token hash → entry
};

}  // namespace healthpulse::auth
