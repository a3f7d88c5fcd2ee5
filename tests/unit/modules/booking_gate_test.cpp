#include "modules/appointments/booking_gate.h"

#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace healthpulse::appointments {
namespace {

// Passes that share a doctor, a room or a patient never overlap in time; the order of
// the keys does not matter (no deadlock between passes locking the same stripes).
TEST(BookingGateTest, PassesSharingAKeyRunOneAtATime) {
  BookingGate gate;
  struct Keys {
    std::int64_t doctor, room, patient;
  } rows[] = {{1, 10, 100}, {1, 11, 101}, {2, 10, 102}, {3, 12, 100}, {1, 10, 100}};
  for (const auto& a : rows) {
    for (const auto& b : rows) {
      if (&a == &b) continue;
      bool shared = a.doctor == b.doctor || a.room == b.room || a.patient == b.patient;
      if (!shared) continue;
      std::atomic<int> inside{0}, most{0};
      std::vector<std::thread> threads;
      for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&, i] {
          for (int n = 0; n < 200; ++n) {
            const auto& k = i % 2 == 0 ? a : b;
            auto pass = gate.Enter(k.doctor, k.room, k.patient);
            int now = ++inside;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) {
            }
            --inside;
          }
        });
      }
      for (auto& t : threads) t.join();
      EXPECT_EQ(most, 1) << a.doctor << "/" << a.room << "/" << a.patient << " vs " << b.doctor << "/" << b.room
                         << "/" << b.patient;
    }
  }
}

}  // namespace
}  // namespace healthpulse::appointments
