#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
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

// How long the pool lets work wait or run. Zero durations mean "no limit" (the
// command-line tools and most tests); `serve` sets all of them from Config.
struct DatabaseOptions {
  // Set as each connection's statement_timeout; a statement PostgreSQL cancels for it
  // (57014) answers Error::Unavailable. Also a client-side deadline: work still running
  // kDeadlineGrace after it (a database that hangs rather than fails, so it cannot
  // enforce its own timeout) has its connection's socket shut down, which ends the
  // blocked call with Error::Unavailable; the connection is reopened next time.
  std::chrono::milliseconds statement_timeout{0};
  // How long Acquire waits for a free connection before answering Error::Unavailable.
  std::chrono::milliseconds pool_wait{0};
  // Set as each connection's idle_in_transaction_session_timeout.
  std::chrono::milliseconds idle_in_transaction_timeout{0};
  // Extra attempts after a deadlock (40P01) or serialization failure (40001); when they
  // are used up the work answers Error::Conflict.
  int retries = 4;
};

// A fixed pool of PostgreSQL connections, each with every embedded query prepared.
// Thread-safe. Non-copyable: it owns the connections.
class Database {
 public:
  static constexpr std::chrono::milliseconds kDeadlineGrace{2000};

  // Opens `size` connections to `url` (WithConnectionDefaults applied). Throws
  // pqxx::broken_connection when the database cannot be reached.
  Database(std::string url, int size, DatabaseOptions options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs `work` in one transaction on a pooled connection. Commits when it returns a
  // value, rolls back when it returns an error or throws. Constraint violations raised
  // by PostgreSQL become values: a known constraint name maps to its own Error
  // (ConstraintErrors), an unknown unique/exclusion violation to a generic 409. A lost
  // connection, no free connection within options.pool_wait, a statement cancelled by
  // statement_timeout or work past its deadline become Error::Unavailable (503 with
  // Retry-After) and a broken connection is reopened next time. A deadlock or
  // serialization failure rolls back and runs the whole of `work` again, up to
  // options.retries times after short jittered pauses, then answers Error::Conflict:
  // so `work` may run more than once and must only assign what it returns.
  // Other exceptions propagate (they are bugs, answered as 500 at the edge).
  Result<void> Transact(const std::function<Result<void>(Tx&)>& work);

  // Like Transact, but without BEGIN/COMMIT: each statement `work` runs commits on its
  // own. For work that is a single statement (atomic by itself), it saves two round
  // trips; errors map (and deadlocks retry) exactly as in Transact.
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
  template <typename Transaction>
  Result<void> RunOnce(const std::function<Result<void>(Tx&)>& work, bool& retry);
  void StartWatch(Slot& slot);
  void Unwatch(Slot& slot);
  void WatchdogLoop();

  const std::string url_;
  const int size_;
  const DatabaseOptions options_;
  mutable std::mutex mutex_;             // guards idle_, in_use_, waits_
  std::condition_variable available_;
  std::vector<std::unique_ptr<Slot>> idle_;
  int in_use_ = 0;
  long long waits_ = 0;

  // The client-side deadline (only with a statement_timeout): slots at work and when
  // their work must be over.
  std::mutex watch_mutex_;  // guards watched_ and stopping_; held while a socket is shut down
  std::condition_variable watch_wake_;
  struct Watch {
    std::chrono::steady_clock::time_point deadline;
    int socket;
  };
  std::map<Slot*, Watch> watched_;
  bool stopping_ = false;
  std::thread watchdog_;
};

// `url` with libpq's connect_timeout (`connect_timeout_seconds`) and TCP keepalives
// (on; idle 30 s, interval 10 s, count 3) added, each only when `url` does not set it,
// so a database that stops answering is noticed instead of waited for. Works for
// key=value strings and postgres:// URIs.
std::string WithConnectionDefaults(const std::string& url, int connect_timeout_seconds = 5);

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
