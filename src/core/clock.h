#pragma once

#include <chrono>

namespace healthpulse {

// The time "now" for code whose rules depend on it (quiet hours, backoff, expiry), so a
// test can replace it. Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point Now() const = 0;
};

// The system's wall clock.
class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point Now() const override { return std::chrono::system_clock::now(); }
};

}  // namespace healthpulse
