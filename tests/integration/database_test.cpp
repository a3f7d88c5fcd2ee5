#include <atomic>
#include <chrono>
#include <thread>

#include <pqxx/pqxx>

#include "db/database.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using namespace std::chrono_literals;

class PoolTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    migrate_ = false;
    testing::DatabaseTest::SetUp();
    Sql("CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counters VALUES (1, 0), (2, 0)");
  }

  static double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
  }
};

// Two transactions that lock the same rows in opposite orders deadlock; PostgreSQL
// aborts one (40P01). The pool reruns the aborted one, so both changes land and neither
// caller sees an error.
TEST_F(PoolTest, RerunsATransactionPostgresAbortedForADeadlock) {
  db::Database db(url_, 2);
  std::atomic<int> runs{0};
  auto crosswise = [&](int first, int second) {
    return db.Transact([&, first, second](db::Tx& tx) -> Result<void> {
      ++runs;
      tx.raw().exec("UPDATE counters SET n = n + 1 WHERE id = " + std::to_string(first));
      std::this_thread::sleep_for(300ms);
      tx.raw().exec("UPDATE counters SET n = n + 1 WHERE id = " + std::to_string(second));
      return {};
    });
  };
  Result<void> a, b;
  std::thread t1([&] { a = crosswise(1, 2); });
  std::thread t2([&] { b = crosswise(2, 1); });
  t1.join();
  t2.join();
  EXPECT_TRUE(a.has_value()) << a.error().message;
  EXPECT_TRUE(b.has_value()) << b.error().message;
  EXPECT_GE(runs, 3) << "one of them ran again";
  EXPECT_EQ(Sql("SELECT sum(n) FROM counters")[0][0].as<int>(), 4) << "each change applied exactly once";
}

TEST_F(PoolTest, AStatementPastTheStatementTimeoutIsUnavailableNotAnError) {
  db::Database db(url_, 1, {.statement_timeout = 300ms});
  auto began = std::chrono::steady_clock::now();
  auto slow = db.Execute([](db::Tx& tx) -> Result<void> {
    tx.raw().exec("SELECT pg_sleep(5)");
    return {};
  });
  ASSERT_FALSE(slow.has_value());
  EXPECT_EQ(slow.error().kind, Error::Kind::kUnavailable);
  EXPECT_EQ(slow.error().retry_after_seconds, 1);
  EXPECT_LT(Seconds(began), 2.0);
  EXPECT_TRUE(db.Ping()) << "the connection is still good";
}

TEST_F(PoolTest, WaitingForAConnectionLongerThanThePoolWaitIsUnavailable) {
  db::Database db(url_, 1, {.pool_wait = 200ms});
  std::atomic<bool> holding{false};
  std::thread holder([&] {
    auto held = db.Transact([&](db::Tx&) -> Result<void> {
      holding = true;
      std::this_thread::sleep_for(1500ms);
      return {};
    });
    EXPECT_TRUE(held.has_value());
  });
  while (!holding) std::this_thread::sleep_for(5ms);
  auto began = std::chrono::steady_clock::now();
  auto waited = db.Transact([](db::Tx&) -> Result<void> { return {}; });
  double seconds = Seconds(began);
  holder.join();
  ASSERT_FALSE(waited.has_value());
  EXPECT_EQ(waited.error().kind, Error::Kind::kUnavailable);
  EXPECT_GE(seconds, 0.15);
  EXPECT_LT(seconds, 1.0);
  EXPECT_EQ(db.Stats().waits, 1);
}

}  // namespace
}  // namespace healthpulse
