#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "core/background_loop.h"
#include "db/database.h"

namespace healthpulse::live {

// Sends clinic events (JSON objects, see ClinicEvent) to every server's listener through
// NOTIFY on kClinicEventsChannel, from a thread of its own, after the change that caused
// them has committed.
//
// Why not NOTIFY inside the writing transaction: PostgreSQL serializes the commits of
// transactions that notified (a global lock held across the commit's WAL flush), which
// capped bookings at a quarter of the bare insert's rate. Here the events that queue up
// while one NOTIFY runs go out together in the next, packed into as few notifications
// as the 8000-byte payload limit allows. The price: an event queued just before this
// process dies is not sent; live screens refetch on reconnect and periodically, so they
// heal. Thread-safe; Publish never blocks on the database. Its thread runs from Start
// (app::BackgroundLoops calls it) to Stop; events published before Start wait for it.
class EventPublisher final : public BackgroundLoop {
 public:
  // Opens its own connection to `url`. Throws when the database cannot be reached.
  explicit EventPublisher(const std::string& url);
  // Stop.
  ~EventPublisher() override;
  EventPublisher(const EventPublisher&) = delete;
  EventPublisher& operator=(const EventPublisher&) = delete;

  std::string_view Name() const override { return "live publisher"; }
  void Start() override;
  // Sends what is queued, then ends the thread.
  void Stop() override;

  // Queues one event (a JSON object's text) for every server.
  void Publish(std::string event_json);

 private:
  void Run();
  void Send(std::deque<std::string> events);

  db::Database db_;
  std::mutex mutex_;  // guards queue_ and stopping_
  std::condition_variable wake_;
  std::deque<std::string> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

// Packs event objects into NOTIFY payloads: JSON arrays of whole events, each at most
// `max_bytes` long (an event longer than that travels alone). Exposed for tests.
std::vector<std::string> PackEvents(const std::deque<std::string>& events, std::size_t max_bytes);

}  // namespace healthpulse::live
