#include <atomic>
#include <thread>
#include <vector>

#include "modules/appointments/appointment_service.h"
#include "modules/reports/report_csv.h"
#include "modules/reports/report_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using reports::DoctorPerformanceItem;
using reports::ReportRequest;

// A small network whose figures are worked out by hand below. Two clinics: Norte in
// Buenos Aires (UTC-3), Sur in UTC. Period: Monday 2026-03-02 and Tuesday 2026-03-03.
//   Norte opens Mon and Tue 08:00-12:00 (240 min each); rooms A1 (1) and A2 (2).
//   Sur opens Mon 09:00-17:00 (480 min); room B1 (3).
//   Doctor 1 "Ana Uno" works at both, doctor 2 "Beto Dos" at Norte.
// Turnos (local times):
//   a1 Ana  A1 Mon 09:00-09:30 waiting 08:50, in_progress 09:05, finished 09:25 (wait 15, consult 20)
//   a2 Ana  A1 Mon 09:30-10:00 waiting 09:25, in_progress 09:35, finished 10:05 (wait 10, consult 30)
//   a3 Ana  A2 Mon 10:00-10:30 cancelled
//   a4 Beto A2 Mon 11:30-12:30 no_show (crosses noon: 30 min at 11, 30 at 12)
//   a5 Beto A2 Tue 10:00 booked, then moved to A1 Mon 22:00-22:30 (01:00 UTC on Tuesday) and confirmed
//   a6 Ana  A1 Tue 08:00-08:30 waiting 07:55, in_progress 08:10 (wait 15, not finished)
//   a0 Beto A2 Sun 23:00-23:30 (02:00 UTC on Monday): outside the period
//   a7 Ana  A1 Wed 09:00-09:30: outside the period
//   b1 Ana  B1 Mon 10:00-10:45 UTC waiting 09:58, in_progress 10:10, finished 10:40 (wait 12, consult 30)
//   b2 Ana  B1 Tue 10:00-10:30 UTC registered
class ReportServiceTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name, timezone) VALUES ('Norte', 'America/Argentina/Buenos_Aires'), ('Sur', 'UTC');"
        "INSERT INTO clinic_hours VALUES (1, 1, '08:00', '12:00'), (1, 2, '08:00', '12:00'), (2, 1, '09:00', '17:00');"
        "INSERT INTO floors (clinic_id, number) VALUES (1, 1), (2, 1);"
        "INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'A1'), (1, 1, 'A2'), (2, 2, 'B1');"
        "INSERT INTO nomenclators (name) VALUES ('NN');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30);"
        "INSERT INTO practice_clinics VALUES (1, 1), (1, 2);"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('admin', 'x', 'Admin', 'admin'), ('sec', 'x', 'Sec Norte', 'secretary'),"
        " ('ana', 'x', 'Ana Uno', 'doctor'), ('beto', 'x', 'Beto Dos', 'doctor'), ('pac', 'x', 'Pac', 'patient');"
        "INSERT INTO user_clinics VALUES (2, 1), (3, 1), (3, 2), (4, 1);"
        "INSERT INTO doctors (user_id, specialty) VALUES (3, 'Clínica'), (4, 'Pediatría');"
        "INSERT INTO doctor_schedule_blocks SELECT d, 1, w, 0, 1440 FROM generate_series(1, 2) d, generate_series(1, 7) w;"
        "INSERT INTO patients (first_name, last_name, document_number, user_id)"
        " SELECT 'P' || i, 'X', (20000000 + i)::text, CASE WHEN i = 1 THEN 5 END FROM generate_series(1, 24) i;"
        "INSERT INTO patient_clinics SELECT id, 1 FROM patients");
    db_ = std::make_unique<db::Database>(url_, 8);
    service_ = std::make_unique<reports::ReportService>(*db_);
  }
  void TearDown() override {
    service_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }

  // Books through plain SQL (the triggers see every write, whoever makes it), in the
  // order the application writes: the turno, then each transition's status and event.
  std::int64_t Book(int patient, int doctor, int room, int clinic, const std::string& start, const std::string& end) {
    return Sql("INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at)"
               " VALUES (" + std::to_string(patient) + ", " + std::to_string(doctor) + ", " + std::to_string(room) +
               ", 1, " + std::to_string(clinic) + ", '" + start + "', '" + end + "') RETURNING id")[0][0]
        .as<std::int64_t>();
  }
  void Move(std::int64_t id, const std::string& to, const std::string& at = "") {
    Sql("UPDATE appointments SET status = '" + to + "' WHERE id = " + std::to_string(id) + ";" +
        (at.empty() ? std::string()
                    : "INSERT INTO appointment_events (appointment_id, kind, from_status, to_status, occurred_at)"
                      " SELECT " + std::to_string(id) + ", 'status', 'confirmed', '" + to + "', '" + at + "'"));
  }

  void LoadTheNetwork() {
    auto a1 = Book(1, 1, 1, 1, "2026-03-02 09:00-03", "2026-03-02 09:30-03");
    Move(a1, "confirmed");
    Move(a1, "waiting", "2026-03-02 08:50-03");
    Move(a1, "in_progress", "2026-03-02 09:05-03");
    Move(a1, "finished", "2026-03-02 09:25-03");
    auto a2 = Book(2, 1, 1, 1, "2026-03-02 09:30-03", "2026-03-02 10:00-03");
    Move(a2, "waiting", "2026-03-02 09:25-03");
    Move(a2, "in_progress", "2026-03-02 09:35-03");
    Move(a2, "finished", "2026-03-02 10:05-03");
    Move(Book(3, 1, 2, 1, "2026-03-02 10:00-03", "2026-03-02 10:30-03"), "cancelled");
    Move(Book(4, 2, 2, 1, "2026-03-02 11:30-03", "2026-03-02 12:30-03"), "no_show");
    auto a5 = Book(5, 2, 2, 1, "2026-03-03 10:00-03", "2026-03-03 10:30-03");
    Sql("UPDATE appointments SET room_id = 1, starts_at = '2026-03-02 22:00-03', ends_at = '2026-03-02 22:30-03'"
        " WHERE id = " + std::to_string(a5));
    Move(a5, "confirmed");
    auto a6 = Book(6, 1, 1, 1, "2026-03-03 08:00-03", "2026-03-03 08:30-03");
    Move(a6, "waiting", "2026-03-03 07:55-03");
    Move(a6, "in_progress", "2026-03-03 08:10-03");
    Book(7, 2, 2, 1, "2026-03-01 23:00-03", "2026-03-01 23:30-03");
    Book(8, 1, 1, 1, "2026-03-04 09:00-03", "2026-03-04 09:30-03");
    auto b1 = Book(9, 1, 3, 2, "2026-03-02 10:00Z", "2026-03-02 10:45Z");
    Move(b1, "waiting", "2026-03-02 09:58Z");
    Move(b1, "in_progress", "2026-03-02 10:10Z");
    Move(b1, "finished", "2026-03-02 10:40Z");
    Book(10, 1, 3, 2, "2026-03-03 10:00Z", "2026-03-03 10:30Z");
  }

  static ReportRequest Period(std::optional<std::int64_t> clinic_id = std::nullopt, std::string from = "2026-03-02",
                              std::string to = "2026-03-03") {
    return ReportRequest{clinic_id, {std::move(from), std::move(to)}, reports::ReportFormat::kJson, std::nullopt};
  }

  // Every figure of both reports, as text, to compare two states of the rollups.
  std::string Everything() {
    auto doctors = service_->DoctorPerformance(admin_, Period()).value();
    auto rooms = service_->RoomOccupancy(admin_, Period()).value();
    std::string text = reports::DoctorPerformanceCsv(doctors) + reports::RoomOccupancyCsv(rooms);
    for (const auto& c : rooms.heatmap) {
      text += std::to_string(c.weekday) + "/" + std::to_string(c.hour) + " " + std::to_string(c.open_minutes) + " " +
              std::to_string(c.booked_minutes) + "\n";
    }
    return text;
  }

  Principal admin_{1, "admin", Role::kAdmin, "h1"};
  Principal secretary_{2, "sec", Role::kSecretary, "h2"};
  Principal ana_{3, "ana", Role::kDoctor, "h3"};
  Principal beto_{4, "beto", Role::kDoctor, "h4"};
  Principal patient_{5, "pac", Role::kPatient, "h5"};
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<reports::ReportService> service_;
};

