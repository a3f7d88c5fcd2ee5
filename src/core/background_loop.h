#pragma once

#include <string_view>

namespace healthpulse {

// Work a process runs beside (or instead of) serving HTTP: the live publisher and
// listener, the SMS scheduler and sender. app::BackgroundLoops is the one place that
// starts and stops them. Start is called once; Stop may be called more than once and
// returns when the loop's thread has ended (work in progress is finished first).
class BackgroundLoop {
 public:
  virtual ~BackgroundLoop() = default;
  virtual std::string_view Name() const = 0;
  virtual void Start() = 0;
  virtual void Stop() = 0;
};

}  // namespace healthpulse
