#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "modules/appointments/appointment_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using appointments::Status;

// One clinic with two rooms, a practice of 30 minutes offered there, two doctors who
// work there around the clock, a secretary, and patients with and without an account.
class AppointmentServiceTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name, timezone) VALUES ('Centro', 'America/Argentina/Buenos_Aires'), ('Otra', 'UTC');"
        "INSERT INTO floors (clinic_id, number) VALUES (1, 1), (2, 1);"
        "INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'C1'), (1, 1, 'C2'), (2, 2, 'X1');"
        "INSERT INTO nomenclators (name) VALUES ('NN');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30),"
        " (1, 'P2', 'No ofrecida', 30);"
        "INSERT INTO practice_clinics VALUES (1, 1);"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('sec', 'x', 'Sec', 'secretary'), ('doc1', 'x', 'Doc Uno', 'doctor'), ('doc2', 'x', 'Doc Dos', 'doctor'),"
        " ('pac', 'x', 'Pac', 'patient'), ('admin', 'x', 'Admin', 'admin');"
        "INSERT INTO user_clinics VALUES (1, 1), (2, 1), (3, 1);"
        "INSERT INTO doctors (user_id, specialty) VALUES (2, 'Clínica'), (3, 'Clínica');"
        "INSERT INTO doctor_schedule_blocks SELECT d, 1, w, 0, 1440 FROM generate_series(1, 2) d, generate_series(1, 7) w;"
        "INSERT INTO patients (first_name, last_name, document_number, user_id) VALUES ('Ana', 'A', '10000001', 4),"
        " ('Beto', 'B', '10000002', NULL), ('Caro', 'C', '10000003', NULL);"
        "INSERT INTO patient_clinics VALUES (1, 1), (2, 1), (3, 1)");
    db_ = std::make_unique<db::Database>(url_, 8);
    service_ = std::make_unique<appointments::AppointmentService>(*db_, std::chrono::minutes(120), nullptr);
  }
  void TearDown() override {
    service_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }

  // A start `days` ahead at 10:00 Buenos Aires time, `minutes` later.
  std::string At(int days, int minutes = 0) {
    return Sql("SELECT rfc3339((date_trunc('day', now() AT TIME ZONE 'America/Argentina/Buenos_Aires') + interval '" +
               std::to_string(days) + " days 10 hours' + interval '" + std::to_string(minutes) +
               " minutes') AT TIME ZONE 'America/Argentina/Buenos_Aires')")[0][0]
        .as<std::string>();
  }

  appointments::NewAppointment Slot(std::int64_t patient, std::int64_t doctor, std::int64_t room,
                                    const std::string& start) {
    return {patient, doctor, room, 1, start, std::nullopt};
  }

  Principal secretary_{1, "sec", Role::kSecretary, "h1"};
  Principal doctor1_{2, "doc1", Role::kDoctor, "h2"};
  Principal patient_{4, "pac", Role::kPatient, "h4"};
  Principal admin_{5, "admin", Role::kAdmin, "h5"};
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<appointments::AppointmentService> service_;
};

TEST_F(AppointmentServiceTest, BooksWithThePracticeDurationAndRecordsTheEvent) {
  auto booked = service_->Book(secretary_, Slot(1, 1, 1, At(1)));
  ASSERT_TRUE(booked.has_value()) << booked.error().message;
  EXPECT_EQ(booked->end, At(1, 30));
  EXPECT_EQ(booked->status, Status::kRegistered);
  EXPECT_EQ(booked->clinic_id, 1);
  auto history = service_->History(secretary_, booked->id).value();
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].kind, "created");
}

TEST_F(AppointmentServiceTest, RefusesOverlapsForDoctorRoomAndPatientButNotBackToBack) {
  ASSERT_TRUE(service_->Book(secretary_, Slot(1, 1, 1, At(1))).has_value());
  struct Row {
    const char* what;
    appointments::NewAppointment slot;
    const char* field;
  } rows[] = {
      {"same doctor", Slot(2, 1, 2, At(1, 15)), "doctor_id"},
      {"same room", Slot(2, 2, 1, At(1, 15)), "room_id"},
      {"same patient", Slot(1, 2, 2, At(1, 15)), "patient_id"},
  };
  for (const auto& row : rows) {
    auto refused = service_->Book(secretary_, row.slot);
    ASSERT_FALSE(refused.has_value()) << row.what;
    EXPECT_EQ(refused.error().kind, Error::Kind::kConflict) << row.what;
    EXPECT_EQ(refused.error().fields.at(0).field, row.field) << row.what;
  }
  EXPECT_TRUE(service_->Book(secretary_, Slot(2, 1, 1, At(1, 30))).has_value()) << "back to back";
}