void ExpectLine(const DoctorPerformanceItem& item, std::int64_t doctor_id, const std::string& name,
                std::int64_t appointments, reports::StatusCounts s, std::optional<double> no_show_rate,
                std::optional<double> wait, std::optional<double> consultation) {
  SCOPED_TRACE(name);
  EXPECT_EQ(item.doctor_id, doctor_id);
  EXPECT_EQ(item.doctor_name, name);
  EXPECT_EQ(item.appointments, appointments);
  EXPECT_EQ(item.by_status.registered, s.registered);
  EXPECT_EQ(item.by_status.confirmed, s.confirmed);
  EXPECT_EQ(item.by_status.waiting, s.waiting);
  EXPECT_EQ(item.by_status.in_progress, s.in_progress);
  EXPECT_EQ(item.by_status.finished, s.finished);
  EXPECT_EQ(item.by_status.cancelled, s.cancelled);
  EXPECT_EQ(item.by_status.no_show, s.no_show);
  EXPECT_EQ(item.no_show_rate, no_show_rate);
  EXPECT_EQ(item.mean_wait_minutes, wait);
  EXPECT_EQ(item.mean_consultation_minutes, consultation);
}

TEST_F(ReportServiceTest, DoctorPerformanceCountsLocalDaysStatusesWaitsAndConsultations) {
  LoadTheNetwork();
  auto report = service_->DoctorPerformance(admin_, Period());
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_FALSE(report->as_of.empty());
  ASSERT_EQ(report->items.size(), 2u);
  // Ana: a1 a2 a3 a6 b1 b2. No-shows 0 of 5 not cancelled; waits 15, 10, 15, 12 → 13.0;
  // consultations 20, 30, 30 → 26.7.
  ExpectLine(report->items[0], 1, "Ana Uno", 6, {1, 0, 0, 1, 3, 1, 0}, 0.0, 13.0, 26.7);
  // Beto: a4 a5 (a0 is Sunday in Buenos Aires though Monday in UTC). 1 no-show of 2.
  ExpectLine(report->items[1], 2, "Beto Dos", 2, {0, 1, 0, 0, 0, 0, 1}, 0.5, std::nullopt, std::nullopt);
  EXPECT_EQ(report->items[1].specialty, "Pediatría");

  // Norte only: Ana's a1 a2 a3 a6: waits 15, 10, 15 → 13.3; consultations 20, 30 → 25.
  auto norte = service_->DoctorPerformance(admin_, Period(1)).value();
  ASSERT_EQ(norte.items.size(), 2u);
  ExpectLine(norte.items[0], 1, "Ana Uno", 4, {0, 0, 0, 1, 2, 1, 0}, 0.0, 13.3, 25.0);

  // Monday alone: a5 at 22:00 in Buenos Aires is Monday there (Tuesday in UTC).
  auto monday = service_->DoctorPerformance(admin_, Period(std::nullopt, "2026-03-02", "2026-03-02")).value();
  ASSERT_EQ(monday.items.size(), 2u);
  ExpectLine(monday.items[1], 2, "Beto Dos", 2, {0, 1, 0, 0, 0, 0, 1}, 0.5, std::nullopt, std::nullopt);
  auto sunday = service_->DoctorPerformance(admin_, Period(std::nullopt, "2026-03-01", "2026-03-01")).value();
  ASSERT_EQ(sunday.items.size(), 1u);
  ExpectLine(sunday.items[0], 2, "Beto Dos", 1, {1, 0, 0, 0, 0, 0, 0}, 0.0, std::nullopt, std::nullopt);
}

