#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace healthpulse::http {

// Request counts and latency histograms by route pattern and status, rendered in the
// Prometheus text format. Thread-safe: one mutex guards the table (a request takes it
// once, for a few map operations).
class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                       0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

  void Record(const std::string& route, const std::string& method, int status, std::chrono::nanoseconds duration);

  // Extra gauges appended to the output (e.g. the database pool), produced at scrape time.
  void SetGaugeSource(std::function<std::string()> source) { gauges_ = std::move(source); }

  std::string Render() const;

 private:
  struct Series {
    std::array<long long, kBuckets.size()> buckets{};
    long long count = 0;
    double sum_seconds = 0;
  };
  mutable std::mutex mutex_;  // guards series_
  std::map<std::tuple<std::string, std::string, int>, Series> series_;
  std::function<std::string()> gauges_;  // set once before serving
};

}  // namespace healthpulse::http
