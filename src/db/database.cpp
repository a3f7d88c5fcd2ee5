#include "db/database.h"

#include <sys/socket.h>

#include <random>

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include "core/log_throttle.h"
#include "db/connect.h"
#include "db/constraint_errors.h"
#include "db/embedded_files.h"

namespace healthpulse::db {
namespace {

// Same message at most a few times a second: a sick database fails every request.
LogThrottle& DatabaseLogThrottle() {
  static LogThrottle throttle(5, std::chrono::seconds(1));
  return throttle;
}

void LogThrottled(const std::string& key, const std::string& message) {
  if (auto suppressed = DatabaseLogThrottle().Admit(key)) {
    if (*suppressed > 0) {
      spdlog::error("{} ({} like it suppressed)", message, *suppressed);
    } else {
      spdlog::error("{}", message);
    }
  }
}

// A pause of a few milliseconds, longer with each attempt and random within it so
// the transactions that deadlocked do not collide again in step.
void Backoff(int attempt) {
  thread_local std::minstd_rand random(std::random_device{}());
  int ceiling_ms = std::min(5 << attempt, 100);
  std::uniform_int_distribution<int> pick(ceiling_ms / 2, ceiling_ms);
  std::this_thread::sleep_for(std::chrono::milliseconds(pick(random)));
}

bool HasKey(const std::string& url, std::string_view key) {
  std::string probe(key);
  probe += '=';
  for (auto at = url.find(probe); at != std::string::npos; at = url.find(probe, at + 1)) {
    if (at == 0 || url[at - 1] == ' ' || url[at - 1] == '?' || url[at - 1] == '&') return true;
  }
  return false;
}

}  // namespace

std::string WithConnectionDefaults(const std::string& url, int connect_timeout_seconds) {
  const std::string connect_timeout = std::to_string(connect_timeout_seconds);
  const std::pair<std::string_view, std::string_view> kDefaults[] = {
      {"connect_timeout", connect_timeout}, {"keepalives", "1"},          {"keepalives_idle", "30"},
      {"keepalives_interval", "10"},        {"keepalives_count", "3"},
  };
  const bool uri = url.rfind("postgres://", 0) == 0 || url.rfind("postgresql://", 0) == 0;
  std::string out = url;
  for (const auto& [key, value] : kDefaults) {
    if (HasKey(url, key)) continue;
    if (uri) {
      out += out.find('?') == std::string::npos ? '?' : '&';
    } else if (!out.empty()) {
      out += ' ';
    }
    out.append(key).append("=").append(value);
  }
  return out;
}

struct Database::Slot {
  std::unique_ptr<pqxx::connection> connection;
  bool severed = false;  // the watchdog shut its socket down (guarded by watch_mutex_)
};

std::unique_ptr<pqxx::connection> Connect(const std::string& url) {
  auto connection = std::make_unique<pqxx::connection>(WithConnectionDefaults(url));
  // Timestamps leave the database in UTC so the API's RFC 3339 strings are stable.
  pqxx::nontransaction(*connection).exec("SET TIME ZONE 'UTC'");
  return connection;
}

std::string_view QueryText(std::string_view name) {
  for (const auto& query : embedded::Queries()) {
    if (query.name == name) return query.text;
  }
  throw std::out_of_range("no embedded query named " + std::string(name));
}

Database::Database(std::string url, int size, DatabaseOptions options)
    : url_(std::move(url)), size_(size), options_(options) {
  for (int i = 0; i < size_; ++i) idle_.push_back(Open());
  if (options_.statement_timeout.count() > 0) watchdog_ = std::thread([this] { WatchdogLoop(); });
}

Database::~Database() {
  {
    std::lock_guard lock(watch_mutex_);
    stopping_ = true;
  }
  watch_wake_.notify_all();
  if (watchdog_.joinable()) watchdog_.join();
}

std::unique_ptr<Database::Slot> Database::Open() const {
  auto slot = std::make_unique<Slot>();
  slot->connection = Connect(url_);
  pqxx::nontransaction settings(*slot->connection);
  if (options_.statement_timeout.count() > 0) {
    settings.exec("SET statement_timeout = " + std::to_string(options_.statement_timeout.count()));
  }
  if (options_.idle_in_transaction_timeout.count() > 0) {
    settings.exec("SET idle_in_transaction_session_timeout = " +
                  std::to_string(options_.idle_in_transaction_timeout.count()));
  }
  for (const auto& query : embedded::Queries()) {
    slot->connection->prepare(std::string(query.name), std::string(query.text));
  }
  return slot;
}

std::unique_ptr<Database::Slot> Database::Acquire() {
  std::unique_lock lock(mutex_);
  if (idle_.empty()) {
    ++waits_;
    auto free = [this] { return !idle_.empty(); };
    if (options_.pool_wait.count() > 0) {
      if (!available_.wait_for(lock, options_.pool_wait, free)) return nullptr;
    } else {
      available_.wait(lock, free);
    }
  }
  auto slot = std::move(idle_.back());
  idle_.pop_back();
  ++in_use_;
  return slot;
}

void Database::Release(std::unique_ptr<Slot> slot) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(slot));
    --in_use_;
  }
  available_.notify_one();
}