TEST_F(ReportServiceTest, RoomOccupancyComparesBookedAndUsedMinutesWithOpeningHours) {
  LoadTheNetwork();
  auto report = service_->RoomOccupancy(admin_, Period());
  ASSERT_TRUE(report.has_value()) << report.error().message;
  ASSERT_EQ(report->items.size(), 3u);
  struct Expected {
    std::int64_t room_id;
    const char* code;
    double open, booked, used;
    std::optional<double> occupancy;
  } rows[] = {
      {1, "A1", 480, 120, 50, 0.25},     // a1 a2 a5 a6 booked; a1 20 + a2 30 used
      {2, "A2", 480, 60, 0, 0.125},      // a3 cancelled: not booked; a4's no-show is
      {3, "B1", 480, 75, 30, 0.1563},    // Sur is open Monday only; b1 45 + b2 30
  };
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& item = report->items[i];
    SCOPED_TRACE(rows[i].code);
    EXPECT_EQ(item.room_id, rows[i].room_id);
    EXPECT_EQ(item.room_code, rows[i].code);
    EXPECT_EQ(item.open_minutes, rows[i].open);
    EXPECT_EQ(item.booked_minutes, rows[i].booked);
    EXPECT_EQ(item.used_minutes, rows[i].used);
    EXPECT_EQ(item.occupancy, rows[i].occupancy);
  }
  EXPECT_EQ(report->items[2].clinic_id, 2);
  EXPECT_EQ(report->items[2].floor_id, 2);

  // Monday: Norte's two rooms 08-12, Sur's one 09-17; Tuesday: Norte only.
  struct Cell {
    int weekday, hour;
    double open, booked;
    std::optional<double> occupancy;
  } cells[] = {
      {1, 8, 120, 0, 0.0},    {1, 9, 180, 60, 0.3333}, {1, 10, 180, 45, 0.25}, {1, 11, 180, 30, 0.1667},
      {1, 12, 60, 30, 0.5},   {1, 13, 60, 0, 0.0},     {1, 14, 60, 0, 0.0},    {1, 15, 60, 0, 0.0},
      {1, 16, 60, 0, 0.0},    {1, 22, 0, 30, std::nullopt},                    {2, 8, 120, 30, 0.25},
      {2, 9, 120, 0, 0.0},    {2, 10, 120, 30, 0.25},  {2, 11, 120, 0, 0.0},
  };
  ASSERT_EQ(report->heatmap.size(), std::size(cells));
  for (std::size_t i = 0; i < std::size(cells); ++i) {
    const auto& got = report->heatmap[i];
    SCOPED_TRACE(std::to_string(cells[i].weekday) + "/" + std::to_string(cells[i].hour));
    EXPECT_EQ(got.weekday, cells[i].weekday);
    EXPECT_EQ(got.hour, cells[i].hour);
    EXPECT_EQ(got.open_minutes, cells[i].open);
    EXPECT_EQ(got.booked_minutes, cells[i].booked);
    EXPECT_EQ(got.occupancy, cells[i].occupancy);
  }
}

