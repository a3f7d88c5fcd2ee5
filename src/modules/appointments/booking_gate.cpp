#include "modules/appointments/booking_gate.h"

#include <algorithm>

namespace healthpulse::appointments {
namespace {

// Spreads (kind, id) over the stripes (Fibonacci hashing).
std::size_t Stripe(std::uint64_t kind, std::int64_t id, std::size_t stripes) {
  std::uint64_t key = static_cast<std::uint64_t>(id) * 4 + kind;
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) % stripes;
}

}  // namespace

BookingGate::Pass BookingGate::Enter(std::int64_t doctor_id, std::int64_t room_id, std::int64_t patient_id) {
  std::vector<std::size_t> picked = {Stripe(1, doctor_id, kStripes), Stripe(2, room_id, kStripes),
                                     Stripe(3, patient_id, kStripes)};
  std::sort(picked.begin(), picked.end());
  picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
  std::vector<std::unique_lock<std::mutex>> locks;
  locks.reserve(picked.size());
  for (auto stripe : picked) locks.emplace_back(stripes_[stripe]);
  return Pass(std::move(locks));
}

}  // namespace healthpulse::appointments