// A rush on one slot: 500 bookings at once over a pool wide enough (48 connections) that
// dozens of inserts race inside PostgreSQL, where concurrent exclusion-constraint checks
// deadlock on each other. Exactly one wins; every other one is told 409, none gets an
// error of another kind, and the burst is over in seconds.
TEST_F(AppointmentServiceTest, FiveHundredConcurrentBookingsOfOneSlotGiveExactlyOneAndTheRestConflict) {
  constexpr int kBookings = 500;
  db::Database wide(url_, 48);
  appointments::AppointmentService service(wide, std::chrono::minutes(120), nullptr);
  std::atomic<int> booked{0}, conflicts{0}, other{0};
  std::mutex mutex;
  std::set<std::string> other_errors;
  std::vector<std::thread> threads;
  auto start = At(2);
  auto began = std::chrono::steady_clock::now();
  for (int i = 0; i < kBookings; ++i) {
    threads.emplace_back([&, i] {
      // Alternate the contended resource: doctor, room or patient.
      auto slot = Slot(1 + i % 3, 1, 1, start);
      try {
        auto result = service.Book(secretary_, slot);
        if (result) {
          ++booked;
        } else if (result.error().kind == Error::Kind::kConflict) {
          ++conflicts;
        } else {
          ++other;
          std::lock_guard lock(mutex);
          other_errors.insert(result.error().message);
        }
      } catch (const std::exception& e) {  // what the edge would answer as a 500
        ++other;
        std::lock_guard lock(mutex);
        other_errors.insert(e.what());
      }
    });
  }
  for (auto& t : threads) t.join();
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  std::cout << kBookings << " concurrent bookings of one slot took " << seconds << " s\n";
  std::string errors;
  for (const auto& e : other_errors) errors += "\n  " + e;
  EXPECT_EQ(booked, 1);
  EXPECT_EQ(conflicts, kBookings - 1);
  EXPECT_EQ(other, 0) << errors;
  EXPECT_LT(seconds, 60) << "a hang guard, not a benchmark";
  EXPECT_EQ(Sql("SELECT count(*) FROM appointments")[0][0].as<int>(), 1);
}

TEST_F(AppointmentServiceTest, RefusesSlotsThatBreakTheRules) {
  struct Row {
    const char* what;
    appointments::NewAppointment slot;
    const char* field;
  } rows[] = {
      {"in the past", Slot(1, 1, 1, At(-1)), "start"},
      {"room of another clinic", Slot(1, 1, 3, At(1)), "room_id"},
      {"practice not offered", {1, 1, 1, 2, At(1), std::nullopt}, "practice_id"},
      {"unknown doctor", Slot(1, 99, 1, At(1)), "doctor_id"},
      {"end before start", {1, 1, 1, 1, At(1), At(1, -5)}, "end"},
  };
  for (const auto& row : rows) {
    auto refused = service_->Book(secretary_, row.slot);
    ASSERT_FALSE(refused.has_value()) << row.what;
    EXPECT_EQ(refused.error().kind, Error::Kind::kInvalid) << row.what;
    EXPECT_EQ(refused.error().fields.at(0).field, row.field) << row.what;
  }
  Sql("DELETE FROM doctor_schedule_blocks WHERE doctor_id = 1");
  auto outside = service_->Book(secretary_, Slot(1, 1, 1, At(1)));
  ASSERT_FALSE(outside.has_value());
  EXPECT_EQ(outside.error().fields.at(0).field, "start");
}