TEST_F(ReportServiceTest, ARebuildFromScratchGivesTheSameFiguresAsTheIncrementalRollups) {
  LoadTheNetwork();
  auto incremental = Everything();
  Sql("CREATE TABLE daily_before AS SELECT * FROM report_daily_rollups WHERE appointments <> 0;"
      "CREATE VIEW hourly_now AS SELECT clinic_id, day, hour, sum(booked_seconds) AS booked_seconds"
      " FROM (SELECT * FROM report_hourly_rollups UNION ALL SELECT * FROM report_hourly_pending) h"
      " GROUP BY 1, 2, 3 HAVING sum(booked_seconds) <> 0;"
      "CREATE TABLE hourly_before AS SELECT * FROM hourly_now");
  ASSERT_TRUE(service_->Rebuild().has_value());
  EXPECT_EQ(Everything(), incremental);
  // Row for row, not only in the sums the reports read.
  for (const char* sql : {"SELECT * FROM daily_before EXCEPT SELECT * FROM report_daily_rollups",
                          "SELECT * FROM report_daily_rollups EXCEPT SELECT * FROM daily_before",
                          "SELECT * FROM hourly_before EXCEPT SELECT * FROM hourly_now",
                          "SELECT * FROM hourly_now EXCEPT SELECT * FROM hourly_before"}) {
    EXPECT_EQ(Sql(sql).size(), 0u) << sql;
  }
  EXPECT_EQ(Sql("SELECT * FROM report_daily_rollups").size(), 9u);
  EXPECT_EQ(Sql("SELECT * FROM report_hourly_pending").size(), 0u) << "a rebuild leaves nothing pending";
}

