#include "db/database.h"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include "db/connect.h"
#include "db/constraint_errors.h"
#include "db/embedded_files.h"

namespace healthpulse::db {

struct Database::Slot {
  std::unique_ptr<pqxx::connection> connection;
};

std::unique_ptr<pqxx::connection> Connect(const std::string& url) {
  auto connection = std::make_unique<pqxx::connection>(url);
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

Database::Database(std::string url, int size) : url_(std::move(url)), size_(size) {
  for (int i = 0; i < size_; ++i) idle_.push_back(Open());
}

Database::~Database() = default;

std::unique_ptr<Database::Slot> Database::Open() const {
  auto slot = std::make_unique<Slot>();
  slot->connection = Connect(url_);
  for (const auto& query : embedded::Queries()) {
    slot->connection->prepare(std::string(query.name), std::string(query.text));
  }
  return slot;
}

std::unique_ptr<Database::Slot> Database::Acquire() {
  std::unique_lock lock(mutex_);
  if (idle_.empty()) {
    ++waits_;
    available_.wait(lock, [this] { return !idle_.empty(); });
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

Result<void> Database::Transact(const std::function<Result<void>(Tx&)>& work) { return Run<pqxx::work>(work); }

Result<void> Database::Execute(const std::function<Result<void>(Tx&)>& work) {
  return Run<pqxx::nontransaction>(work);
}

template <typename Transaction>
Result<void> Database::Run(const std::function<Result<void>(Tx&)>& work) {
  auto slot = Acquire();
  // Returns the slot on every path; a broken connection is replaced lazily below.
  struct Returner {
    Database* db;
    std::unique_ptr<Slot>* slot;
    ~Returner() { db->Release(std::move(*slot)); }
  } returner{this, &slot};

  try {
    if (!slot->connection || !slot->connection->is_open()) slot = Open();
    Transaction txn(*slot->connection);
    Tx tx(txn);
    Result<void> result = work(tx);
    if (result) txn.commit();
    return result;  // an error value: a transaction is aborted by its destructor
  } catch (const pqxx::integrity_constraint_violation& e) {
    // Unique, exclusion (23P01), foreign key and check violations share this class.
    return Fail(ConstraintError(ConstraintNameFromMessage(e.what())));
  } catch (const pqxx::broken_connection& e) {
    spdlog::error("database connection lost: {}", e.what());
    slot->connection.reset();
    return Fail(Error::Unavailable("The database is unavailable"));
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
