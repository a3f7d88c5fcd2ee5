#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/background_loop.h"
#include "live/event_hub.h"

namespace healthpulse::live {

// The PostgreSQL channels every server LISTENs on, so a message reaches every server
// behind the load balancer. Sessions are notified in the transaction that ends them;
// clinic events by EventPublisher once their change has committed.
inline constexpr const char* kClinicEventsChannel = "healthpulse_events";
inline constexpr const char* kSessionsChannel = "healthpulse_sessions";

// A payload handler for one channel; called on the listener's thread.
using ChannelHandler = std::pair<std::string, std::function<void(const std::string& payload)>>;

// A thread that LISTENs on the given channels over its own connection and hands each
// notification to its channel's handler. Reconnects after a lost connection (messages
// sent meanwhile are lost: consumers must tolerate that, e.g. by short cache lifetimes).
// Its thread runs from Start (app::BackgroundLoops calls it) to Stop; destruction stops
// it too. Non-copyable.
class NotificationListener final : public BackgroundLoop {
 public:
  NotificationListener(std::string url, std::vector<ChannelHandler> handlers);
  ~NotificationListener() override;
  NotificationListener(const NotificationListener&) = delete;
  NotificationListener& operator=(const NotificationListener&) = delete;

  std::string_view Name() const override { return "live listener"; }
  void Start() override;
  void Stop() override;

 private:
  void Run();

  const std::string url_;
  const std::vector<ChannelHandler> handlers_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

// Parses a clinic events payload: one event ({"clinic_id":..,"doctor_user_id":..,
// "patient_user_id":.., ...}) or an array of them (EventPublisher's batches). Skips
// anything that is not an event.
std::vector<ClinicEvent> ParseClinicEvents(const std::string& payload);

}  // namespace healthpulse::live
