#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include <date/date.h>

#include "modules/sms/outbox_repository.h"
#include "modules/sms/sms_scheduler.h"
#include "modules/sms/sms_sender.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using sms::Instant;

// A provider that counts what it is asked to send (thread-safe) and answers from a
// per-call rule.
class CountingProvider final : public sms::SmsProvider {
 public:
  std::function<sms::SendResult(const sms::OutgoingSms&)> answer = [](const sms::OutgoingSms& m) {
    sms::SendResult r;
    r.answer.http_status = 201;
    r.sid = "SM" + std::to_string(m.message_id);
    return r;
  };
  std::string_view Name() const override { return "counting"; }
  sms::SendResult Send(const sms::OutgoingSms& m) override {
    {
      std::lock_guard lock(mutex);
      sent.push_back(m.message_id);
    }
    return answer(m);
  }
  sms::LookupResult FindSent(const sms::OutgoingSms&, Instant) override { return {true, std::nullopt, "none"}; }
  std::mutex mutex;
  std::vector<std::int64_t> sent;
};

Instant Now() { return std::chrono::system_clock::now(); }

// One clinic (Buenos Aires), a doctor of "Cardiologia" and one of "Dermatologia";
// `patients` patients with consent and phones, each with a plan made by the
// cardiologist, due today.
class SmsOutboxTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name, phone) VALUES ('Centro', '+541140001111');"
        "INSERT INTO floors (clinic_id, number) VALUES (1, 1);"
        "INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'C1');"
        "INSERT INTO nomenclators (name) VALUES ('NN');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30);"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('cardio', 'x', 'Dra. Corazon', 'doctor'), ('derma', 'x', 'Dr. Piel', 'doctor');"
        "INSERT INTO doctors (user_id, specialty) VALUES (1, 'Cardiologia'), (2, 'Dermatologia');");
    db_ = std::make_unique<db::Database>(url_, 4);
  }
  void TearDown() override {
    db_.reset();
    DatabaseTest::TearDown();
  }

  void DuePatients(int count, bool consent = true) {
    Sql("WITH p AS (INSERT INTO patients (first_name, last_name, document_number, phone, sms_consent)"
        " SELECT 'Ana' || g, 'A', 'D' || g, '+54911' || (10000000 + g), " + std::string(consent ? "true" : "false") +
        " FROM generate_series(1, " + std::to_string(count) + ") g RETURNING id),"
        " pc AS (INSERT INTO patient_clinics SELECT id, 1 FROM p)"
        " INSERT INTO follow_up_plans (patient_id, interval_days, next_due_on, created_by)"
        " SELECT id, 30, (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date, 1 FROM p");
  }

  std::string One(const std::string& sql) { return Sql(sql)[0][0].c_str(); }

  sms::SmsScheduler Scheduler(const Clock& clock, int batch = 500) { return {*db_, clock, {24, 14, batch}}; }

  sms::SenderOptions Options() {
    sms::SenderOptions o;
    o.quiet_hours = *sms::ParseQuietHours("off");
    o.retry_base = std::chrono::seconds(30);
    return o;
  }

  std::unique_ptr<db::Database> db_;
};

TEST_F(SmsOutboxTest, TheSchedulerPassIsIdempotentOverTheSameData) {
  DuePatients(20);
  ManualClock clock(Now());
  auto first = Scheduler(clock, 7).RunPass();  // several batches
  EXPECT_EQ(first.plans_seen, 20);
  EXPECT_EQ(first.follow_up_alerts, 20);
  EXPECT_EQ(One("SELECT count(*) FROM sms_messages"), "20");
  EXPECT_EQ(One("SELECT count(DISTINCT next_due_on) FROM follow_up_plans"), "1");
  EXPECT_EQ(One("SELECT min(next_due_on - (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date) FROM follow_up_plans"),
            "30");
  // Again over the same plans, as a worker that read them before the advance would:
  Sql("UPDATE follow_up_plans SET next_due_on = next_due_on - 30");
  auto second = Scheduler(clock).RunPass();
  EXPECT_EQ(second.plans_seen, 20);
  EXPECT_EQ(second.follow_up_alerts, 0) << "the unique key (plan, due date) wrote nothing twice";
  EXPECT_EQ(One("SELECT count(*) FROM sms_messages"), "20");
  auto third = Scheduler(clock).RunPass();
  EXPECT_EQ(third.plans_seen, 0);
  // The bodies carry the template's placeholders filled in, and nothing else.
  EXPECT_EQ(One("SELECT body FROM sms_messages ORDER BY id LIMIT 1"),
            "Hola Ana1: es momento de su control en Centro. Responda este mensaje o llame al +541140001111 para "
            "pedir su turno.");
}

