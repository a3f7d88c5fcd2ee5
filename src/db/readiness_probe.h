#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace healthpulse::db {

// Answers "does the database answer a query?" within `timeout`, on a thread and a
// connection of its own, so /readyz neither queues behind a busy pool nor hangs with a
// database that hangs. Thread-safe; concurrent callers share one check. Stops and joins
// on destruction. Non-copyable.
class ReadinessProbe {
 public:
  ReadinessProbe(std::string url, std::chrono::milliseconds timeout);
  ~ReadinessProbe();
  ReadinessProbe(const ReadinessProbe&) = delete;
  ReadinessProbe& operator=(const ReadinessProbe&) = delete;

  // True when `SELECT 1` succeeded within the timeout. Blocks at most the timeout; a
  // check that overruns has its connection cut (and reopened by the next check).
  bool Ready();

 private:
  void Loop();
  bool Check();

  const std::string url_;
  const std::chrono::milliseconds timeout_;
  std::mutex mutex_;  // guards everything below but connection_ (the thread's own)
  std::condition_variable wake_;
  std::condition_variable done_;
  std::uint64_t requested_ = 0;  // checks asked for
  std::uint64_t completed_ = 0;  // checks finished
  bool last_ok_ = false;
  bool stopping_ = false;
  int socket_ = -1;  // the open connection's socket, to cut an overrunning check
  struct Connection;  // the probe's own pqxx connection
  std::unique_ptr<Connection> connection_;
  std::thread thread_;
};

}  // namespace healthpulse::db
