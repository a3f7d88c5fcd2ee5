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
// guards the subscriber table; callbacks run outside it.
class EventHub {
 public:
  using Callback = std::function<void(const std::string& json)>;

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

  mutable std::mutex mutex_;  // guards subscribers_ and next_id_
  std::map<std::uint64_t, Subscriber> subscribers_;
  std::uint64_t next_id_ = 1;
};

}  // namespace healthpulse::live
