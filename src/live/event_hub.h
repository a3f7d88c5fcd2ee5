#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/principal.h"

namespace healthpulse::live {

// A change at a clinic, as published to every server through PostgreSQL NOTIFY.
struct ClinicEvent {
  std::int64_t clinic_id = 0;
  std::optional<std::int64_t> doctor_user_id;   // whose agenda it touches
  std::optional<std::int64_t> patient_user_id;  // the patient's login, when they have one
  std::string json;                             // the payload sent to clients as is
};

// Who may receive an event: secretaries and admins everything at the clinic; a doctor
// only events of their own agenda; a patient only their own turnos.
bool MayReceive(const Principal& viewer, const ClinicEvent& event);

// Fans clinic events out to the open streams of this server. Thread-safe: one mutex
// guards the subscriber table and the per-user stream counts; callbacks run outside it.
class EventHub {
 public:
  using Callback = std::function<void(const std::string& json)>;

  // At most `max_streams_per_user` streams per user at a time (see ReserveStream).
  explicit EventHub(int max_streams_per_user = 5) : max_streams_per_user_(max_streams_per_user) {}

  // Claims one of `user_id`'s streams for as long as the returned handle lives; null
  // when the user already holds max_streams_per_user (a tab left open in a loop, a
  // script): each open stream holds a socket and a subscription until it closes.
  std::shared_ptr<void> ReserveStream(std::int64_t user_id);
  int max_streams_per_user() const { return max_streams_per_user_; }

  // Stays subscribed while the returned handle lives.
  std::shared_ptr<void> Subscribe(std::int64_t clinic_id, Principal viewer, Callback callback);

  // Delivers `event` to every subscriber of its clinic that MayReceive it.
  void Publish(const ClinicEvent& event);

  int Subscribers() const;

 private:
  struct Subscriber {
    std::int64_t clinic_id;
    Principal viewer;
    Callback callback;
  };
  void Unsubscribe(std::uint64_t id);

  const int max_streams_per_user_;
  mutable std::mutex mutex_;  // guards subscribers_, next_id_ and streams_
  std::map<std::uint64_t, Subscriber> subscribers_;
  std::uint64_t next_id_ = 1;
  std::map<std::int64_t, int> streams_;  // open streams per user id (absent: none)
};

}  // namespace healthpulse::live