// The month rows (migration 0019) hold what their days add up to, whether the deltas are
// still pending, folded, or rebuilt from scratch.
TEST_F(ReportServiceTest, AMonthRowIsTheSumOfItsDaysPendingFoldedAndRebuilt) {
  LoadTheNetwork();
  const char* months_now =
      "SELECT clinic_id, month, doctor_id, room_id, sum(appointments), sum(registered), sum(confirmed), sum(waiting),"
      " sum(in_progress), sum(finished), sum(cancelled), sum(no_show), sum(booked_seconds), sum(wait_count),"
      " sum(wait_seconds), sum(consultation_count), sum(consultation_seconds), sum(call_count),"
      " sum(call_delay_seconds), sum(call_on_time)"
      " FROM (SELECT * FROM report_monthly_rollups UNION ALL SELECT * FROM report_monthly_pending) m"
      " GROUP BY 1, 2, 3, 4 HAVING sum(appointments) <> 0";
  const char* months_of_days =
      "SELECT clinic_id, date_trunc('month', day)::date, doctor_id, room_id, sum(appointments), sum(registered),"
      " sum(confirmed), sum(waiting), sum(in_progress), sum(finished), sum(cancelled), sum(no_show),"
      " sum(booked_seconds), sum(wait_count), sum(wait_seconds), sum(consultation_count), sum(consultation_seconds),"
      " sum(call_count), sum(call_delay_seconds), sum(call_on_time)"
      " FROM report_daily_rollups GROUP BY 1, 2, 3, 4 HAVING sum(appointments) <> 0";
  const char* hours_now =
      "SELECT clinic_id, month, weekday, hour, sum(booked_seconds) FROM ("
      " SELECT clinic_id, month, weekday, hour, booked_seconds FROM report_hourly_monthly UNION ALL"
      " SELECT clinic_id, date_trunc('month', day)::date, extract(isodow FROM day)::smallint, hour, booked_seconds"
      " FROM report_hourly_pending) h GROUP BY 1, 2, 3, 4 HAVING sum(booked_seconds) <> 0";
  const char* hours_of_days =
      "SELECT clinic_id, date_trunc('month', day)::date, extract(isodow FROM day)::smallint, hour,"
      " sum(booked_seconds) FROM (SELECT * FROM report_hourly_rollups UNION ALL SELECT * FROM report_hourly_pending) h"
      " GROUP BY 1, 2, 3, 4 HAVING sum(booked_seconds) <> 0";
  auto same = [&](const std::string& a, const std::string& b, const std::string& when) {
    EXPECT_EQ(Sql(a + " EXCEPT " + b).size(), 0u) << when << ": " << a;
    EXPECT_EQ(Sql(b + " EXCEPT " + a).size(), 0u) << when << ": " << b;
  };
  EXPECT_GT(Sql("SELECT * FROM report_monthly_pending").size(), 0u) << "nothing folded yet";
  same(months_now, months_of_days, "pending");
  same(hours_now, hours_of_days, "pending");
  Sql("SELECT fold_report_pending()");
  EXPECT_EQ(Sql("SELECT * FROM report_monthly_pending").size(), 0u);
  EXPECT_EQ(Sql("SELECT * FROM report_hourly_pending").size(), 0u);
  same(months_now, months_of_days, "folded");
  same(hours_now, hours_of_days, "folded");
  // A later change goes through pending again, on top of the folded rows.
  Move(Book(11, 1, 1, 1, "2026-03-20 09:00-03", "2026-03-20 09:30-03"), "cancelled");
  same(months_now, months_of_days, "changed after a fold");
  same(hours_now, hours_of_days, "changed after a fold");
  auto as_text = [](const std::string& query) { return "SELECT x::text FROM (" + query + ") x"; };
  Sql("CREATE TABLE months_before AS " + as_text(months_now) + "; CREATE TABLE hours_before AS " + as_text(hours_now));
  ASSERT_TRUE(service_->Rebuild().has_value());
  same(as_text(months_now), "SELECT * FROM months_before", "rebuilt");
  same(as_text(hours_now), "SELECT * FROM hours_before", "rebuilt");
  EXPECT_EQ(Sql("SELECT * FROM report_monthly_pending").size(), 0u) << "a rebuild leaves nothing pending";
  // March at Norte: Ana in A1 and A2, Beto in A1 and A2 (a0 is on Sunday the 1st, local); Ana in B1 at Sur.
  EXPECT_EQ(Sql("SELECT * FROM report_monthly_rollups WHERE month = '2026-03-01' AND appointments <> 0").size(), 5u);
}

