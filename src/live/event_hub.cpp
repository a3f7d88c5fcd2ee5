#include "live/event_hub.h"

#include <vector>

namespace healthpulse::live {

bool MayReceive(const Principal& viewer, const ClinicEvent& event) {
  switch (viewer.role) {
    case Role::kAdmin:
    case Role::kSecretary:
      return true;  // the stream route already checked the clinic
    case Role::kDoctor:
      return event.doctor_user_id == viewer.user_id;
    case Role::kPatient:
      return event.patient_user_id == viewer.user_id;
  }
  return false;
}

std::shared_ptr<void> EventHub::Subscribe(std::int64_t clinic_id, Principal viewer, Callback callback) {
  std::uint64_t id;
  {
    std::lock_guard lock(mutex_);
    id = next_id_++;
    subscribers_.emplace(id, Subscriber{clinic_id, std::move(viewer), std::move(callback)});
  }
  return std::shared_ptr<void>(nullptr, [this, id](void*) { Unsubscribe(id); });
}

std::shared_ptr<void> EventHub::ReserveStream(std::int64_t user_id) {
  {
    std::lock_guard lock(mutex_);
    int& open = streams_[user_id];
    if (open >= max_streams_per_user_) {
      if (open == 0) streams_.erase(user_id);
      return nullptr;
    }
    ++open;
  }
  return std::shared_ptr<void>(reinterpret_cast<void*>(1), [this, user_id](void*) {
    std::lock_guard lock(mutex_);
    if (auto it = streams_.find(user_id); it != streams_.end() && --it->second <= 0) streams_.erase(it);
  });
}

void EventHub::Unsubscribe(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  subscribers_.erase(id);
}

void EventHub::Publish(const ClinicEvent& event) {
  std::vector<Callback> targets;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [id, s] : subscribers_) {
      if (s.clinic_id == event.clinic_id && MayReceive(s.viewer, event)) targets.push_back(s.callback);
    }
  }
  for (const auto& deliver : targets) deliver(event.json);
}

int EventHub::Subscribers() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(subscribers_.size());
}

}  // namespace healthpulse::live
