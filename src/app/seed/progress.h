#pragma once

#include <fmt/format.h>

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace healthpulse::app::seed {

// Prints "<what> <done>/<total> (<seconds> s)" lines, timed from construction, flushing
// each so a watcher sees the seed advance. Not thread-safe.
class Progress {
 public:
  explicit Progress(std::ostream& out) : out_(out), start_(std::chrono::steady_clock::now()) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Report(std::string_view what, std::size_t done, std::size_t total) {
    out_ << what << " " << done << "/" << total << " (" << Seconds() << " s)" << std::endl;
  }

  // Seconds since construction, one decimal ("3.1").
  std::string Seconds() const {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
    return fmt::format("{:.1f}", elapsed.count());
  }

 private:
  std::ostream& out_;
  const std::chrono::steady_clock::time_point start_;
};

}  // namespace healthpulse::app::seed
