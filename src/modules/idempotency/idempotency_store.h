#pragma once

#include "db/database.h"
#include "http/idempotency.h"

namespace healthpulse::idempotency {

// Idempotency keys and their answers in PostgreSQL (table idempotency_keys), so every
// server behind the load balancer replays the same answer. Thread-safe (stateless over
// the pool). Recording or releasing a key never fails a request: a store that cannot be
// reached then is logged, and the key expires on its own.
class PostgresIdempotencyStore : public http::IdempotencyStore {
 public:
  explicit PostgresIdempotencyStore(db::Database& db) : db_(db) {}

  Result<http::IdempotencyClaim> Claim(std::int64_t user_id, const std::string& key,
                                       const std::string& fingerprint) override;
  void Record(std::int64_t user_id, const std::string& key, const http::Response& answer) override;
  void Release(std::int64_t user_id, const std::string& key) override;

 private:
  db::Database& db_;
};

}  // namespace healthpulse::idempotency
