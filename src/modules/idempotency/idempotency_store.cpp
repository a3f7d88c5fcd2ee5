#include "modules/idempotency/idempotency_store.h"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include "db/field.h"

namespace healthpulse::idempotency {

Result<http::IdempotencyClaim> PostgresIdempotencyStore::Claim(std::int64_t user_id, const std::string& key,
                                                              const std::string& fingerprint) {
  return db::ExecuteValue<http::IdempotencyClaim>(db_, [&](db::Tx& tx) -> Result<http::IdempotencyClaim> {
    auto row = tx.raw().exec_prepared1("claim_idempotency_key", user_id, key, fingerprint);
    http::IdempotencyClaim claim;
    if (row["claimed"].as<bool>()) return claim;
    auto status = db::Nullable<int>(row["status"]);
    if (!row["fingerprint"].is_null() && row["fingerprint"].as<std::string>() != fingerprint) {
      claim.state = http::IdempotencyClaim::State::kMismatch;
    } else if (!status) {
      claim.state = http::IdempotencyClaim::State::kInFlight;
    } else {
      claim.state = http::IdempotencyClaim::State::kAnswered;
      claim.answer.status = *status;
      claim.answer.content_type = db::Nullable<std::string>(row["content_type"]).value_or("");
      claim.answer.body = db::Nullable<std::string>(row["body"]).value_or("");
    }
    return claim;
  });
}

void PostgresIdempotencyStore::Record(std::int64_t user_id, const std::string& key, const http::Response& answer) {
  try {
    auto done = db_.Execute([&](db::Tx& tx) -> Result<void> {
      tx.raw().exec_prepared0("record_idempotent_answer", user_id, key, answer.status, answer.content_type, answer.body);
      return {};
    });
    if (!done) spdlog::warn("idempotency key not recorded: {}", done.error().message);
  } catch (const std::exception& e) {
    spdlog::warn("idempotency key not recorded: {}", e.what());
  }
}

void PostgresIdempotencyStore::Release(std::int64_t user_id, const std::string& key) {
  try {
    auto done = db_.Execute([&](db::Tx& tx) -> Result<void> {
      tx.raw().exec_prepared0("release_idempotency_key", user_id, key);
      return {};
    });
    if (!done) spdlog::warn("idempotency key not released: {}", done.error().message);
  } catch (const std::exception& e) {
    spdlog::warn("idempotency key not released: {}", e.what());
  }
}

}  // namespace healthpulse::idempotency