TEST_F(SmsOutboxTest, ConcurrentSchedulerPassesWriteEachAlertOnce) {
  DuePatients(300);
  ManualClock clock(Now());
  std::vector<std::thread> threads;
  std::atomic<int> written{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] { written += Scheduler(clock, 25).RunPass().follow_up_alerts; });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(written.load(), 300);
  EXPECT_EQ(One("SELECT count(*) FROM sms_messages"), "300");
  EXPECT_EQ(One("SELECT count(*) FROM follow_up_plans WHERE next_due_on <= current_date + 1"), "0");
}

TEST_F(SmsOutboxTest, ABookedVisitOfThePlansSpecialtyMeansNoMessageButTheOtherSpecialtyDoesNot) {
  DuePatients(2);
  // Patient 1 booked the cardiologist (the plan's author) next week; patient 2 only the
  // dermatologist.
  Sql("INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at) VALUES"
      " (1, 1, 1, 1, 1, now() + interval '7 days', now() + interval '7 days 30 minutes'),"
      " (2, 2, 1, 1, 1, now() + interval '8 days', now() + interval '8 days 30 minutes')");
  ManualClock clock(Now());
  auto report = Scheduler(clock).RunPass();
  EXPECT_EQ(report.visits_booked, 1);
  EXPECT_EQ(report.follow_up_alerts, 1);
  EXPECT_EQ(One("SELECT string_agg(patient_id::text, ',') FROM sms_messages WHERE kind = 'follow_up'"), "2");
  EXPECT_EQ(One("SELECT count(*) FROM follow_up_plans WHERE next_due_on > current_date + 1"), "2") << "both move on";
}

TEST_F(SmsOutboxTest, PatientsWithoutConsentGetNoAlert) {
  DuePatients(3, false);
  ManualClock clock(Now());
  auto report = Scheduler(clock).RunPass();
  EXPECT_EQ(report.without_consent, 3);
  EXPECT_EQ(One("SELECT count(*) FROM sms_messages"), "0");
}

TEST_F(SmsOutboxTest, RemindersGoOutOnceForTurnosWithinTheWindowButNotForLastMinuteBookings) {
  DuePatients(3);
  Sql("UPDATE follow_up_plans SET status = 'paused'");
  Sql("INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, created_at) VALUES"
      " (1, 1, 1, 1, 1, '2026-12-10 13:00+00', '2026-12-10 13:30+00', '2026-12-01 10:00+00'),"  // in 24 h window
      " (2, 1, 1, 1, 1, '2026-12-10 14:00+00', '2026-12-10 14:30+00', '2026-12-10 12:30+00'),"  // booked 1.5 h ahead
      " (3, 1, 1, 1, 1, '2026-12-12 13:00+00', '2026-12-12 13:30+00', '2026-12-01 10:00+00')");  // too far yet
  ManualClock clock(date::sys_days{date::year{2026} / 12 / 10} + std::chrono::hours(12) + std::chrono::minutes(45));
  EXPECT_EQ(Scheduler(clock).RunPass().reminders, 1);
  EXPECT_EQ(Scheduler(clock).RunPass().reminders, 0);
  EXPECT_EQ(One("SELECT appointment_id || ' ' || body FROM sms_messages WHERE kind = 'appointment_reminder'"),
            "1 Hola Ana1: le recordamos su turno el 10/12/2026 a las 10:00 con Dra. Corazon en Centro. Responda SI "
            "para confirmar o NO para cancelar.");
}

