#include "core/log_throttle.h"

namespace healthpulse {

std::optional<long long> LogThrottle::Admit(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (windows_.size() >= kMaxKeys && windows_.find(key) == windows_.end()) windows_.clear();
  auto& w = windows_[key];
  if (w.admitted == 0 || now - w.started >= window_) {
    w.started = now;
    w.admitted = 0;
  }
  if (w.admitted >= per_window_) {
    ++w.suppressed;
    return std::nullopt;
  }
  ++w.admitted;
  long long suppressed = w.suppressed;
  w.suppressed = 0;
  return suppressed;
}

}  // namespace healthpulse