void Database::StartWatch(Slot& slot) {
  if (!watchdog_.joinable()) return;
  std::lock_guard lock(watch_mutex_);
  slot.severed = false;
  watched_[&slot] = {std::chrono::steady_clock::now() + options_.statement_timeout + kDeadlineGrace,
                     slot.connection->sock()};
}

void Database::Unwatch(Slot& slot) {
  if (!watchdog_.joinable()) return;
  std::lock_guard lock(watch_mutex_);
  watched_.erase(&slot);
}

void Database::WatchdogLoop() {
  std::unique_lock lock(watch_mutex_);
  while (!stopping_) {
    watch_wake_.wait_for(lock, std::chrono::milliseconds(200));
    auto now = std::chrono::steady_clock::now();
    for (auto& [slot, watch] : watched_) {
      if (slot->severed || now < watch.deadline) continue;
      // The database did not answer even its own statement_timeout: it hangs. Shutting
      // the socket down ends the blocked libpq call; Run then reports Unavailable. The
      // socket stays open (and so its number ours) until the slot is unwatched.
      if (watch.socket >= 0) ::shutdown(watch.socket, SHUT_RDWR);
      slot->severed = true;
      LogThrottled("deadline", "database work past its deadline: connection closed");
    }
  }
}

Result<void> Database::Transact(const std::function<Result<void>(Tx&)>& work) { return Run<pqxx::work>(work); }

Result<void> Database::Execute(const std::function<Result<void>(Tx&)>& work) {
  return Run<pqxx::nontransaction>(work);
}

template <typename Transaction>
Result<void> Database::Run(const std::function<Result<void>(Tx&)>& work) {
  for (int attempt = 0;; ++attempt) {
    bool retry = false;
    Result<void> result = RunOnce<Transaction>(work, retry);
    if (!retry) return result;
    if (attempt >= options_.retries) {
      Error busy = Error::Conflict("Too many simultaneous changes of the same thing; try again");
      busy.retry_after_seconds = 1;
      return Fail(std::move(busy));
    }
    Backoff(attempt);
  }
}

template <typename Transaction>
Result<void> Database::RunOnce(const std::function<Result<void>(Tx&)>& work, bool& retry) {
  auto slot = Acquire();
  if (!slot) return Fail(Error::Unavailable("The database is busy; try again shortly"));
  // Returns the slot on every path; a broken connection is replaced lazily below.
  struct Returner {
    Database* db;
    std::unique_ptr<Slot>* slot;
    ~Returner() {
      db->Unwatch(**slot);
      db->Release(std::move(*slot));
    }
  } returner{this, &slot};
  auto severed = [&] {
    std::lock_guard lock(watch_mutex_);
    return slot->severed;
  };
  // Closes the connection (reopened next time); unwatched first, so the watchdog never
  // touches a socket number that may already be reused.
  auto drop = [&] {
    Unwatch(*slot);
    slot->connection.reset();
  };

  try {
    if (!slot->connection || !slot->connection->is_open()) slot = Open();
    StartWatch(*slot);
    Transaction txn(*slot->connection);
    Tx tx(txn);
    Result<void> result = work(tx);
    if (result) txn.commit();
    return result;  // an error value: a transaction is aborted by its destructor
  } catch (const pqxx::integrity_constraint_violation& e) {
    // Unique, exclusion (23P01), foreign key and check violations share this class.
    return Fail(ConstraintError(ConstraintNameFromMessage(e.what())));
  } catch (const pqxx::transaction_rollback& e) {
    // 40P01 and 40001: PostgreSQL rolled the work back; running it again is safe.
    // (statement_completion_unknown, 40003, is not: the commit may have happened.)
    if (dynamic_cast<const pqxx::statement_completion_unknown*>(&e) != nullptr) throw;
    retry = true;
    return {};
  } catch (const pqxx::broken_connection& e) {
    LogThrottled("lost", std::string("database connection lost: ") + e.what());
    drop();
    return Fail(Error::Unavailable("The database is unavailable"));
  } catch (const pqxx::sql_error& e) {
    if (e.sqlstate() == "57014") return Fail(Error::Unavailable("The database took too long to answer"));
    if (severed()) {
      drop();
      return Fail(Error::Unavailable("The database did not answer in time"));
    }
    throw;
  } catch (const pqxx::failure& e) {
    // After the watchdog cut the socket libpq may report it in more than one way.
    if (!severed()) throw;
    LogThrottled("severed", std::string("database connection cut at its deadline: ") + e.what());
    drop();
    return Fail(Error::Unavailable("The database did not answer in time"));
  }
}

bool Database::Ping() {
  return static_cast<bool>(Transact([](Tx& tx) -> Result<void> {
    tx.raw().exec("SELECT 1");
    return {};
  }));
}

PoolStats Database::Stats() const {
  std::lock_guard lock(mutex_);
  return {size_, in_use_, waits_};
}

}  // namespace healthpulse::db