TEST_F(AppointmentServiceTest, WalksTheStatesAndRefusesTheRest) {
  auto id = service_->Book(secretary_, Slot(1, 1, 1, At(1))).value().id;
  EXPECT_EQ(service_->ChangeStatus(secretary_, id, Status::kInProgress, std::nullopt).error().kind,
            Error::Kind::kConflict);
  EXPECT_EQ(service_->ChangeStatus(secretary_, id, Status::kNoShow, std::nullopt).error().kind, Error::Kind::kConflict)
      << "no_show before the start";
  ASSERT_TRUE(service_->ChangeStatus(secretary_, id, Status::kConfirmed, std::nullopt).has_value());
  EXPECT_EQ(service_->ChangeStatus(doctor1_, id, Status::kCancelled, std::string("no")).error().kind,
            Error::Kind::kForbidden);
  // Tomorrow's turno: the patient cannot arrive yet (DESIGN.md §4).
  auto early = service_->ChangeStatus(secretary_, id, Status::kWaiting, std::nullopt);
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().kind, Error::Kind::kConflict);
  EXPECT_NE(early.error().message.find("day"), std::string::npos) << early.error().message;
  // Moved to now: today at the clinic.
  Sql("UPDATE appointments SET starts_at = now(), ends_at = now() + interval '30 minutes' WHERE id = " +
      std::to_string(id));
  ASSERT_TRUE(service_->ChangeStatus(secretary_, id, Status::kWaiting, std::nullopt).has_value());
  ASSERT_TRUE(service_->ChangeStatus(doctor1_, id, Status::kInProgress, std::nullopt).has_value());
  ASSERT_TRUE(service_->ChangeStatus(doctor1_, id, Status::kFinished, std::nullopt).has_value());
  auto history = service_->History(admin_, id).value();
  ASSERT_EQ(history.size(), 5u);
  EXPECT_EQ(history[4].from_status, "in_progress");
  EXPECT_EQ(history[4].to_status, "finished");
  EXPECT_EQ(history[4].actor_user_id, 2);
}

// The clock the states follow is the clinic's: one fixed instant, turnos in four zones.
TEST_F(AppointmentServiceTest, TurnoDaysFromTodayAreCountedInTheClinicsTimeZone) {
  struct Row {
    const char* starts_at;
    const char* zone;
    int days;
  } rows[] = {
      // Now is 2026-03-10 01:30 UTC: still the 9th in Buenos Aires (22:30), the 10th in Madrid and Tokyo.
      {"2026-03-09 23:00+00", "America/Argentina/Buenos_Aires", 0},
      {"2026-03-09 23:00+00", "UTC", -1},
      {"2026-03-09 23:00+00", "Europe/Madrid", 0},
      {"2026-03-09 23:00+00", "Asia/Tokyo", 0},
      {"2026-03-10 14:00+00", "America/Argentina/Buenos_Aires", 1},
      {"2026-03-10 14:00+00", "UTC", 0},
      {"2026-03-10 14:00+00", "Asia/Tokyo", 0},
      {"2026-03-10 14:00+00", "Pacific/Auckland", 1},
      {"2026-03-08 12:00+00", "America/Argentina/Buenos_Aires", -1},
  };
  for (const auto& row : rows) {
    auto days = Sql(std::string("SELECT turno_days_from_today('") + row.starts_at + "', '" + row.zone +
                    "', '2026-03-10 01:30+00')")[0][0]
                    .as<int>();
    EXPECT_EQ(days, row.days) << row.starts_at << " at " << row.zone;
  }
}

TEST_F(AppointmentServiceTest, CallingInAndFinishingFollowTheTurnosDay) {
  auto id = service_->Book(secretary_, Slot(1, 1, 1, At(2))).value().id;
  const auto at = [&](const std::string& when) {
    Sql("UPDATE appointments SET starts_at = " + when + ", ends_at = " + when + " + interval '30 minutes' WHERE id = " +
        std::to_string(id));
  };
  ASSERT_TRUE(service_->ChangeStatus(secretary_, id, Status::kConfirmed, std::nullopt).has_value());
  at("now() + interval '1 second'");
  ASSERT_TRUE(service_->ChangeStatus(secretary_, id, Status::kWaiting, std::nullopt).has_value());
  // Still waiting two days later (an unfinished day): too late to call them in.
  at("now() - interval '2 days'");
  auto late = service_->ChangeStatus(doctor1_, id, Status::kInProgress, std::nullopt);
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error().kind, Error::Kind::kConflict);
  at("now()");
  ASSERT_TRUE(service_->ChangeStatus(doctor1_, id, Status::kInProgress, std::nullopt).has_value());
  // Finishing the next day (forgotten the evening before) is still allowed.
  at("now() - interval '1 day'");
  EXPECT_TRUE(service_->ChangeStatus(doctor1_, id, Status::kFinished, std::nullopt).has_value());
}

TEST_F(AppointmentServiceTest, CancellingFreesTheSlotAndNeedsAReason) {
  auto id = service_->Book(secretary_, Slot(1, 1, 1, At(1))).value().id;
  auto no_reason = service_->ChangeStatus(secretary_, id, Status::kCancelled, std::nullopt);
  ASSERT_FALSE(no_reason.has_value());
  EXPECT_EQ(no_reason.error().fields.at(0).field, "reason");
  ASSERT_TRUE(service_->ChangeStatus(secretary_, id, Status::kCancelled, std::string("viaja")).has_value());
  EXPECT_TRUE(service_->Book(secretary_, Slot(2, 1, 1, At(1))).has_value());
}