// Every server folds the pending deltas on its own loop: folds running at once, with a
// change arriving meanwhile, move each delta exactly once (none lost, none counted twice).
TEST_F(ReportServiceTest, ConcurrentFoldsMoveEachPendingDeltaOnce) {
  LoadTheNetwork();
  ASSERT_GT(Sql("SELECT * FROM report_monthly_pending").size(), 0u) << "something to fold";
  std::atomic<int> failed{0};
  std::vector<std::thread> folders;
  for (int i = 0; i < 4; ++i) {
    folders.emplace_back([&] {
      for (int round = 0; round < 3; ++round) {
        if (!service_->FoldPending()) ++failed;
      }
    });
  }
  Move(Book(11, 1, 1, 1, "2026-03-20 09:00-03", "2026-03-20 09:30-03"), "cancelled");
  for (auto& t : folders) t.join();
  ASSERT_EQ(failed, 0);
  auto folded = Everything();
  ASSERT_TRUE(service_->Rebuild().has_value());
  EXPECT_EQ(folded, Everything()) << "the folded figures are what a rebuild from the base tables gives";
  ASSERT_TRUE(service_->FoldPending().has_value());
  EXPECT_EQ(Sql("SELECT * FROM report_monthly_pending").size(), 0u);
  EXPECT_EQ(Sql("SELECT * FROM report_hourly_pending").size(), 0u);
}

// A period's whole months come from the month rows and its other days from the daily
// ones: every figure that does not depend on the period's length is the same for
// 2026-02-20..2026-04-05 (March whole, February and April in part) as for March 1-4,
// the only days with turnos, and for periods ending or starting on a month's edge.
TEST_F(ReportServiceTest, APeriodOfWholeMonthsAndEdgesCountsWhatItsDaysCount) {
  LoadTheNetwork();
  auto counts = [&](const ReportRequest& period) {
    std::string text;
    auto doctors = service_->DoctorPerformance(admin_, period).value();
    for (const auto& d : doctors.items) {
      text += std::to_string(d.doctor_id) + ": " + std::to_string(d.appointments) + " " +
              std::to_string(d.by_status.finished) + " " + std::to_string(d.by_status.cancelled) + " " +
              std::to_string(d.by_status.no_show) + " " + std::to_string(d.mean_wait_minutes.value_or(-1)) + " " +
              std::to_string(d.mean_consultation_minutes.value_or(-1)) + " " +
              std::to_string(d.mean_call_delay_minutes.value_or(-1)) + " " + std::to_string(d.booked_minutes) + "\n";
    }
    auto rooms = service_->RoomOccupancy(admin_, period).value();
    for (const auto& r : rooms.items) {
      text += r.room_code + ": " + std::to_string(r.booked_minutes) + " " + std::to_string(r.used_minutes) + "\n";
    }
    for (const auto& c : rooms.heatmap) {
      if (c.booked_minutes != 0) {
        text += std::to_string(c.weekday) + "/" + std::to_string(c.hour) + " " + std::to_string(c.booked_minutes) +
                "\n";
      }
    }
    return text;
  };
  // First with the month deltas still pending (doctor performance does not fold).
  auto wide = counts(Period(std::nullopt, "2026-02-20", "2026-04-05"));
  auto days = counts(Period(std::nullopt, "2026-03-01", "2026-03-04"));
  EXPECT_EQ(wide, days);
  // Ana: a1 a2 a3 a6 a7 b1 b2, three finished, a3 cancelled; Beto: a0 a4 a5, a4 a no-show.
  EXPECT_NE(days.find("1: 7 3 1 0 "), std::string::npos) << days;
  EXPECT_NE(days.find("2: 3 0 0 1 "), std::string::npos) << days;
  for (const auto& [from, to] : {std::pair{"2026-02-20", "2026-04-05"}, std::pair{"2026-03-01", "2026-03-31"},
                                 std::pair{"2026-02-01", "2026-03-04"}, std::pair{"2026-03-01", "2026-04-30"},
                                 std::pair{"2026-01-01", "2026-12-31"}}) {
    EXPECT_EQ(counts(Period(std::nullopt, from, to)), days) << from << ".." << to;
  }
  ASSERT_TRUE(service_->Rebuild().has_value());
  EXPECT_EQ(counts(Period(std::nullopt, "2026-02-20", "2026-04-05")), days) << "after a rebuild";
}

