#include <chrono>
#include <string>
#include <vector>

#include "core/clock.h"
#include "modules/reports/report_csv.h"
#include "modules/reports/report_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using reports::CellCount;
using reports::ReportRequest;

// A small network whose population-health figures are worked out by hand below. Clinics
// Norte (1) and Sur (2), both in UTC. Period: March 2026; ages on 2026-03-31.
//   p1-p6, p11, p12, p14: women born 1963-64 (62: band 60-64); p7-p10, p13: boys born 2023-24 (2: band 0-4).
//   Diabetes (E11.9): p1 (2025), p2 (2026-03-03), p3 (2026-03-04), p5 (2025), p11 (2025),
//     p6 (2026-04-02: after the period), p12 (never seen in March), p14 (her only visit cancelled).
//   Asthma (J45.9): p7 (2025). Acute J06.9 in March: p4 p5 p7 p8 p9 p10, then p9's amended to J02.9.
//   Visits: p1 at Norte and at Sur; p2-p10 at Norte; p11 at Sur; p12 Norte in February;
//     p13 a no-show; p14 waiting, then cancelled.
// Seen in March: p1-p11 = 11 (band 60-64: p1-p6 p11 = 7; band 0-4: p7-p10 = 4).
// Diabetes: p1 p2 p3 p5 p11 = 5 → crude 5/11 = 454.5 ‰; standardized
//   (8.86 × 0/4 + 3.72 × 5/7) / (8.86 + 3.72) = 211.2 ‰.
// Asthma: p7 = 1 → 90.9 ‰ crude; (8.86 × 1/4) / 12.58 = 176.1 ‰ standardized.
class PopulationHealthTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name, timezone) VALUES ('Norte', 'UTC'), ('Sur', 'UTC');"
        "INSERT INTO clinic_hours VALUES (1, 1, '09:00', '13:00');"
        "INSERT INTO floors (clinic_id, number) VALUES (1, 1), (1, 2), (2, 1);"
        "INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'A1'), (2, 1, 'B1'), (2, 1, 'B2'), (3, 2, 'S1');"
        "INSERT INTO nomenclators (name) VALUES ('NN');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30);"
        "INSERT INTO practice_clinics VALUES (1, 1), (1, 2);"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('admin', 'x', 'Admin', 'admin'), ('sec', 'x', 'Sec Norte', 'secretary'),"
        " ('ana', 'x', 'Ana Uno', 'doctor'), ('beto', 'x', 'Beto Dos', 'doctor'), ('pac', 'x', 'Pac', 'patient'),"
        " ('secsur', 'x', 'Sec Sur', 'secretary');"
        "INSERT INTO user_clinics VALUES (2, 1), (3, 1), (3, 2), (4, 1), (6, 2);"
        "INSERT INTO doctors (user_id, specialty) VALUES (3, 'Clínica'), (4, 'Pediatría');"
        "INSERT INTO doctor_schedule_blocks VALUES (1, 1, 1, 540, 780);"  // Ana: Mondays 09-13 at Norte
        "INSERT INTO icd10_codes (code, description, level) VALUES ('E119', 'Diabetes tipo 2', 4),"
        " ('J459', 'Asma', 4), ('J069', 'Infección respiratoria alta', 4), ('J029', 'Faringitis', 4);"
        "INSERT INTO patients (first_name, last_name, document_number, birth_date, sex, phone)"
        " SELECT 'P' || i, 'X', (30000000 + i)::text,"
        "  CASE WHEN i IN (7, 8, 9, 10, 13) THEN date '2024-01-01' - (i * 20) ELSE date '1964-01-01' - (i * 20) END,"
        "  CASE WHEN i IN (7, 8, 9, 10, 13) THEN 'M' ELSE 'F' END, '+5491100000' || lpad(i::text, 3, '0')"
        " FROM generate_series(1, 14) i;"
        "INSERT INTO patient_clinics SELECT id, CASE WHEN id = 11 THEN 2 ELSE 1 END FROM patients;"
        "INSERT INTO patient_clinics VALUES (1, 2)");
    db_ = std::make_unique<db::Database>(url_, 4);
    service_ = std::make_unique<reports::ReportService>(*db_);
  }
  void TearDown() override {
    service_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }

  std::int64_t Visit(int patient, int clinic, const std::string& day, const std::string& status = "finished",
                     int doctor = 1) {
    int room = clinic == 1 ? 1 : 4;
    return Sql("INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at,"
               " status) VALUES (" + std::to_string(patient) + ", " + std::to_string(doctor) + ", " +
               std::to_string(room) + ", 1, " + std::to_string(clinic) + ", '" + day + " 10:00Z', '" + day +
               " 10:30Z', '" + status + "') RETURNING id")[0][0]
        .as<std::int64_t>();
  }
  std::int64_t Diagnose(int patient, const std::string& code, const std::string& at, int clinic = 1) {
    return Sql("INSERT INTO record_entries (patient_id, kind, author_user_id, clinic_id, code, chronic, status,"
               " created_at) VALUES (" + std::to_string(patient) + ", 'diagnosis', 3, " + std::to_string(clinic) +
               ", '" + code + "', " + (code[0] == 'J' && code != "J459" ? "false" : "true") + ", 'active', '" + at +
               "') RETURNING id")[0][0]
        .as<std::int64_t>();
  }

  void LoadTheNetwork() {
    for (int p : {1, 5, 11}) Diagnose(p, "E119", "2025-05-10 10:00Z", p == 11 ? 2 : 1);
    Diagnose(2, "E119", "2026-03-03 10:00Z");
    Diagnose(3, "E119", "2026-03-04 10:00Z");
    Diagnose(6, "E119", "2026-04-02 10:00Z");
    Diagnose(12, "E119", "2025-01-10 10:00Z");
    Diagnose(14, "E119", "2025-01-10 10:00Z");
    Diagnose(7, "J459", "2025-11-01 10:00Z");
    Visit(1, 1, "2026-03-02");
    Visit(1, 2, "2026-03-25");
    // p2 arrives and is seen through status changes, as the application writes them.
    auto p2 = Visit(2, 1, "2026-03-03", "registered");
    Sql("UPDATE appointments SET status = 'waiting' WHERE id = " + std::to_string(p2));
    Sql("UPDATE appointments SET status = 'in_progress' WHERE id = " + std::to_string(p2));
    for (int p = 3; p <= 10; ++p) Visit(p, 1, "2026-03-" + std::string(p + 1 < 10 ? "0" : "") + std::to_string(p + 1));
    Visit(11, 2, "2026-03-16");
    Visit(12, 1, "2026-02-20", "finished", 2);
    Visit(13, 1, "2026-03-17", "no_show");
    auto p14 = Visit(14, 1, "2026-03-18", "waiting");
    Sql("UPDATE appointments SET status = 'cancelled' WHERE id = " + std::to_string(p14));
    for (int p : {4, 5, 7, 8, 10}) Diagnose(p, "J069", "2026-03-20 10:00Z");
    auto j = Diagnose(9, "J069", "2026-03-21 10:00Z");
    Sql("INSERT INTO record_entries (patient_id, kind, author_user_id, clinic_id, code, chronic, status,"
        " amends_id, amendment_reason) VALUES (9, 'diagnosis', 3, 1, 'J029', false, 'active', " + std::to_string(j) +
        ", 'era faringitis')");
  }

  static ReportRequest March(std::optional<std::int64_t> clinic_id = std::nullopt, std::string from = "2026-03-01",
                             std::string to = "2026-03-31") {
    return ReportRequest{clinic_id, {std::move(from), std::move(to)}, reports::ReportFormat::kJson, std::nullopt};
  }

  // Every population-health figure as the admin and the secretary see it, as text.
  std::string Everything() {
    std::string text;
    for (const auto* who : {&admin_, &secretary_}) {
      for (const auto& [from, to] : {std::pair{"2026-03-01", "2026-03-31"}, std::pair{"2026-02-15", "2026-03-20"}}) {
        auto request = March(std::nullopt, from, to);
        request.group_by = reports::GroupBy::kWeek;
        auto report = service_->PopulationHealth(*who, request).value();
        text += reports::PopulationHealthCsv(report);
        for (const auto& d : report.top_diagnoses) text += d.code + " " + std::to_string(d.count.value.value_or(-1)) + "\n";
        for (const auto* list : {&report.new_diagnoses_by_month, &report.series}) {
          for (const auto& n : *list) text += n.period + " " + n.code + " " + std::to_string(n.count.value.value_or(-1)) + "\n";
        }
      }
    }
    return text;
  }

  Principal admin_{1, "admin", Role::kAdmin, "h1"};
  Principal secretary_{2, "sec", Role::kSecretary, "h2"};
  Principal ana_{3, "ana", Role::kDoctor, "h3"};
  Principal beto_{4, "beto", Role::kDoctor, "h4"};
  Principal patient_{5, "pac", Role::kPatient, "h5"};
  Principal secretary_sur_{6, "secsur", Role::kSecretary, "h6"};
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<reports::ReportService> service_;
};

