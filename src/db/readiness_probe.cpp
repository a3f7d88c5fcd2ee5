#include "db/readiness_probe.h"

#include <sys/socket.h>

#include <pqxx/pqxx>

#include "db/database.h"

namespace healthpulse::db {

struct ReadinessProbe::Connection {
  explicit Connection(const std::string& url) : raw(url) {}
  pqxx::connection raw;
};

ReadinessProbe::ReadinessProbe(std::string url, std::chrono::milliseconds timeout)
    : url_(std::move(url)), timeout_(timeout), thread_([this] { Loop(); }) {}

ReadinessProbe::~ReadinessProbe() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    if (socket_ >= 0) ::shutdown(socket_, SHUT_RDWR);
  }
  wake_.notify_all();
  thread_.join();
}

bool ReadinessProbe::Ready() {
  std::unique_lock lock(mutex_);
  // Join the check in flight, if any; else ask for a new one.
  std::uint64_t wanted = requested_ > completed_ ? requested_ : ++requested_;
  wake_.notify_one();
  if (done_.wait_for(lock, timeout_, [&] { return completed_ >= wanted; })) return last_ok_;
  if (socket_ >= 0) ::shutdown(socket_, SHUT_RDWR);  // unsticks the check; it reconnects next time
  return false;
}

void ReadinessProbe::Loop() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [&] { return stopping_ || requested_ > completed_; });
    if (stopping_) return;
    std::uint64_t serving = requested_;
    lock.unlock();
    bool ok = Check();
    lock.lock();
    completed_ = serving;
    last_ok_ = ok;
    done_.notify_all();
  }
}

bool ReadinessProbe::Check() {
  try {
    if (!connection_ || !connection_->raw.is_open()) {
      int connect_seconds = static_cast<int>(std::max<long long>(1, (timeout_.count() + 999) / 1000));
      connection_ = std::make_unique<Connection>(WithConnectionDefaults(url_, connect_seconds));
      pqxx::nontransaction(connection_->raw).exec("SET statement_timeout = " + std::to_string(timeout_.count()));
      std::lock_guard lock(mutex_);
      socket_ = connection_->raw.sock();
    }
    pqxx::nontransaction(connection_->raw).exec("SELECT 1");
    return true;
  } catch (const std::exception&) {
    {
      std::lock_guard lock(mutex_);
      socket_ = -1;
    }
    connection_.reset();
    return false;
  }
}

}  // namespace healthpulse::db