TEST_F(AppointmentServiceTest, PatientsBookAndCancelOnlyTheirOwnAndNotAtTheLastMinute) {
  EXPECT_EQ(service_->Book(patient_, Slot(2, 1, 1, At(1))).error().fields.at(0).field, "patient_id");
  auto own = service_->Book(patient_, Slot(1, 1, 1, At(1)));
  ASSERT_TRUE(own.has_value());
  auto other = service_->Book(secretary_, Slot(2, 1, 2, At(3))).value();
  EXPECT_EQ(service_->Get(patient_, other.id).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(service_->ChangeStatus(patient_, own->id, Status::kConfirmed, std::nullopt).error().kind,
            Error::Kind::kForbidden);
  Sql("UPDATE appointments SET starts_at = now() + interval '1 hour', ends_at = now() + interval '90 minutes'"
      " WHERE id = " + std::to_string(own->id));
  EXPECT_EQ(service_->ChangeStatus(patient_, own->id, Status::kCancelled, std::string("no puedo")).error().kind,
            Error::Kind::kConflict);
  auto later = service_->Book(patient_, Slot(1, 2, 2, At(4))).value();
  EXPECT_TRUE(service_->ChangeStatus(patient_, later.id, Status::kCancelled, std::string("no puedo")).has_value());
}

TEST_F(AppointmentServiceTest, ReschedulingKeepsTheIdAndTheHistory) {
  auto first = service_->Book(secretary_, Slot(1, 1, 1, At(1))).value();
  service_->Book(secretary_, Slot(2, 1, 2, At(2))).value();
  appointments::Reschedule clash;
  clash.start = At(2, 10);
  EXPECT_EQ(service_->Reschedule(secretary_, first.id, clash).error().kind, Error::Kind::kConflict);
  appointments::Reschedule move;
  move.start = At(3);
  move.room_id = 2;
  auto moved = service_->Reschedule(secretary_, first.id, move);
  ASSERT_TRUE(moved.has_value()) << moved.error().message;
  EXPECT_EQ(moved->id, first.id);
  EXPECT_EQ(moved->start, At(3));
  EXPECT_EQ(moved->room_id, 2);
  auto history = service_->History(secretary_, first.id).value();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].kind, "rescheduled");
  EXPECT_EQ(service_->Reschedule(admin_, first.id, move).error().kind, Error::Kind::kForbidden);
}

TEST_F(AppointmentServiceTest, DoctorsSeeTheirAgendaAndTheirPatients) {
  service_->Book(secretary_, Slot(1, 1, 1, At(1))).value();
  service_->Book(secretary_, Slot(2, 2, 2, At(1))).value();
  auto mine = service_->List(doctor1_, {}).value();
  ASSERT_EQ(mine.items.size(), 1u);
  EXPECT_EQ(mine.items[0].doctor_id, 1);
  EXPECT_TRUE(Sql("SELECT patient_visible_to(1, 'doctor', 2)")[0][0].as<bool>());
  EXPECT_FALSE(Sql("SELECT patient_visible_to(2, 'doctor', 2)")[0][0].as<bool>());
}

TEST_F(AppointmentServiceTest, AvailabilityIsTheScheduleMinusLiveAppointmentsWithAFreeRoom) {
  ASSERT_TRUE(service_->Book(secretary_, Slot(1, 1, 1, At(1))).has_value());
  appointments::AvailabilityQuery query;
  query.practice_id = 1;
  query.from = At(1);
  query.to = At(1, 60);
  auto slots = service_->Availability(patient_, query);
  ASSERT_TRUE(slots.has_value()) << slots.error().message;
  // Doctor 1 is busy at 10:00 (room C1 too): doctor 2 gets C2 then; both are free at 10:30.
  std::vector<std::tuple<std::string, std::int64_t, std::int64_t>> got;
  for (const auto& s : *slots) got.emplace_back(s.start, s.doctor_id, s.room_id);
  std::vector<std::tuple<std::string, std::int64_t, std::int64_t>> expected = {
      {At(1), 2, 2}, {At(1, 30), 1, 1}, {At(1, 30), 2, 1}};
  EXPECT_EQ(got, expected);

  query.practice_id.reset();
  query.doctor_id = 1;
  EXPECT_EQ(service_->Availability(patient_, query).value().size(), 1u);
  query.to = At(80);
  EXPECT_EQ(service_->Availability(patient_, query).error().fields.at(0).field, "to");
  query.doctor_id.reset();
  EXPECT_EQ(service_->Availability(patient_, query).error().fields.at(0).field, "doctor_id");
}

}  // namespace
}  // namespace healthpulse
