#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>

namespace healthpulse::app::seed {

// A deterministic source of choices for the demo data. Only std::mt19937_64's raw output
// is used: the standard fixes it, while std::uniform_int_distribution and friends are
// implementation-defined, so the same seed gives the same data on every platform.
// Not thread-safe; one per generator.
class DemoRandom {
 public:
  explicit DemoRandom(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [0, n). Requires n > 0. Rejection sampling keeps it unbiased.
  std::uint64_t Below(std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return x % n;
  }

  // Uniform in [lo, hi]. Requires lo <= hi.
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<std::uint64_t>(hi - lo) + 1)); }

  // True with probability percent/100.
  bool Percent(int percent) { return Below(100) < static_cast<std::uint64_t>(percent); }

  // A uniformly chosen element. Requires a non-empty span.
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(items.size())];
  }

  // An index into `weights`, chosen with probability proportional to its weight.
  // Requires at least one positive weight.
  std::size_t Weighted(std::span<const int> weights) {
    std::uint64_t total = 0;
    for (int w : weights) total += static_cast<std::uint64_t>(w);
    std::uint64_t x = Below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      const auto w = static_cast<std::uint64_t>(weights[i]);
      if (x < w) return i;
      x -= w;
    }
    return weights.size() - 1;
  }

  // Fisher-Yates shuffle driven by Below().
  template <typename T>
  void Shuffle(std::span<T> items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[Below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace healthpulse::app::seed