TEST_F(SmsOutboxTest, ConcurrentSendersNeverClaimTheSameRow) {
  DuePatients(200);
  ManualClock clock(Now());
  Scheduler(clock).RunPass();
  CountingProvider provider;
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      sms::SmsSender sender(*db_, provider, clock, Options());
      while (sender.RunPass().attempted > 0) {
      }
    });
  }
  for (auto& t : threads) t.join();
  std::set<std::int64_t> distinct(provider.sent.begin(), provider.sent.end());
  EXPECT_EQ(provider.sent.size(), 200u);
  EXPECT_EQ(distinct.size(), 200u) << "a message was handed to the provider twice";
  EXPECT_EQ(One("SELECT count(*) FROM sms_messages WHERE status = 'sent' AND attempts = 1"), "200");
}

TEST_F(SmsOutboxTest, RetriesWaitTheirBackoffOnTheClockAndQuietHoursHoldTheRest) {
  DuePatients(1);
  ManualClock clock(Now());
  Scheduler(clock).RunPass();
  CountingProvider provider;
  int calls = 0;
  provider.answer = [&](const sms::OutgoingSms&) {
    sms::SendResult r;
    r.answer.http_status = ++calls == 1 ? 503 : 201;
    if (calls > 1) r.sid = "SMok";
    return r;
  };
  sms::SmsSender sender(*db_, provider, clock, Options(), [] { return 1.0; });
  EXPECT_EQ(sender.RunPass().retried, 1);
  EXPECT_EQ(sender.RunPass().attempted, 0) << "not before its backoff (30 s)";
  clock.Advance(std::chrono::seconds(29));
  EXPECT_EQ(sender.RunPass().attempted, 0);
  clock.Advance(std::chrono::seconds(1));
  EXPECT_EQ(sender.RunPass().sent, 1);
  EXPECT_EQ(One("SELECT status || ' ' || provider_sid || ' ' || attempts FROM sms_messages"), "sent SMok 2");
  EXPECT_EQ(One("SELECT string_agg(status || '/' || coalesce(http_status::text, '-'), ',' ORDER BY id) FROM sms_message_events"),
            "sending/-,pending/503,sending/-,sent/201");
}

TEST_F(SmsOutboxTest, QuietHoursDeferToTheMorningAndOldAlertsExpire) {
  DuePatients(2);
  // 2026-12-10 02:00 in Buenos Aires (05:00 UTC): quiet until 09:00 (12:00 UTC).
  auto night = date::sys_days{date::year{2026} / 12 / 10} + std::chrono::hours(5);
  Sql("UPDATE follow_up_plans SET next_due_on = '2026-12-10'");
  ManualClock clock(night);
  Scheduler(clock).RunPass();
  Sql("UPDATE sms_messages SET due_at = '2026-12-08 03:00+00', next_attempt_at = '2026-12-08 03:00+00' WHERE patient_id = 2");
  CountingProvider provider;
  auto options = Options();
  options.quiet_hours = *sms::ParseQuietHours("20:00-09:00");
  sms::SmsSender sender(*db_, provider, clock, options);
  auto report = sender.RunPass();
  EXPECT_EQ(report.deferred, 1);
  EXPECT_EQ(report.expired, 1) << "due two days ago: stale news by the morning";
  EXPECT_EQ(provider.sent.size(), 0u);
  EXPECT_EQ(One("SELECT to_char(next_attempt_at AT TIME ZONE 'UTC', 'HH24:MI') FROM sms_messages WHERE patient_id = 1"), "12:00");
  clock.Advance(std::chrono::hours(7));
  EXPECT_EQ(sender.RunPass().sent, 1);
}

}  // namespace
}  // namespace healthpulse
