#pragma once

#include <atomic>
#include <string>
#include <thread>

#include "live/event_hub.h"

namespace healthpulse::live {

// The PostgreSQL channel every server LISTENs on; writers NOTIFY it in the transaction
// that makes the change, so an event is sent if and only if the change commits, and
// reaches the streams of every server behind the load balancer.
inline constexpr const char* kChannel = "healthpulse_events";

// A thread that LISTENs on kChannel over its own connection and publishes each
// notification to the hub. Reconnects after a lost connection. Stops (and joins) on
// destruction. Non-copyable.
class NotificationListener {
 public:
  NotificationListener(std::string url, EventHub& hub);
  ~NotificationListener();
  NotificationListener(const NotificationListener&) = delete;
  NotificationListener& operator=(const NotificationListener&) = delete;

 private:
  void Run();

  const std::string url_;
  EventHub& hub_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

// Parses a notification payload ({"clinic_id":..,"doctor_user_id":..,
// "patient_user_id":.., ...}); nullopt when it is not one.
std::optional<ClinicEvent> ParseClinicEvent(const std::string& payload);

}  // namespace healthpulse::live
