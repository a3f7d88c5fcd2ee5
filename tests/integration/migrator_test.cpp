#include <thread>
#include <vector>

#include "db/embedded_files.h"
#include "test_database.h"

namespace healthpulse {
namespace {

class MigratorTest : public testing::DatabaseTest {
 protected:
  MigratorTest() { migrate_ = false; }
};

TEST_F(MigratorTest, AppliesEveryMigrationOnceThenNothing) {
  auto first = db::Migrate(url_);
  EXPECT_EQ(first.size(), embedded::Migrations().size());
  EXPECT_TRUE(db::Migrate(url_).empty());
  EXPECT_TRUE(db::CheckSchemaVersion(url_).has_value());
}

// scripts/pg.sh makes both make run's private cluster and the test cluster: a page
// corrupted on disk is then reported instead of read as data.
TEST_F(MigratorTest, TheProjectsClustersHaveDataChecksums) {
  EXPECT_EQ(Sql("SHOW data_checksums")[0][0].as<std::string>(), "on");
}

TEST_F(MigratorTest, ServersStartingTogetherDoNotRace) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      try {
        db::Migrate(url_);
      } catch (const std::exception& e) {
        ++failures;
        ADD_FAILURE() << e.what();
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  auto count = Sql("SELECT count(*) FROM schema_migrations")[0][0].as<int>();
  EXPECT_EQ(count, static_cast<int>(embedded::Migrations().size()));
}

TEST_F(MigratorTest, RefusesADatabaseNewerThanTheBinary) {
  db::Migrate(url_);
  Sql("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from_the_future')");
  auto check = db::CheckSchemaVersion(url_);
  ASSERT_FALSE(check.has_value());
  EXPECT_NE(check.error().message.find("newer"), std::string::npos) << check.error().message;
  EXPECT_THROW(db::Migrate(url_), std::runtime_error);
}

TEST_F(MigratorTest, AnOlderDatabaseMustBeMigratedBeforeServing) {
  auto check = db::CheckSchemaVersion(url_);
  ASSERT_FALSE(check.has_value());
  EXPECT_NE(check.error().message.find("migrate"), std::string::npos) << check.error().message;
}

}  // namespace
}  // namespace healthpulse
