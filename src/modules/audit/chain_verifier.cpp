#include "modules/audit/chain_verifier.h"

#include <sodium.h>

#include <pqxx/pqxx>

#include "db/connect.h"
#include "db/database.h"

namespace healthpulse::audit {
namespace {

constexpr int kBatchSize = 5000;

std::string Sha256(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
}

std::string Bytes(const pqxx::field& field, pqxx::transaction_base& txn) {
  return txn.unesc_raw(field.c_str());
}

// Walks the chain with the prepared select_audit_chain.
ChainReport Walk(pqxx::transaction_base& txn) {
  ChainReport report;
  std::string previous_hash(crypto_hash_sha256_BYTES, '\0');
  std::int64_t after = 0;
  for (;;) {
    auto rows = txn.exec_prepared("select_audit_chain", after, kBatchSize);
    if (rows.empty()) break;
    for (const auto& row : rows) {
      auto id = row["id"].as<std::int64_t>();
      auto prev_hash = Bytes(row["prev_hash"], txn);
      auto hash = Bytes(row["hash"], txn);
      auto canonical = Bytes(row["canonical"], txn);
      ++report.rows_checked;
      if (prev_hash != previous_hash) {
        report.first_bad_id = id;
        report.problem = "its link to the previous row does not match (a row before it was removed or altered)";
        return report;
      }
      if (Sha256(prev_hash + canonical) != hash) {
        report.first_bad_id = id;
        report.problem = "its content does not match its hash (the row was altered)";
        return report;
      }
      previous_hash = hash;
      after = id;
    }
  }
  return report;
}

}  // namespace

ChainReport VerifyAuditChain(const std::string& url) {
  auto connection = db::Connect(url);
  // One snapshot for the whole walk, so rows appended meanwhile do not confuse it.
  pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> txn(*connection);
  connection->prepare("select_audit_chain", std::string(db::QueryText("select_audit_chain")));
  return Walk(txn);
}

ChainReport VerifyAuditChain(db::Tx& tx) {
  tx.raw().exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  return Walk(tx.raw());
}

}  // namespace healthpulse::audit
