#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace healthpulse {

// Keeps a repeated log line from flooding the log: each key is admitted at most
// `per_window` times per `window`. Thread-safe (one mutex guards the table).
//
//   if (auto suppressed = throttle.Admit("accept")) log(message, *suppressed);
class LogThrottle {
 public:
  using Clock = std::chrono::steady_clock;

  LogThrottle(int per_window, Clock::duration window) : per_window_(per_window), window_(window) {}

  // nullopt: drop this line. Otherwise log it, mentioning the returned count of lines
  // of this key dropped since the last one admitted (0 when none were).
  std::optional<long long> Admit(const std::string& key, Clock::time_point now = Clock::now());

 private:
  struct Window {
    Clock::time_point started;
    int admitted = 0;
    long long suppressed = 0;
  };
  static constexpr std::size_t kMaxKeys = 256;  // keys are fixed strings; a bound all the same

  const int per_window_;
  const Clock::duration window_;
  std::mutex mutex_;  // guards windows_
  std::map<std::string, Window> windows_;
};

}  // namespace healthpulse
