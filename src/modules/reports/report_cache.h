#pragma once

#include <any>
#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.h"
#include "modules/reports/report.h"

namespace healthpulse::reports {

// The figures of recent long-period reports, kept for a few seconds (DESIGN.md §8: the
// data a report reflects is no older than a minute), so the same question asked by many
// screens at once does not scan five years of rollups each time. Keyed by the report and
// its resolved scope, never by who asked: the scope check runs before a lookup, and what
// depends on the viewer (the small-cell rule) is applied after it. Thread-safe.
class ReportCache {
 public:
  // Entries live `ttl` (zero: nothing is kept); at most `capacity` at once (the oldest
  // goes first). `clock` (not owned) must outlive the cache.
  ReportCache(const Clock& clock, std::chrono::seconds ttl, std::size_t capacity = 256);

  // The value stored under `key` no longer than ttl ago, if it is a T.
  template <class T>
  std::shared_ptr<const T> Find(const std::string& key) const {
    auto value = FindAny(key);
    auto* found = std::any_cast<std::shared_ptr<const T>>(&value);
    return found ? *found : nullptr;
  }

  // Keeps `value` under `key` for ttl (nothing when ttl is zero).
  template <class T>
  void Store(const std::string& key, T value) {
    StoreAny(key, std::make_shared<const T>(std::move(value)));
  }

 private:
  struct Entry {
    std::chrono::system_clock::time_point stored;
    std::any value;
  };

  std::any FindAny(const std::string& key) const;
  void StoreAny(const std::string& key, std::any value);

  const Clock& clock_;
  const std::chrono::seconds ttl_;
  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

// Whether a report over `period` goes through the cache: only periods longer than
// kCachedFromDays, so today's and this month's figures (cheap: a few daily rows per
// doctor or room) are always computed fresh and show a booking at once.
inline constexpr int kCachedFromDays = 62;
bool Cacheable(const ReportPeriod& period);

// The cache key of report `kind` over `scope` with the request's period and grouping.
std::string CacheKey(ReportKind kind, const ReportScope& scope, const ReportRequest& request);

}  // namespace healthpulse::reports
