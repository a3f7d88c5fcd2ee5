#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <vector>

namespace healthpulse::appointments {

// Lets at most one booking per doctor, room and patient into PostgreSQL at a time on
// this server. Two concurrent inserts that overlap on an exclusion constraint wait for
// each other inside PostgreSQL and deadlock; it notices only after deadlock_timeout
// (1 s), so a rush on one slot (500 bookings at once) took minutes of such waits. Behind
// the gate the rush runs one at a time: the first books, each later one sees a committed
// overlap and gets its 409 at once. Bookings from other servers can still race; the
// database layer retries those deadlocks. Thread-safe; non-copyable.
class BookingGate {
 public:
  // Held while it lives; locks the stripes of the three keys in ascending order (so two
  // passes never wait for each other in a cycle).
  class Pass {
   public:
    explicit Pass(std::vector<std::unique_lock<std::mutex>> locks) : locks_(std::move(locks)) {}

   private:
    std::vector<std::unique_lock<std::mutex>> locks_;
  };

  BookingGate() = default;
  BookingGate(const BookingGate&) = delete;
  BookingGate& operator=(const BookingGate&) = delete;

  // Blocks until no other pass holds any of these keys' stripes. Unrelated bookings
  // share a stripe rarely (1024 of them), and then only wait a few milliseconds.
  Pass Enter(std::int64_t doctor_id, std::int64_t room_id, std::int64_t patient_id);

 private:
  static constexpr std::size_t kStripes = 1024;
  std::array<std::mutex, kStripes> stripes_;
};

}  // namespace healthpulse::appointments