void ExpectCell(const CellCount& cell, std::optional<std::int64_t> value, const std::string& what) {
  EXPECT_EQ(cell.value, value) << what;
  EXPECT_EQ(cell.suppressed, !value.has_value()) << what;
}

TEST_F(PopulationHealthTest, PrevalenceIsPerThousandSeenCrudeAndAgeStandardizedWithSmallCellsHiddenFromTheNetwork) {
  LoadTheNetwork();
  auto report = service_->PopulationHealth(admin_, March());
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_TRUE(report->small_cells_hidden) << "the admin is not the staff of any clinic";
  ExpectCell(report->population, 11, "population");
  ASSERT_EQ(report->conditions.size(), 9u) << "every condition of the list, in its order";
  const auto& diabetes = report->conditions[0];
  EXPECT_EQ(diabetes.code, "E10-E14");
  ExpectCell(diabetes.patients, 5, "diabetes");
  EXPECT_EQ(diabetes.per_1000, 454.5);
  EXPECT_EQ(diabetes.age_standardized_per_1000, 211.2);
  const auto& asthma = report->conditions[2];
  EXPECT_EQ(asthma.code, "J45");
  ExpectCell(asthma.patients, std::nullopt, "one asthmatic: a small cell");
  EXPECT_EQ(asthma.per_1000, std::nullopt) << "a rate would give the count away";
  ExpectCell(report->conditions[3].patients, 0, "no COPD: zero is no small cell");
  EXPECT_EQ(report->conditions[3].per_1000, 0.0);

  // Groups: Norte 60-64 F diabetes is 4 of 6; Sur's is 2 of 2 (p1 and p11); Norte 0-4 M asthma 1 of 4.
  ASSERT_EQ(report->groups.size(), 3u);
  EXPECT_EQ(report->groups[0].clinic_id, 1);
  EXPECT_EQ(report->groups[0].age_band, "0-4");
  EXPECT_EQ(report->groups[0].code, "J45");
  ExpectCell(report->groups[0].patients, std::nullopt, "Norte asthma");
  ExpectCell(report->groups[0].population, std::nullopt, "Norte boys");
  EXPECT_EQ(report->groups[1].age_band, "60-64");
  EXPECT_EQ(report->groups[1].sex, "F");
  ExpectCell(report->groups[1].patients, std::nullopt, "Norte diabetic women");
  ExpectCell(report->groups[1].population, 6, "Norte women");
  EXPECT_EQ(report->groups[2].clinic_id, 2);
  ExpectCell(report->groups[2].population, std::nullopt, "Sur's two");

  // The secretary of Norte sees her clinic's every cell.
  auto norte = service_->PopulationHealth(secretary_, March()).value();
  EXPECT_FALSE(norte.small_cells_hidden);
  ExpectCell(norte.population, 10, "Norte's population");
  ExpectCell(norte.conditions[0].patients, 4, "Norte's diabetics");
  EXPECT_EQ(norte.conditions[0].per_1000, 400.0);
  EXPECT_EQ(norte.conditions[0].age_standardized_per_1000, 197.1);  // 3.72 × 4/6 / 12.58
  ExpectCell(norte.conditions[2].patients, 1, "Norte's asthmatic");
  EXPECT_EQ(norte.conditions[2].age_standardized_per_1000, 176.1);  // 8.86 × 1/4 / 12.58
  ASSERT_EQ(norte.groups.size(), 2u);
  ExpectCell(norte.groups[1].patients, 4, "diabetic women");
  EXPECT_EQ(norte.groups[1].per_1000, 666.7);
  // The admin asking for Norte alone still gets its small cells hidden.
  ExpectCell(service_->PopulationHealth(admin_, March(1)).value().conditions[0].patients, std::nullopt, "admin Norte");

  // Top diagnoses recorded in March: J06.9 ×5 (p9's amended to J02.9), E11.9 ×2, J02.9 ×1.
  auto& top = report->top_diagnoses;
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].code, "J06.9");
  ExpectCell(top[0].count, 5, "J06.9");
  EXPECT_EQ(top[1].code, "E11.9");
  ExpectCell(top[1].count, std::nullopt, "E11.9");
  auto sec_top = norte.top_diagnoses;
  ASSERT_EQ(sec_top.size(), 3u);
  ExpectCell(sec_top[1].count, 2, "E11.9 for Norte's staff");
  EXPECT_EQ(sec_top[2].code, "J02.9");
  // New diagnoses: p2 and p3's diabetes in March (p6's is April's).
  ASSERT_EQ(norte.new_diagnoses_by_month.size(), 1u);
  EXPECT_EQ(norte.new_diagnoses_by_month[0].period, "2026-03-01");
  EXPECT_EQ(norte.new_diagnoses_by_month[0].code, "E10-E14");
  ExpectCell(norte.new_diagnoses_by_month[0].count, 2, "new diabetics");

  // A period across months: February's second half (p12) and March up to the 20th.
  auto across = service_->PopulationHealth(secretary_, March(std::nullopt, "2026-02-15", "2026-03-20")).value();
  ExpectCell(across.population, 11, "p1-p10 and p12");
  ExpectCell(across.conditions[0].patients, 5, "p1 p2 p3 p5 p12");
  ExpectCell(across.top_diagnoses[0].count, 5, "the J06.9 of the 20th (not p9's of the 21st)");

  auto csv = reports::PopulationHealthCsv(*report);
  EXPECT_NE(csv.find("network,,,,J45,Asma,<5,11,,\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("group,1,60-64,F,E10-E14,,<5,6,,\r\n"), std::string::npos) << csv;
}

TEST_F(PopulationHealthTest, OnlyStaffSeeItAndDoctorsAndPatientsAreRefused) {
  LoadTheNetwork();
  EXPECT_EQ(service_->PopulationHealth(secretary_, March(2)).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(service_->PopulationHealth(ana_, March()).error().kind, Error::Kind::kForbidden);
  EXPECT_EQ(service_->PopulationHealth(patient_, March()).error().kind, Error::Kind::kForbidden);
}

TEST_F(PopulationHealthTest, TheIncrementalRollupsEqualARebuildRowForRow) {
  LoadTheNetwork();
  auto incremental = Everything();
  const char* tables[] = {"report_patient_visits", "report_patient_conditions", "report_diagnosis_daily",
                          "report_diagnosis_monthly", "report_patient_network"};
  for (const char* table : tables) {
    Sql(std::string("CREATE TABLE before_") + table + " AS SELECT * FROM " + table +
        (std::string(table).find("diagnosis") != std::string::npos ? " WHERE diagnoses <> 0" : ""));
  }
  ASSERT_TRUE(service_->Rebuild().has_value());
  EXPECT_EQ(Everything(), incremental);
  for (const char* table : tables) {
    std::string t = table;
    EXPECT_EQ(Sql("SELECT * FROM before_" + t + " EXCEPT SELECT * FROM " + t).size(), 0u) << t;
    EXPECT_EQ(Sql("SELECT * FROM " + t + " EXCEPT SELECT * FROM before_" + t).size(), 0u) << t;
  }
  EXPECT_EQ(Sql("SELECT count(*) FROM report_patient_visits")[0][0].as<int>(), 13) << "p1 twice, p13 and p14 never";
  // Migration 0020: one network row per patient seen, p1's two clinics' days together, and
  // the conditions as a mask (diabetes = bit 0, asthma = bit 2).
  EXPECT_EQ(Sql("SELECT count(*) FROM report_patient_network")[0][0].as<int>(), 12);
  EXPECT_EQ(Sql("SELECT visit_days::text, cond_mask FROM report_patient_network WHERE patient_id = 1")[0][0]
                .as<std::string>(),
            "{[2026-03-02,2026-03-03),[2026-03-25,2026-03-26)}");
  EXPECT_EQ(Sql("SELECT cond_mask FROM report_patient_network WHERE patient_id = 1")[0][0].as<int>(), 1);
  EXPECT_EQ(Sql("SELECT cond_mask FROM report_patient_visits WHERE patient_id = 7")[0][0].as<int>(), 4);
}

// The network rows and the masks follow every kind of change as a rebuild would: a new
// chronic diagnosis, a visit that stops being one, a patient's second clinic.
TEST_F(PopulationHealthTest, TheNetworkRowsAndConditionMasksFollowEachChangeAsARebuildWould) {
  LoadTheNetwork();
  auto snapshot = [&] {
    std::string text;
    for (const auto& row : Sql("SELECT patient_id, visit_days::text, birth_key, sex, cond_mask, conds_all_by::text"
                               " FROM report_patient_network ORDER BY 1")) {
      for (const auto& field : row) text += (field.is_null() ? "-" : field.as<std::string>()) + " ";
      text += "\n";
    }
    for (const auto& row : Sql("SELECT patient_id, clinic_id, cond_mask, conds_all_by::text FROM report_patient_visits"
                               " ORDER BY 1, 2")) {
      for (const auto& field : row) text += (field.is_null() ? "-" : field.as<std::string>()) + " ";
      text += "\n";
    }
    return text;
  };
  Sql("INSERT INTO icd10_codes (code, description, level) VALUES ('I10', 'Hipertensión esencial', 3)");
  Diagnose(4, "I10", "2026-03-22 10:00Z");  // p4 becomes hypertensive
  Diagnose(1, "J459", "2026-03-26 10:00Z", 2);
  auto gone = Visit(11, 2, "2026-03-28");
  Sql("UPDATE appointments SET status = 'cancelled' WHERE id = " + std::to_string(gone));
  Visit(3, 2, "2026-03-29");  // p3's first visit at Sur
  EXPECT_EQ(Sql("SELECT cond_mask FROM report_patient_network WHERE patient_id = 4")[0][0].as<int>(), 2);
  EXPECT_EQ(Sql("SELECT cond_mask FROM report_patient_visits WHERE patient_id = 1 AND clinic_id = 2")[0][0].as<int>(), 5);
  EXPECT_EQ(Sql("SELECT visit_days::text FROM report_patient_network WHERE patient_id = 3")[0][0].as<std::string>(),
            "{[2026-03-04,2026-03-05),[2026-03-29,2026-03-30)}");
  auto incremental = snapshot();
  auto figures = Everything();
  ASSERT_TRUE(service_->Rebuild().has_value());
  EXPECT_EQ(snapshot(), incremental);
  EXPECT_EQ(Everything(), figures);
}

TEST_F(PopulationHealthTest, AnEditedBirthDateOrSexMovesThePatientToTheirNewGroupAsARebuildWould) {
  LoadTheNetwork();
  auto women = [&] {
    auto report = service_->PopulationHealth(admin_, March()).value();
    for (const auto& g : report.groups) {
      if (g.clinic_id == 1 && g.age_band == "60-64" && g.sex == "F") return g.population.value;
    }
    return std::optional<std::int64_t>{};
  };
  EXPECT_EQ(women(), 6);
  // p7, the asthmatic boy of Norte, was recorded with the wrong birth date and sex.
  Sql("UPDATE patients SET birth_date = date '1964-01-01' - 140, sex = 'F' WHERE id = 7");
  EXPECT_EQ(women(), 7) << "the visit rollup follows the patient";
  auto incremental = Everything();
  ASSERT_TRUE(service_->Rebuild().has_value());
  EXPECT_EQ(Everything(), incremental);
}

TEST_F(PopulationHealthTest, CareGapsListTheChronicPatientsNotSeenOrOverdueThatTheCallerMaySeeAndAuditEach) {
  LoadTheNetwork();
  // p1 was last seen at Sur on 2026-03-25. p2's follow-up was due on 2026-06-01 and she has not been back since March.
  Sql("INSERT INTO follow_up_plans (patient_id, interval_days, next_due_on) VALUES (2, 90, '2026-06-01'),"
      " (3, 90, '2099-01-01')");
  reports::CareGapRequest request{1, std::nullopt, "2026-03-01", PageRequest{50, std::nullopt}};
  auto gaps = service_->CareGaps(admin_, request);
  ASSERT_TRUE(gaps.has_value()) << gaps.error().message;
  std::vector<std::int64_t> ids;
  for (const auto& gap : gaps->items) ids.push_back(gap.patient_id);
  // p2 overdue; p12 last seen in February; p14 never seen (her visit was cancelled).
  EXPECT_EQ(ids, (std::vector<std::int64_t>{2, 12, 14}));
  const auto& p2 = gaps->items[0];
  EXPECT_FALSE(p2.not_seen);
  EXPECT_EQ(p2.follow_up_due_on, "2026-06-01");
  EXPECT_EQ(p2.last_visit, "2026-03-03");
  EXPECT_EQ(p2.document_number, "30000002");
  EXPECT_EQ(p2.phone, "+5491100000002");
  EXPECT_EQ(p2.conditions, (std::vector<std::string>{"E10-E14"}));
  EXPECT_TRUE(gaps->items[1].not_seen);
  EXPECT_EQ(gaps->items[1].last_visit, "2026-02-20");
  EXPECT_EQ(gaps->items[2].last_visit, std::nullopt);
  EXPECT_EQ(Sql("SELECT count(*) FROM audit_events WHERE action = 'care_gap.listed' AND actor_user_id = 1"
                " AND patient_id IN (2, 12, 14)")[0][0].as<int>(), 3);

  // Pages by patient id.
  request.page.limit = 2;
  auto first = service_->CareGaps(secretary_, request).value();
  ASSERT_EQ(first.items.size(), 2u);
  ASSERT_TRUE(first.next_cursor.has_value());
  request.page.cursor_id = first.items.back().patient_id;
  auto second = service_->CareGaps(secretary_, request).value();
  ASSERT_EQ(second.items.size(), 1u);
  EXPECT_EQ(second.items[0].patient_id, 14);
  request.page = PageRequest{50, std::nullopt};

  // One condition; a doctor sees only the patients under their care (Beto saw p12).
  request.condition = "J45";
  EXPECT_TRUE(service_->CareGaps(admin_, request).value().items.empty()) << "p7 was seen in March";
  request.condition = "X99";
  EXPECT_EQ(service_->CareGaps(admin_, request).error().kind, Error::Kind::kInvalid);
  request.condition.reset();
  auto beto = service_->CareGaps(beto_, request).value();
  ASSERT_EQ(beto.items.size(), 1u);
  EXPECT_EQ(beto.items[0].patient_id, 12);

  EXPECT_EQ(service_->CareGaps(secretary_sur_, request).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(service_->CareGaps(patient_, request).error().kind, Error::Kind::kForbidden);
  request.clinic_id = 2;
  auto sur = service_->CareGaps(secretary_sur_, request).value();
  EXPECT_TRUE(sur.items.empty()) << "p11 and p1 were seen in March";
}

std::chrono::system_clock::time_point Utc(int y, unsigned m, unsigned d, int hour, int minute) {
  using namespace std::chrono;
  return sys_days(year(y) / month(m) / day(d)) + hours(hour) + minutes(minute);
}

// "Today" for the overdue follow-ups is the clinic's local date: at 22:30 in Buenos Aires
// (01:30 UTC the next day) a plan due today is not overdue yet; at 00:30 it is. The count
// follows the list.
TEST_F(PopulationHealthTest, CareGapsOverdueFromTheClinicsLocalMidnightNotUtcs) {
  LoadTheNetwork();
  Sql("UPDATE clinics SET timezone = 'America/Argentina/Buenos_Aires'");
  Sql("INSERT INTO follow_up_plans (patient_id, interval_days, next_due_on) VALUES (2, 90, '2026-06-01')");
  ManualClock clock;
  reports::ReportService service(*db_, &clock);
  reports::CareGapRequest request{1, std::nullopt, "2026-03-01", PageRequest{50, std::nullopt}};
  auto ids = [&] {
    auto page = service.CareGaps(secretary_, request).value();
    std::vector<std::int64_t> out;
    for (const auto& gap : page.items) out.push_back(gap.patient_id);
    EXPECT_EQ(service.CountCareGaps(secretary_, request).value().count, static_cast<std::int64_t>(out.size()));
    return out;
  };
  clock.Set(Utc(2026, 6, 2, 1, 30));  // 22:30 on June 1 in Buenos Aires
  EXPECT_EQ(ids(), (std::vector<std::int64_t>{12, 14})) << "due today, not overdue yet";
  EXPECT_EQ(service.CareGaps(secretary_, request).value().today, "2026-06-01");
  clock.Set(Utc(2026, 6, 2, 3, 30));  // 00:30 on June 2
  EXPECT_EQ(ids(), (std::vector<std::int64_t>{2, 12, 14}));
  auto summary = service.CountCareGaps(secretary_, request).value();
  EXPECT_EQ(summary.today, "2026-06-02");
  EXPECT_EQ(summary.since, "2026-03-01");
  // Without `since`: six months before the local today.
  request.since.clear();
  EXPECT_EQ(service.CountCareGaps(secretary_, request).value().since, "2025-12-02");
  EXPECT_EQ(Sql("SELECT count(*) FROM audit_events WHERE action = 'care_gap.counted' AND actor_user_id = 2"
                " AND patient_id IS NULL")[0][0].as<int>(), 4);
}

// Punctuality from the in_progress event against the booked start, the share of the
// scheduled hours booked, the series, and the floors' and clinics' occupancy.
TEST_F(PopulationHealthTest, DoctorPunctualityScheduleShareSeriesAndFloorOccupancy) {
  // Monday 2026-03-02 at Norte: 10:00 called in at 10:12 (late), 11:00 called in at 10:58.
  auto late = Visit(1, 1, "2026-03-02", "registered");
  Sql("UPDATE appointments SET room_id = 2, starts_at = '2026-03-02 11:00Z', ends_at = '2026-03-02 11:30Z'"
      " WHERE id = " + std::to_string(Visit(2, 1, "2026-03-09", "registered")));
  for (auto [id, at] : {std::pair{late, "2026-03-02 10:12Z"}, std::pair{late + 1, "2026-03-02 10:58Z"}}) {
    Sql("UPDATE appointments SET status = 'in_progress' WHERE id = " + std::to_string(id) + ";"
        "INSERT INTO appointment_events (appointment_id, kind, from_status, to_status, occurred_at)"
        " VALUES (" + std::to_string(id) + ", 'status', 'waiting', 'in_progress', '" + at + "')");
  }
  auto request = March(std::nullopt, "2026-03-02", "2026-03-08");
  request.group_by = reports::GroupBy::kDay;
  auto doctors = service_->DoctorPerformance(admin_, request).value();
  ASSERT_EQ(doctors.items.size(), 1u);
  const auto& ana = doctors.items[0];
  EXPECT_EQ(ana.mean_call_delay_minutes, 5.0);  // (12 − 2) / 2
  EXPECT_EQ(ana.on_time_rate, 0.5);
  EXPECT_EQ(ana.scheduled_minutes, 240);  // one Monday 09-13
  EXPECT_EQ(ana.booked_minutes, 60);
  EXPECT_EQ(ana.scheduled_booked_share, 0.25);
  ASSERT_EQ(doctors.series.size(), 1u);
  EXPECT_EQ(doctors.series[0].period, "2026-03-02");
  EXPECT_EQ(doctors.series[0].appointments, 2);

  auto rooms = service_->RoomOccupancy(admin_, request).value();
  // Norte is open Mondays 09-13: 240 minutes for each of its three rooms.
  ASSERT_EQ(rooms.floors.size(), 3u);
  EXPECT_EQ(rooms.floors[0].floor_number, 1);
  EXPECT_EQ(rooms.floors[0].booked_minutes, 30);
  EXPECT_EQ(rooms.floors[0].occupancy, 0.125);
  EXPECT_EQ(rooms.floors[1].rooms, 2);
  EXPECT_EQ(rooms.floors[1].open_minutes, 480);
  EXPECT_EQ(rooms.floors[1].occupancy, 0.0625);
  ASSERT_EQ(rooms.clinics.size(), 2u);
  EXPECT_EQ(rooms.clinics[0].open_minutes, 720);
  EXPECT_EQ(rooms.clinics[0].booked_minutes, 60);
  ASSERT_EQ(rooms.series.size(), 1u) << "only Monday is open or booked";
  EXPECT_EQ(rooms.series[0].open_minutes, 720);

  // A future week gives the planned occupancy of what is booked.
  auto ahead = Sql("SELECT (current_date + 14 - extract(isodow FROM current_date)::integer + 1)::text")[0][0]
                   .as<std::string>();  // a Monday two weeks ahead
  Visit(3, 1, ahead, "registered");
  auto planned = service_->RoomOccupancy(admin_, March(1, ahead, ahead)).value();
  EXPECT_EQ(planned.clinics[0].booked_minutes, 30);
  EXPECT_EQ(planned.clinics[0].open_minutes, 720);
}

}  // namespace
}  // namespace healthpulse
