#include <thread>
#include <vector>

#include "modules/audit/audit_repository.h"
#include "modules/audit/chain_verifier.h"
#include "test_database.h"

namespace healthpulse {
namespace {

class AuditChainTest : public testing::DatabaseTest {
 protected:
  void Append(int count, int threads) {
    db::Database db(url_, threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
      workers.emplace_back([&db, count, t] {
        for (int i = 0; i < count; ++i) {
          audit::AuditEntry entry;
          entry.action = "test.event";
          entry.actor_user_id = t + 1;
          entry.patient_id = i;
          entry.details_json = "{\"n\": " + std::to_string(i) + "}";
          auto done = db.Transact([&](db::Tx& tx) -> Result<void> {
            audit::AuditRepository(tx).Append(entry);
            return {};
          });
          ASSERT_TRUE(done.has_value());
        }
      });
    }
    for (auto& w : workers) w.join();
  }
};

TEST_F(AuditChainTest, ConcurrentWritersKeepTheChainIntact) {
  Append(100, 4);
  auto report = audit::VerifyAuditChain(url_);
  EXPECT_EQ(report.rows_checked, 400);
  EXPECT_FALSE(report.first_bad_id.has_value()) << report.problem;
}

TEST_F(AuditChainTest, TheTableRefusesUpdatesAndDeletes) {
  Append(3, 1);
  EXPECT_THROW(Sql("UPDATE audit_events SET action = 'x' WHERE id = 2"), pqxx::sql_error);
  EXPECT_THROW(Sql("DELETE FROM audit_events WHERE id = 2"), pqxx::sql_error);
  EXPECT_FALSE(audit::VerifyAuditChain(url_).first_bad_id.has_value());
}

TEST_F(AuditChainTest, AnEditedRowIsNamed) {
  Append(10, 1);
  Sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;"
      "UPDATE audit_events SET details = '{\"n\": 99}' WHERE id = 6;"
      "ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
  auto report = audit::VerifyAuditChain(url_);
  ASSERT_TRUE(report.first_bad_id.has_value());
  EXPECT_EQ(*report.first_bad_id, 6);
}

TEST_F(AuditChainTest, ADeletedRowIsDetectedAtTheNextOne) {
  Append(10, 1);
  Sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;"
      "DELETE FROM audit_events WHERE id = 4;"
      "ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
  auto report = audit::VerifyAuditChain(url_);
  ASSERT_TRUE(report.first_bad_id.has_value());
  EXPECT_EQ(*report.first_bad_id, 5);
}

}  // namespace
}  // namespace healthpulse
