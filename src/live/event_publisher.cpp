#include "live/event_publisher.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace healthpulse::live {
namespace {

// NOTIFY refuses payloads of 8000 bytes or more; leave room for the brackets and commas.
constexpr std::size_t kMaxPayloadBytes = 7900;

}  // namespace

std::vector<std::string> PackEvents(const std::deque<std::string>& events, std::size_t max_bytes) {
  std::vector<std::string> payloads;
  std::string current;
  for (const auto& event : events) {
    if (!current.empty() && current.size() + 1 + event.size() + 1 > max_bytes) {
      payloads.push_back(current + "]");
      current.clear();
    }
    current += current.empty() ? "[" : ",";
    current += event;
  }
  if (!current.empty()) payloads.push_back(current + "]");
  return payloads;
}

EventPublisher::EventPublisher(const std::string& url) : db_(url, 1) {}

EventPublisher::~EventPublisher() { Stop(); }

void EventPublisher::Start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { Run(); });
}

void EventPublisher::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void EventPublisher::Publish(std::string event_json) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(event_json));
  }
  wake_.notify_one();
}

void EventPublisher::Run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and everything has been sent
    std::deque<std::string> batch;
    batch.swap(queue_);
    lock.unlock();
    Send(std::move(batch));
    lock.lock();
  }
}

void EventPublisher::Send(std::deque<std::string> events) {
  auto payloads = nlohmann::json(PackEvents(events, kMaxPayloadBytes)).dump();
  try {
    auto sent = db_.Transact([&](db::Tx& tx) -> Result<void> {
      tx.raw().exec_prepared("notify_clinic_events", payloads);
      return {};
    });
    if (!sent) spdlog::warn("live events: {} not sent ({})", events.size(), sent.error().message);
  } catch (const std::exception& e) {
    spdlog::warn("live events: {} not sent ({})", events.size(), e.what());
  }
}

}  // namespace healthpulse::live
