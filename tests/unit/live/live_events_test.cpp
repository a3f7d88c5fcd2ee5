#include <gtest/gtest.h>

#include "live/event_hub.h"
#include "live/event_publisher.h"
#include "live/notification_listener.h"

namespace healthpulse::live {
namespace {

std::string Event(int clinic, int doctor_user) {
  return "{\"clinic_id\":" + std::to_string(clinic) + ",\"doctor_user_id\":" + std::to_string(doctor_user) + "}";
}

TEST(PackEvents, PutsEventsTogetherUpToTheLimitAndNeverSplitsOne) {
  std::deque<std::string> events;
  for (int i = 0; i < 10; ++i) events.push_back(Event(1, 100 + i));  // 36 bytes each
  auto payloads = PackEvents(events, 100);
  ASSERT_EQ(payloads.size(), 5u);  // two events and their brackets fit in 100 bytes, three do not
  for (const auto& p : payloads) {
    EXPECT_LE(p.size(), 100u);
    EXPECT_EQ(p.front(), '[');
    EXPECT_EQ(p.back(), ']');
  }
  std::size_t parsed = 0;
  for (const auto& p : payloads) parsed += ParseClinicEvents(p).size();
  EXPECT_EQ(parsed, 10u);
}

TEST(PackEvents, SendsAnOversizedEventAlone) {
  std::deque<std::string> events{Event(1, 1), std::string(200, 'x'), Event(1, 2)};
  auto payloads = PackEvents(events, 100);
  ASSERT_EQ(payloads.size(), 3u);
  EXPECT_EQ(payloads[1], "[" + std::string(200, 'x') + "]");
}

TEST(ParseClinicEvents, ReadsOneEventOrABatchAndSkipsWhatIsNotAnEvent) {
  auto one = ParseClinicEvents(Event(7, 70));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].clinic_id, 7);
  EXPECT_EQ(one[0].doctor_user_id, 70);
  EXPECT_FALSE(one[0].patient_user_id);

  auto batch = ParseClinicEvents("[" + Event(1, 10) + ",{\"nope\":1}," + Event(2, 20) + "]");
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(batch[1].clinic_id, 2);
  EXPECT_EQ(batch[1].json, Event(2, 20));  // what the browser receives: the event alone

  EXPECT_TRUE(ParseClinicEvents("not json").empty());
  EXPECT_TRUE(ParseClinicEvents("{\"clinic_id\":\"1\"}").empty());
}

}  // namespace
}  // namespace healthpulse::live
