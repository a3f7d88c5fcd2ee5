#include <gtest/gtest.h>

#include "modules/auth/session_cache.h"

namespace healthpulse::auth {
namespace {

using namespace std::chrono_literals;

Principal Session(std::int64_t user, const std::string& hash) { return Principal{user, "u", Role::kSecretary, hash}; }

TEST(SessionCache, TrustsAnEntryOnlyForItsLifetime) {
  SessionCache cache(10, 30s);
  auto t0 = SessionCache::Clock::now();
  cache.Put(Session(1, "a"), t0);
  EXPECT_TRUE(cache.Find("a", t0 + 29s).has_value());
  EXPECT_FALSE(cache.Find("a", t0 + 30s).has_value());
  EXPECT_FALSE(cache.Find("a", t0 + 1s).has_value()) << "an expired entry is gone";
}

TEST(SessionCache, ForgetsByTokenAndByUserIncludingMessagesFromOtherServers) {
  SessionCache cache(10, 30s);
  auto now = SessionCache::Clock::now();
  cache.Put(Session(1, "a"), now);
  cache.Put(Session(1, "b"), now);
  cache.Put(Session(2, "c"), now);
  cache.Apply("token:a");
  EXPECT_FALSE(cache.Find("a", now).has_value());
  EXPECT_TRUE(cache.Find("b", now).has_value());
  cache.Apply("user:1");
  EXPECT_FALSE(cache.Find("b", now).has_value());
  EXPECT_TRUE(cache.Find("c", now).has_value());
  cache.Apply("user:x");
  cache.Apply("nonsense");
  EXPECT_EQ(cache.Size(), 1u);
}

TEST(SessionCache, StaysWithinItsCapacityDroppingTheLeastRecentlyUsed) {
  SessionCache cache(2, 30s);
  auto now = SessionCache::Clock::now();
  cache.Put(Session(1, "a"), now);
  cache.Put(Session(2, "b"), now);
  ASSERT_TRUE(cache.Find("a", now).has_value());  // a is now the most recent
  cache.Put(Session(3, "c"), now);
  EXPECT_EQ(cache.Size(), 2u);
  EXPECT_TRUE(cache.Find("a", now).has_value());
  EXPECT_FALSE(cache.Find("b", now).has_value());
}

}  // namespace
}  // namespace healthpulse::auth