TEST_F(ReportServiceTest, AClinicThatChangesItsTimeZoneGetsItsDaysRecomputed) {
  LoadTheNetwork();
  Sql("UPDATE clinics SET timezone = 'UTC' WHERE id = 1");
  // a5 (01:00 UTC Tuesday) leaves Monday; a0 (02:00 UTC Monday) joins it.
  auto monday = service_->DoctorPerformance(admin_, Period(1, "2026-03-02", "2026-03-02")).value();
  ASSERT_EQ(monday.items.size(), 2u);
  ExpectLine(monday.items[1], 2, "Beto Dos", 2, {1, 0, 0, 0, 0, 0, 1}, 0.5, std::nullopt, std::nullopt);
}

TEST_F(ReportServiceTest, EachRoleSeesItsScope) {
  LoadTheNetwork();
  // The secretary of Norte: Norte's figures, with or without asking for it.
  for (auto clinic : {std::optional<std::int64_t>{}, std::optional<std::int64_t>{1}}) {
    auto doctors = service_->DoctorPerformance(secretary_, Period(clinic)).value();
    ASSERT_EQ(doctors.items.size(), 2u);
    EXPECT_EQ(doctors.items[0].appointments, 4) << "Ana's turnos at Norte only";
    auto rooms = service_->RoomOccupancy(secretary_, Period(clinic)).value();
    ASSERT_EQ(rooms.items.size(), 2u);
    EXPECT_EQ(rooms.items[1].room_code, "A2");
    EXPECT_EQ(rooms.heatmap.size(), 10u) << "no Sur hours in Norte's heatmap";
  }
  for (std::int64_t other : {2, 99}) {
    auto refused = service_->DoctorPerformance(secretary_, Period(other));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::kNotFound) << other;
    EXPECT_EQ(service_->RoomOccupancy(secretary_, Period(other)).error().kind, Error::Kind::kNotFound) << other;
  }
  EXPECT_EQ(service_->RoomOccupancy(admin_, Period(99)).error().kind, Error::Kind::kNotFound);

  // A doctor: their own line only, at every clinic or at one.
  auto beto = service_->DoctorPerformance(beto_, Period()).value();
  ASSERT_EQ(beto.items.size(), 1u);
  EXPECT_EQ(beto.items[0].doctor_id, 2);
  auto ana_sur = service_->DoctorPerformance(ana_, Period(2)).value();
  ASSERT_EQ(ana_sur.items.size(), 1u);
  EXPECT_EQ(ana_sur.items[0].appointments, 2);
  EXPECT_EQ(service_->RoomOccupancy(ana_, Period()).error().kind, Error::Kind::kForbidden);

  EXPECT_EQ(service_->DoctorPerformance(patient_, Period()).error().kind, Error::Kind::kForbidden);
  EXPECT_EQ(service_->RoomOccupancy(patient_, Period()).error().kind, Error::Kind::kForbidden);
}

// The application's own writes keep the rollups current, and concurrent bookings of
// one doctor, room and day all count (no update of the shared rollup row is lost).
TEST_F(ReportServiceTest, BookingsAndTransitionsThroughTheServiceShowAtOnceEvenConcurrently) {
  appointments::AppointmentService appointments(*db_, std::chrono::minutes(120), nullptr);
  Principal secretary{2, "sec", Role::kSecretary, "h2"};
  // Ten days ahead at 00:00 Buenos Aires, and that local day as YYYY-MM-DD.
  auto day = Sql("SELECT (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date + 10")[0][0].as<std::string>();
  auto at = [&](int slot) {
    return Sql("SELECT rfc3339(('" + day + "'::date + make_interval(mins => " + std::to_string(slot * 30) +
               ")) AT TIME ZONE 'America/Argentina/Buenos_Aires')")[0][0]
        .as<std::string>();
  };
  std::vector<std::string> starts;
  for (int i = 0; i < 16; ++i) starts.push_back(at(16 + i));  // 08:00, 08:30, ... 15:30
  std::atomic<int> failed{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 16; ++i) {
    threads.emplace_back([&, i] {
      if (!appointments.Book(secretary, {i + 1, 1, 1, 1, starts[i], std::nullopt})) ++failed;
    });
  }
  for (auto& t : threads) t.join();
  ASSERT_EQ(failed, 0);
  auto one_day = Period(1, day, day);
  auto booked = service_->DoctorPerformance(admin_, one_day).value();
  ASSERT_EQ(booked.items.size(), 1u);
  EXPECT_EQ(booked.items[0].appointments, 16);
  EXPECT_EQ(booked.items[0].by_status.registered, 16);
  EXPECT_EQ(service_->RoomOccupancy(admin_, one_day).value().items[0].booked_minutes, 16 * 30);

  auto first = Sql("SELECT min(id) FROM appointments")[0][0].as<std::int64_t>();
  ASSERT_TRUE(appointments.ChangeStatus(secretary, first, appointments::Status::kCancelled, "viaja").has_value());
  auto after = service_->DoctorPerformance(admin_, one_day).value();
  EXPECT_EQ(after.items[0].by_status.registered, 15);
  EXPECT_EQ(after.items[0].by_status.cancelled, 1);
  EXPECT_EQ(service_->RoomOccupancy(admin_, one_day).value().items[0].booked_minutes, 15 * 30);

  auto incremental = Everything() + reports::DoctorPerformanceCsv(after);
  ASSERT_TRUE(service_->Rebuild().has_value());
  EXPECT_EQ(Everything() + reports::DoctorPerformanceCsv(service_->DoctorPerformance(admin_, one_day).value()),
            incremental);
}

