#include "http/metrics.h"

#include <fmt/format.h>

namespace healthpulse::http {

void Metrics::Record(const std::string& route, const std::string& method, int status,
                     std::chrono::nanoseconds duration) {
  double seconds = std::chrono::duration<double>(duration).count();
  std::lock_guard lock(mutex_);
  auto& series = series_[{route, method, status}];
  ++series.count;
  series.sum_seconds += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++series.buckets[i];
  }
}

std::string Metrics::Render() const {
  std::string out;
  out += "# HELP healthpulse_http_requests_total HTTP requests by route, method and status.\n";
  out += "# TYPE healthpulse_http_requests_total counter\n";
  std::lock_guard lock(mutex_);
  for (const auto& [key, s] : series_) {
    const auto& [route, method, status] = key;
    out += fmt::format("healthpulse_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n", route,
                       method, status, s.count);
  }
  out += "# HELP healthpulse_http_request_duration_seconds Request latency by route, method and status.\n";
  out += "# TYPE healthpulse_http_request_duration_seconds histogram\n";
  for (const auto& [key, s] : series_) {
    const auto& [route, method, status] = key;
    auto labels = fmt::format("route=\"{}\",method=\"{}\",status=\"{}\"", route, method, status);
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out += fmt::format("healthpulse_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels, kBuckets[i],
                         s.buckets[i]);
    }
    out += fmt::format("healthpulse_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, s.count);
    out += fmt::format("healthpulse_http_request_duration_seconds_sum{{{}}} {}\n", labels, s.sum_seconds);
    out += fmt::format("healthpulse_http_request_duration_seconds_count{{{}}} {}\n", labels, s.count);
  }
  if (gauges_) out += gauges_();
  return out;
}

}  // namespace healthpulse::http
