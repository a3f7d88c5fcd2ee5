#include <gtest/gtest.h>

#include <atomic>

#include "app/background_loops.h"

namespace healthpulse::app {
namespace {

class RecordingLoop final : public BackgroundLoop {
 public:
  RecordingLoop(std::string name, std::vector<std::string>& log) : name_(std::move(name)), log_(log) {}
  std::string_view Name() const override { return name_; }
  void Start() override { log_.push_back("start " + name_); }
  void Stop() override { log_.push_back("stop " + name_); }

 private:
  std::string name_;
  std::vector<std::string>& log_;
};

TEST(BackgroundLoops, StartInOrderAndStopInReverseOnceEach) {
  std::vector<std::string> log;
  RecordingLoop publisher("publisher", log);
  {
    BackgroundLoops loops;
    loops.Add(publisher);
    loops.Add(std::make_unique<RecordingLoop>("scheduler", log));
    loops.Add(std::make_unique<RecordingLoop>("sender", log));
    loops.StartAll();
    loops.StartAll();
    loops.StopAll();
  }  // the destructor does not stop them twice
  EXPECT_EQ(log, (std::vector<std::string>{"start publisher", "start scheduler", "start sender", "stop sender",
                                           "stop scheduler", "stop publisher"}));
}

TEST(PeriodicLoop, RunsAtOnceThenEveryIntervalAndStopsWithoutWaitingOutTheInterval) {
  std::atomic<int> passes{0};
  PeriodicLoop loop("test", std::chrono::hours(1), [&](const std::function<bool()>&) { ++passes; });
  loop.Start();
  for (int i = 0; i < 200 && passes.load() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  auto started = std::chrono::steady_clock::now();
  loop.Stop();
  EXPECT_EQ(passes.load(), 1);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
}

TEST(PeriodicLoop, AStopDuringAPassLetsItFinish) {
  std::atomic<bool> in_pass{false}, finished{false};
  PeriodicLoop loop("test", std::chrono::milliseconds(10), [&](const std::function<bool()>& stopping) {
    in_pass = true;
    while (!stopping()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    finished = true;  // the unit of work in hand completes
  });
  loop.Start();
  while (!in_pass) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  loop.Stop();
  EXPECT_TRUE(finished.load());
}

TEST(WorkerMode, OnlyOffTurnsTheInlineWorkerOff) {
  EXPECT_TRUE(WorkerInline("inline"));
  EXPECT_FALSE(WorkerInline("off"));
}

}  // namespace
}  // namespace healthpulse::app
