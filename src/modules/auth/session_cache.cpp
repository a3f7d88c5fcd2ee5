#include "modules/auth/session_cache.h"

#include <charconv>

namespace healthpulse::auth {

std::optional<Principal> SessionCache::Find(const std::string& token_hash, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = index_.find(token_hash);
  if (it == index_.end()) return std::nullopt;
  if (now - it->second->stored >= ttl_) {
    lru_.erase(it->second);
    index_.erase(it);
    return std::nullopt;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->principal;
}

void SessionCache::Put(const Principal& principal, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (auto it = index_.find(principal.session_token_hash); it != index_.end()) {
    lru_.erase(it->second);
    index_.erase(it);
  }
  lru_.push_front(Entry{principal, now});
  index_[principal.session_token_hash] = lru_.begin();
  while (lru_.size() > capacity_) {
    index_.erase(lru_.back().principal.session_token_hash);
    lru_.pop_back();
  }
}

void SessionCache::ForgetToken(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  if (auto it = index_.find(token_hash); it != index_.end()) {
    lru_.erase(it->second);
    index_.erase(it);
  }
}

void SessionCache::ForgetUser(std::int64_t user_id) {
  std::lock_guard lock(mutex_);
  for (auto it = lru_.begin(); it != lru_.end();) {
    if (it->principal.user_id == user_id) {
      index_.erase(it->principal.session_token_hash);
      it = lru_.erase(it);
    } else {
      ++it;
    }
  }
}

void SessionCache::Apply(const std::string& message) {
  constexpr std::string_view kToken = "token:", kUser = "user:";
  std::string_view text = message;
  if (text.substr(0, kToken.size()) == kToken) {
    ForgetToken(std::string(text.substr(kToken.size())));
  } else if (text.substr(0, kUser.size()) == kUser) {
    std::int64_t id = 0;
    auto digits = text.substr(kUser.size());
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec == std::errc() && ptr == digits.data() + digits.size()) ForgetUser(id);
  }
}

std::size_t SessionCache::Size() const {
  std::lock_guard lock(mutex_);
  return lru_.size();
}

}  // namespace healthpulse::auth
