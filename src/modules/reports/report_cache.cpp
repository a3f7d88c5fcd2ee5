#include "modules/reports/report_cache.h"

#include <algorithm>

#include <fmt/format.h>

#include "modules/reports/report_scope.h"

namespace healthpulse::reports {

ReportCache::ReportCache(const Clock& clock, std::chrono::seconds ttl, std::size_t capacity)
    : clock_(clock), ttl_(ttl), capacity_(std::max<std::size_t>(capacity, 1)) {}

std::any ReportCache::FindAny(const std::string& key) const {
  if (ttl_.count() <= 0) return {};
  const auto now = clock_.Now();
  std::lock_guard lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end() || now - found->second.stored >= ttl_ || now < found->second.stored) return {};
  return found->second.value;
}

void ReportCache::StoreAny(const std::string& key, std::any value) {
  if (ttl_.count() <= 0) return;
  const auto now = clock_.Now();
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [&](const auto& entry) { return now - entry.second.stored >= ttl_; });
  if (entries_.size() >= capacity_ && !entries_.contains(key)) {
    entries_.erase(std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
      return a.second.stored < b.second.stored;
    }));
  }
  entries_.insert_or_assign(key, Entry{now, std::move(value)});
}

bool Cacheable(const ReportPeriod& period) { return PeriodDays(period) > kCachedFromDays; }

std::string CacheKey(ReportKind kind, const ReportScope& scope, const ReportRequest& request) {
  std::string clinics = "all";
  if (scope.clinic_ids) clinics = fmt::format("{}", fmt::join(*scope.clinic_ids, ","));
  return fmt::format("{}|{}|{}|{}|{}|{}", static_cast<int>(kind), clinics,
                     scope.doctor_id ? std::to_string(*scope.doctor_id) : "all", request.period.from,
                     request.period.to, request.group_by ? GroupByName(*request.group_by) : "");
}

}  // namespace healthpulse::reports