// A report over a long period is answered again, with its as_of, for the cache's 30
// seconds and recomputed after; a short period shows a new turno at once; a secretary's
// scope never gets the figures computed for the whole network.
TEST_F(ReportServiceTest, ALongPeriodsFiguresAreKeptThirtySecondsAndOnlyForTheirScope) {
  ManualClock clock;
  reports::ReportService cached(*db_, &clock, std::chrono::seconds(30));
  LoadTheNetwork();
  const auto year = Period(std::nullopt, "2025-03-04", "2026-03-03");
  const auto week = Period(std::nullopt, "2026-02-25", "2026-03-03");
  auto first = cached.DoctorPerformance(admin_, year).value();
  auto first_rooms = cached.RoomOccupancy(admin_, year).value();
  auto first_population = cached.PopulationHealth(admin_, year).value();
  ASSERT_EQ(first.items.size(), 2u);
  ASSERT_EQ(first.items[0].doctor_name, "Ana Uno");
  const auto ana_before = first.items[0].appointments;

  Book(11, 1, 1, 1, "2026-03-03 11:00-03", "2026-03-03 11:30-03");  // Ana, A1, Tuesday
  clock.Advance(std::chrono::seconds(29));
  auto kept = cached.DoctorPerformance(admin_, year).value();
  EXPECT_EQ(kept.items[0].appointments, ana_before) << "the year's figures are the ones computed 29 s ago";
  EXPECT_EQ(kept.as_of, first.as_of) << "and say how current they are";
  EXPECT_EQ(cached.RoomOccupancy(admin_, year).value().items[0].booked_minutes, first_rooms.items[0].booked_minutes);
  EXPECT_EQ(cached.PopulationHealth(admin_, year).value().as_of, first_population.as_of);
  EXPECT_EQ(cached.DoctorPerformance(admin_, week).value().items[0].appointments, ana_before + 1)
      << "a week is always computed";
  EXPECT_EQ(reports::DoctorPerformanceCsv(cached.DoctorPerformance(secretary_, year).value()),
            reports::DoctorPerformanceCsv(service_->DoctorPerformance(secretary_, year).value()))
      << "Norte's scope is computed for itself, with the new turno";

  ASSERT_EQ(cached.DoctorPerformance(ana_, year).value().items.size(), 1u);
  auto beto = cached.DoctorPerformance(beto_, year).value();
  ASSERT_EQ(beto.items.size(), 1u) << "a doctor's kept line is never another doctor's";
  EXPECT_EQ(beto.items[0].doctor_name, "Beto Dos");

  clock.Advance(std::chrono::seconds(1));
  auto fresh = cached.DoctorPerformance(admin_, year).value();
  EXPECT_EQ(fresh.items[0].appointments, ana_before + 1) << "30 s on, the year is recomputed";
  EXPECT_GT(cached.RoomOccupancy(admin_, year).value().items[0].booked_minutes, first_rooms.items[0].booked_minutes);
}

}  // namespace
}  // namespace healthpulse
