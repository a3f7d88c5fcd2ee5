#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/background_loop.h"

namespace healthpulse::app {

// The one place a process starts and stops its background work (`serve` and `worker`
// alike): loops start in the order added and stop in the reverse order, so a loop that
// feeds another (the SMS scheduler the sender) outlives it. Not thread-safe: the owning
// thread calls Add, StartAll and StopAll. StopAll also runs on destruction.
class BackgroundLoops {
 public:
  BackgroundLoops() = default;
  ~BackgroundLoops();
  BackgroundLoops(const BackgroundLoops&) = delete;
  BackgroundLoops& operator=(const BackgroundLoops&) = delete;

  // A loop owned elsewhere (it must outlive this object).
  void Add(BackgroundLoop& loop);
  // A loop owned here.
  void Add(std::unique_ptr<BackgroundLoop> loop);

  void StartAll();
  void StopAll();

 private:
  std::vector<std::unique_ptr<BackgroundLoop>> owned_;
  std::vector<BackgroundLoop*> loops_;
  bool started_ = false;
};

// A loop that runs `pass` on its own thread every `interval` (at once after start, then
// again `interval` after each pass ends). A pass that throws is logged and the loop
// goes on. Stop wakes the wait at once but lets a running pass finish; `pass` may poll
// `stopping` to end early between units of work. Thread-safe.
class PeriodicLoop final : public BackgroundLoop {
 public:
  using Pass = std::function<void(const std::function<bool()>& stopping)>;
  PeriodicLoop(std::string name, std::chrono::milliseconds interval, Pass pass);
  ~PeriodicLoop() override;

  std::string_view Name() const override { return name_; }
  void Start() override;
  void Stop() override;

 private:
  void Run();

  const std::string name_;
  const std::chrono::milliseconds interval_;
  const Pass pass_;
  std::mutex mutex_;  // guards stopping_
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

// "inline" (run the background loops inside `serve`, the default) or "off"
// (HEALTHPULSE_WORKER): whether `serve` runs the SMS loops. The live publisher and
// listener always run in `serve`.
bool WorkerInline(const std::string& worker_mode);

}  // namespace healthpulse::app
