#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace healthpulse::db {

// One open transaction handed to repository code. Repositories include <pqxx/pqxx>
// in their .cpp files and use raw(); nothing above the repositories sees pqxx.
class Tx {
 public:
  explicit Tx(pqxx::transaction_base& txn) : txn_(txn) {}
  pqxx::transaction_base& raw() const { return txn_; }

 private:
  pqxx::transaction_base& txn_;
};

// Usage figures for /metrics.
struct PoolStats {
  int size = 0;
  int in_use = 0;
  long long waits = 0;  // acquisitions that had to wait for a free connection
};

// A fixed pool of PostgreSQL connections, each with every embedded query prepared.
// Thread-safe. Non-copyable: it owns the connections.
class Database {
 public:
  // Opens `size` connections to `url`. Throws pqxx::broken_connection when the database
  // cannot be reached.
  Database(std::string url, int size);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs `work` in one transaction on a pooled connection. Commits when it returns a
  // value, rolls back when it returns an error or throws. Constraint violations raised
  // by PostgreSQL become values: a known constraint name maps to its own Error
  // (ConstraintErrors), an unknown unique/exclusion violation to a generic 409. A lost
  // connection becomes Error::Unavailable and the connection is reopened next time.
  // Other exceptions propagate (they are bugs, answered as 500 at the edge).
  Result<void> Transact(const std::function<Result<void>(Tx&)>& work);

  // Like Transact, but without BEGIN/COMMIT: each statement `work` runs commits on its
  // own. For work that is a single statement (atomic by itself), it saves two round
  // trips; errors map exactly as in Transact.
  Result<void> Execute(const std::function<Result<void>(Tx&)>& work);

  // True when a trivial query succeeds within the pool's connection.
  bool Ping();

  PoolStats Stats() const;

 private:
  struct Slot;
  std::unique_ptr<Slot> Acquire();
  void Release(std::unique_ptr<Slot> slot);
  std::unique_ptr<Slot> Open() const;
  template <typename Transaction>
  Result<void> Run(const std::function<Result<void>(Tx&)>& work);

  const std::string url_;
  const int size_;
  mutable std::mutex mutex_;             // guards idle_, in_use_, waits_
  std::condition_variable available_;
  std::vector<std::unique_ptr<Slot>> idle_;
  int in_use_ = 0;
  long long waits_ = 0;
};

namespace detail {
template <typename T, typename Work, typename Runner>
Result<T> RunValue(Runner&& runner, Work&& work) {
  std::optional<T> value;
  auto done = runner([&](Tx& tx) -> Result<void> {
    Result<T> result = work(tx);
    if (!result) return Fail(std::move(result.error()));
    value.emplace(std::move(*result));
    return {};
  });
  if (!done) return Fail(std::move(done.error()));
  return std::move(*value);
}
}  // namespace detail

// Runs `work` (Tx& → Result<T>) in one transaction via Database::Transact and returns
// its value; an error it returns rolls the transaction back.
template <typename T, typename Work>
Result<T> TransactValue(Database& db, Work&& work) {
  return detail::RunValue<T>([&db](const auto& fn) { return db.Transact(fn); }, std::forward<Work>(work));
}

// Runs single-statement `work` via Database::Execute and returns its value.
template <typename T, typename Work>
Result<T> ExecuteValue(Database& db, Work&& work) {
  return detail::RunValue<T>([&db](const auto& fn) { return db.Execute(fn); }, std::forward<Work>(work));
}

// The text of the embedded query `name` (sql/queries/**/name.sql). Throws
// std::out_of_range for an unknown name.
std::string_view QueryText(std::string_view name);

}  // namespace healthpulse::db
