#include "app/seed/seed.h"

#include <pqxx/pqxx>
#include <sstream>
#include <string>

#include "app/demo_data.h"
#include "modules/auth/password.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using app::seed::SeedDemoNetwork;
using app::seed::SeedOptions;
using app::seed::SeedOutcome;

class SeedTest : public testing::DatabaseTest {
 protected:
  long long Count(const std::string& sql) { return Sql(sql)[0][0].as<long long>(); }
};

// `healthpulse seed` loads 100,000 patients and three years of appointments (DESIGN.md
// §9), minutes of work, so these tests use a fifth of the patients and a month of
// appointments, everything else at full scale. The API tests run on a database seeded
// by the command.
// The directory is at DESIGN.md §9's scale; the appointment history is two months until
// loading three years fits a first start (see SeedOptions).
TEST(SeedOptionsTest, DefaultsAreTheDesignScale) {
  EXPECT_EQ(SeedOptions{}.patients, 100000u);
  EXPECT_EQ(SeedOptions{}.doctors, 400u);
  EXPECT_EQ(SeedOptions{}.appointment_days_back, 60u);
  EXPECT_EQ(SeedOptions{}.appointment_days_ahead, 21u);
  EXPECT_EQ(SeedOptions{}.event_days_back, 60u);
}

TEST_F(SeedTest, LoadsTheDemoNetworkOnce) {
  constexpr long long kPatients = 20000;
  std::ostringstream progress;
  ASSERT_EQ(SeedDemoNetwork(url_, progress, {.patients = kPatients, .appointment_days_back = 20, .appointment_days_ahead = 10}),
            SeedOutcome::kSeeded)
      << progress.str();
  EXPECT_NE(progress.str().find("patients 20000/20000"), std::string::npos) << progress.str();
  EXPECT_NE(progress.str().find("appointment events"), std::string::npos) << progress.str();

  // The load dropped the appointments' constraints and indexes and rebuilt them: all
  // there again (the exclusion constraints checked every copied row as they came back).
  EXPECT_EQ(Count("SELECT count(*) FROM pg_constraint WHERE conrelid = 'appointments'::regclass AND contype = 'x'"), 3);
  EXPECT_EQ(Count("SELECT count(*) FROM pg_constraint WHERE conrelid = 'appointments'::regclass AND contype = 'f'"), 6);
  // 10 until migration 0007 added appointments_starts_idx.
  EXPECT_EQ(Count("SELECT count(*) FROM pg_indexes WHERE tablename IN ('appointments', 'appointment_events')"), 11);
  EXPECT_EQ(Count("SELECT count(*) FROM pg_constraint WHERE conrelid = 'record_entries'::regclass AND contype = 'f'"), 9);
  EXPECT_EQ(Count("SELECT count(*) FROM pg_indexes WHERE tablename = 'record_entries'"), 5);
  EXPECT_THROW(Sql("INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at) "
                   "SELECT patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at FROM appointments "
                   "WHERE status = 'registered' LIMIT 1"),
               pqxx::sql_error);

  // Appointments, past and coming, with a realistic mix. Nobody is double-booked.
  const auto past = Count("SELECT count(*) FROM appointments WHERE ends_at <= now()");
  const auto future = Count("SELECT count(*) FROM appointments WHERE starts_at > now()");
  EXPECT_GT(past, 15000);
  EXPECT_GT(future, 10000);
  const auto share = [&](const std::string& status) {
    return 100.0 * static_cast<double>(Count("SELECT count(*) FROM appointments WHERE ends_at <= now() - interval "
                                             "'1 day' AND status = '" + status + "'")) /
           static_cast<double>(Count("SELECT count(*) FROM appointments WHERE ends_at <= now() - interval '1 day'"));
  };
  EXPECT_NEAR(share("finished"), 85, 3);
  EXPECT_NEAR(share("cancelled"), 8, 2);
  EXPECT_NEAR(share("no_show"), 7, 2);
  EXPECT_EQ(Count("SELECT count(*) FROM appointments WHERE status = 'cancelled' AND reason IS NULL"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM appointments WHERE starts_at > now() + interval '1 day' "
                  "AND status NOT IN ('registered', 'confirmed', 'cancelled')"),
            0);
  EXPECT_GT(Count("SELECT count(*) FROM appointments WHERE starts_at > now() AND status = 'confirmed'"), 0);
  EXPECT_GT(Count("SELECT count(*) FROM appointments WHERE starts_at > now() AND status = 'registered'"), 0);

  // Each inside its doctor's weekly block at its clinic, in the clinic's time zone, in
  // a consulting room of that clinic, for a practice offered there.
  EXPECT_EQ(Count("SELECT count(*) FROM appointments a JOIN clinics c ON c.id = a.clinic_id WHERE NOT EXISTS ("
                  "SELECT FROM doctor_schedule_blocks b WHERE b.doctor_id = a.doctor_id AND b.clinic_id = a.clinic_id "
                  "AND b.weekday = extract(isodow FROM a.starts_at AT TIME ZONE c.timezone) "
                  "AND (a.starts_at AT TIME ZONE c.timezone)::date = (a.ends_at AT TIME ZONE c.timezone)::date "
                  "AND (a.starts_at AT TIME ZONE c.timezone)::time >= make_time(b.from_minute / 60, "
                  "b.from_minute % 60, 0) AND (a.ends_at AT TIME ZONE c.timezone)::time::interval <= "
                  "make_interval(mins => b.to_minute))"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM appointments a JOIN rooms r ON r.id = a.room_id "
                  "WHERE r.clinic_id <> a.clinic_id OR r.kind <> 'consulting'"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM appointments a WHERE NOT EXISTS (SELECT FROM practice_clinics pc "
                  "WHERE pc.practice_id = a.practice_id AND pc.clinic_id = a.clinic_id)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM appointments a JOIN practices p ON p.id = a.practice_id "
                  "WHERE a.ends_at - a.starts_at <> make_interval(mins => p.duration_minutes)"),
            0);

  // Histories: created first, by the clinic's secretary; the last event gives the status;
  // the doctor calls the patient in and finishes.
  EXPECT_EQ(Count("SELECT count(*) FROM appointments a WHERE NOT EXISTS (SELECT FROM appointment_events e "
                  "WHERE e.appointment_id = a.id AND e.kind = 'created' AND e.occurred_at = a.created_at)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM appointments a WHERE a.status IS DISTINCT FROM (SELECT e.to_status "
                  "FROM appointment_events e WHERE e.appointment_id = a.id ORDER BY e.id DESC LIMIT 1)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM appointment_events e JOIN appointments a ON a.id = e.appointment_id "
                  "WHERE e.occurred_at > now() OR (e.kind = 'created' AND NOT EXISTS (SELECT FROM user_clinics uc "
                  "WHERE uc.user_id = e.actor_user_id AND uc.clinic_id = a.clinic_id))"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM appointment_events e JOIN appointments a ON a.id = e.appointment_id "
                  "JOIN doctors d ON d.id = a.doctor_id WHERE e.to_status IN ('in_progress', 'finished') "
                  "AND e.actor_user_id <> d.user_id"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM (SELECT e.appointment_id, e.occurred_at, lag(e.occurred_at) OVER w AS prev, "
                  "e.from_status, lag(e.to_status) OVER w AS prev_status FROM appointment_events e "
                  "WINDOW w AS (PARTITION BY e.appointment_id ORDER BY e.id)) t "
                  "WHERE t.prev IS NOT NULL AND (t.occurred_at < t.prev OR t.from_status <> t.prev_status)"),
            0);

  // Clinical records: each entry written during one of the patient's finished turnos, by
  // its doctor, at its clinic, between the patient being called in and the turno
  // finishing; so its author has the patient under care, and patients without a finished
  // turno have no record.
  EXPECT_NE(progress.str().find("record entries"), std::string::npos) << progress.str();
  EXPECT_GT(Count("SELECT count(*) FROM record_entries"), 20000);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries e WHERE NOT EXISTS (SELECT FROM appointments a "
                  "JOIN doctors d ON d.id = a.doctor_id WHERE a.id = e.appointment_id AND a.patient_id = e.patient_id "
                  "AND a.status = 'finished' AND d.id = e.doctor_id AND d.user_id = e.author_user_id "
                  "AND a.clinic_id = e.clinic_id AND e.created_at BETWEEN (SELECT v.occurred_at "
                  "FROM appointment_events v WHERE v.appointment_id = a.id AND v.to_status = 'in_progress') "
                  "AND (SELECT v.occurred_at FROM appointment_events v "
                  "WHERE v.appointment_id = a.id AND v.to_status = 'finished'))"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries e WHERE NOT patient_visible_to(e.patient_id, 'doctor', "
                  "e.author_user_id)"),
            0);

  // Chronic conditions at adult prevalences near the usual figures (design: hypertension
  // 30%, type 2 diabetes 10%, asthma 7%, COPD 4%, hypothyroidism 5%, chronic kidney disease
  // 5%), among the adults with a finished turno, rising with age and, for hypothyroidism,
  // mostly in women.
  const std::string seen =
      "SELECT DISTINCT a.patient_id AS id FROM appointments a JOIN patients p ON p.id = a.patient_id "
      "WHERE a.status = 'finished' AND p.birth_date <= current_date - interval '18 years' ";
  const auto prevalence = [&](const std::string& code, const std::string& who = "") {
    return Sql("SELECT 100.0 * count(*) FILTER (WHERE EXISTS (SELECT FROM record_entries e WHERE e.patient_id = s.id "
               "AND e.kind = 'diagnosis' AND e.chronic AND e.code = '" + code + "')) / count(*) FROM (" + seen + who +
               ") s")[0][0]
        .as<double>();
  };
  EXPECT_NEAR(prevalence("I10"), 30, 4);
  EXPECT_NEAR(prevalence("E119"), 10, 2.5);
  EXPECT_NEAR(prevalence("J459"), 7, 2);
  EXPECT_NEAR(prevalence("J449"), 4, 1.5);
  EXPECT_NEAR(prevalence("E039"), 5, 1.5);
  EXPECT_NEAR(prevalence("N189"), 5, 2);
  EXPECT_GT(prevalence("I10", "AND p.birth_date <= current_date - interval '60 years'"),
            3 * prevalence("I10", "AND p.birth_date > current_date - interval '40 years'"));
  EXPECT_GT(prevalence("E039", "AND p.sex = 'F'"), 2 * prevalence("E039", "AND p.sex = 'M'"));
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries e JOIN patients p ON p.id = e.patient_id "
                  "WHERE e.kind = 'diagnosis' AND e.code IN ('I10', 'E119', 'J449', 'N189') "
                  "AND p.birth_date > current_date - interval '18 years'"),
            0);

  // Their first-line treatments, linked to the diagnosis, with dose, frequency, start and
  // follow-up and no end; a few doses corrected at a later visit.
  const auto treated = [&](const std::string& code) {
    return Sql("SELECT 100.0 * count(*) FILTER (WHERE EXISTS (SELECT FROM record_entries t "
               "WHERE t.diagnosis_id = d.id)) / count(*), (SELECT string_agg(DISTINCT t.description, ',' "
               "ORDER BY t.description) FROM record_entries t JOIN record_entries c ON c.id = t.diagnosis_id "
               "WHERE c.code = '" + code + "') FROM record_entries d WHERE d.code = '" + code + "' AND d.chronic")[0];
  };
  const std::pair<std::string, std::string> kFirstLine[] = {
      {"I10", "Amlodipina,Enalapril,Hidroclorotiazida,Losartán"},
      {"E119", "Glibenclamida,Metformina"},
      {"J459", "Budesonida inhalada,Salbutamol inhalado"},
      {"J449", "Salbutamol inhalado,Tiotropio inhalado"},
      {"E039", "Levotiroxina"},
  };
  for (const auto& [code, drugs] : kFirstLine) {
    const auto row = treated(code);
    EXPECT_GT(row[0].as<double>(), 70) << code;
    EXPECT_EQ(row[1].as<std::string>(), drugs) << code;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries t JOIN record_entries d ON d.id = t.diagnosis_id "
                  "WHERE t.kind = 'treatment' AND d.chronic AND (t.dose IS NULL AND t.description <> "
                  "'Dieta hiposódica y control de función renal' OR t.start_date IS NULL OR t.follow_up_days IS NULL "
                  "OR t.end_date IS NOT NULL OR t.start_date > t.created_at::date)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries t JOIN record_entries d ON d.id = t.diagnosis_id "
                  "WHERE d.patient_id <> t.patient_id OR d.kind <> 'diagnosis' OR d.original_id <> d.id"),
            0);
  EXPECT_GT(Count("SELECT count(*) FROM record_entries e JOIN record_entries o ON o.id = e.amends_id "
                  "WHERE e.kind = 'treatment' AND e.dose <> o.dose "
                  "AND e.created_at > o.created_at + interval '13 days'"),
            0);

  // Each chronic treatment has its follow-up plan, as the records service makes one:
  // active, every follow_up_days, due in the future, made by the treatment's author.
  EXPECT_GT(Count("SELECT count(*) FROM follow_up_plans"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries t WHERE t.kind = 'treatment' AND t.follow_up_days IS NOT NULL "
                  "AND t.end_date IS NULL AND NOT EXISTS (SELECT FROM record_entries s WHERE s.amends_id = t.id) "
                  "AND NOT EXISTS (SELECT FROM follow_up_plans f WHERE f.treatment_id = t.original_id "
                  "AND f.status = 'active' AND f.interval_days = t.follow_up_days AND f.patient_id = t.patient_id "
                  "AND f.next_due_on > current_date AND f.created_by = t.author_user_id)"),
            0);

  // Acute diagnoses end resolved: by an amendment at a later visit, or at once; only the
  // last week's may still be active. Their treatments end.
  EXPECT_GT(Count("SELECT count(*) FROM record_entries e JOIN record_entries o ON o.id = e.amends_id "
                  "WHERE e.kind = 'diagnosis' AND NOT e.chronic AND o.status = 'active' AND e.status = 'resolved' "
                  "AND e.original_id = o.original_id"),
            100);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries d WHERE d.kind = 'diagnosis' AND NOT d.chronic "
                  "AND d.status = 'active' AND d.created_at < now() - interval '9 days' "
                  "AND NOT EXISTS (SELECT FROM record_entries s WHERE s.amends_id = d.id)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries t JOIN record_entries d ON d.id = t.diagnosis_id "
                  "WHERE NOT d.chronic AND t.end_date IS NULL"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries d WHERE d.kind = 'diagnosis' AND d.code NOT IN "
                  "('I10', 'E119', 'J459', 'J449', 'E039', 'N189') AND d.chronic"),
            0);

  // A few allergies, and notes of which a share is private.
  const auto with_entries = Count("SELECT count(DISTINCT patient_id) FROM record_entries");
  const auto allergic = Count("SELECT count(DISTINCT patient_id) FROM record_entries WHERE kind = 'allergy'");
  EXPECT_GT(allergic, with_entries * 4 / 100);
  EXPECT_LT(allergic, with_entries * 12 / 100);
  const auto notes = Count("SELECT count(*) FROM record_entries WHERE kind = 'note'");
  const auto private_notes = Count("SELECT count(*) FROM record_entries WHERE kind = 'note' AND private");
  EXPECT_GT(private_notes, notes * 5 / 100);
  EXPECT_LT(private_notes, notes * 40 / 100);

  // The demo paciente's record, by the demo medico: hypertension on losartán, allergic to
  // penicillin, an upper respiratory infection since resolved.
  const std::string demo_record =
      "SELECT count(*) FROM record_entries e JOIN patients p ON p.id = e.patient_id JOIN users u "
      "ON u.id = e.author_user_id WHERE p.document_number = '30123456' AND u.username = 'medico' ";
  EXPECT_EQ(Count(demo_record + "AND e.code = 'I10' AND e.chronic AND e.status = 'active'"), 1);
  EXPECT_EQ(Count(demo_record + "AND e.kind = 'treatment' AND e.description = 'Losartán' AND e.dose = '50 mg'"), 1);
  EXPECT_EQ(Count(demo_record + "AND e.kind = 'allergy' AND e.substance = 'Penicilina'"), 1);
  EXPECT_EQ(Count(demo_record + "AND e.code = 'J069' AND e.status = 'resolved'"), 1);

  // The demo paciente sees the demo medico, before and after today.
  const std::string demo_turnos =
      "SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id JOIN users pu ON pu.id = p.user_id "
      "JOIN doctors d ON d.id = a.doctor_id JOIN users du ON du.id = d.user_id "
      "WHERE pu.username = 'paciente' AND du.username = 'medico' ";
  EXPECT_GE(Count(demo_turnos + "AND a.status = 'finished' AND a.ends_at < now()"), 2);
  EXPECT_GE(Count(demo_turnos + "AND a.starts_at > now() AND a.status IN ('registered', 'confirmed')"), 2);

  EXPECT_EQ(Count("SELECT count(*) FROM clinics"), 20);
  EXPECT_EQ(Count("SELECT count(*) FROM clinic_hours"), 20 * 6);
  const auto rooms = Count("SELECT count(*) FROM rooms");
  EXPECT_GE(rooms, 550);
  EXPECT_LE(rooms, 650);
  const auto doctors = Count("SELECT count(*) FROM doctors");
  EXPECT_GE(doctors, 380);
  EXPECT_LE(doctors, 420);
  EXPECT_EQ(Count("SELECT count(*) FROM users WHERE role = 'doctor'"), doctors);
  const auto secretaries = Count("SELECT count(*) FROM users WHERE role = 'secretary'");
  EXPECT_GE(secretaries, 40);
  EXPECT_LE(secretaries, 81);
  EXPECT_GE(Count("SELECT count(*) FROM practices"), 90);
  EXPECT_EQ(Count("SELECT count(*) FROM practices p WHERE NOT EXISTS "
                  "(SELECT FROM practice_clinics pc WHERE pc.practice_id = p.id)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM patients"), kPatients);
  EXPECT_EQ(Count("SELECT count(DISTINCT document_number) FROM patients"), kPatients);
  EXPECT_EQ(Count("SELECT count(*) FROM patients WHERE document_number !~ '^[0-9]{8}$' "
                  "OR phone !~ '^\\+549[0-9]{10}$'"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM patients p WHERE NOT EXISTS "
                  "(SELECT FROM patient_clinics pc WHERE pc.patient_id = p.id)"),
            0);

  // The demo accounts, with their roles, clinics and the shared demo password.
  auto accounts =
      Sql("SELECT string_agg(username || ':' || role, ',' ORDER BY username) FROM users "
          "WHERE username IN ('admin', 'secretaria', 'medico', 'paciente')");
  EXPECT_EQ(accounts[0][0].as<std::string>(), "admin:admin,medico:doctor,paciente:patient,secretaria:secretary");
  auto hash = Sql("SELECT password_hash FROM users WHERE username = 'admin'")[0][0].as<std::string>();
  EXPECT_TRUE(auth::VerifyPassword(hash, app::kDemoPassword));
  EXPECT_EQ(Count("SELECT count(*) FROM patients p JOIN users u ON u.id = p.user_id "
                  "WHERE u.username = 'paciente' AND p.document_number = '30123456' "
                  "AND p.first_name = 'Pablo' AND p.last_name = 'Paciente' AND p.phone = '+5491155550000'"),
            1);
  const std::string first_clinic = "(SELECT min(id) FROM clinics)";
  EXPECT_EQ(Count("SELECT count(*) FROM user_clinics uc JOIN users u ON u.id = uc.user_id "
                  "WHERE u.username IN ('secretaria', 'medico') AND uc.clinic_id = " +
                  first_clinic),
            2);
  EXPECT_EQ(Count("SELECT count(*) FROM patient_clinics pc JOIN patients p ON p.id = pc.patient_id "
                  "WHERE p.document_number = '30123456' AND pc.clinic_id = " +
                  first_clinic),
            1);
  EXPECT_EQ(Sql("SELECT d.specialty || ' ' || d.license_number || ' ' || "
                "string_agg(b.weekday || '@' || b.from_minute || '-' || b.to_minute, ',' ORDER BY b.weekday) "
                "FROM doctors d JOIN users u ON u.id = d.user_id JOIN doctor_schedule_blocks b ON b.doctor_id = d.id "
                "WHERE u.username = 'medico' AND b.clinic_id = " +
                first_clinic + " GROUP BY d.specialty, d.license_number")[0][0]
                .as<std::string>(),
            "Clínica médica MN 100001 1@480-960,2@480-960,3@480-960,4@480-960,5@480-960");

  // Every doctor works somewhere, only at their clinics and only while the clinic is open.
  EXPECT_EQ(Count("SELECT count(*) FROM doctors d WHERE NOT EXISTS "
                  "(SELECT FROM doctor_schedule_blocks b WHERE b.doctor_id = d.id)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM doctor_schedule_blocks b JOIN doctors d ON d.id = b.doctor_id "
                  "WHERE NOT EXISTS (SELECT FROM user_clinics uc WHERE uc.user_id = d.user_id "
                  "AND uc.clinic_id = b.clinic_id)"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM doctor_schedule_blocks b WHERE NOT EXISTS (SELECT FROM clinic_hours h "
                  "WHERE h.clinic_id = b.clinic_id AND h.weekday = b.weekday "
                  "AND h.opens <= make_time(b.from_minute / 60, b.from_minute % 60, 0) "
                  "AND make_interval(mins => b.to_minute) <= h.closes::interval)"),
            0);

  // Ordinary inserts continue after the copied ids.
  EXPECT_GT(Count("INSERT INTO clinics (name) VALUES ('Clínica nueva') RETURNING id"),
            Count("SELECT max(id) FROM clinics WHERE name <> 'Clínica nueva'"));

  // A second run finds users and writes nothing.
  std::ostringstream again;
  EXPECT_EQ(SeedDemoNetwork(url_, again), SeedOutcome::kUsersExist);
  EXPECT_EQ(Count("SELECT count(*) FROM patients"), kPatients);
  EXPECT_EQ(Count("SELECT count(*) FROM users"), doctors + secretaries + 2);
  std::ostringstream via_command;
  EXPECT_TRUE(app::LoadDemoData(url_, via_command));
  EXPECT_NE(via_command.str().find("not loaded"), std::string::npos) << via_command.str();
}

TEST_F(SeedTest, IsDeterministic) {
  const SeedOptions small{
      .doctors = 400, .patients = 3000, .appointment_days_back = 5, .appointment_days_ahead = 3, .now = 1795000000};
  const std::string other_name = name_ + "_twin";
  {
    pqxx::connection admin(admin_url_);
    pqxx::nontransaction(admin).exec0("CREATE DATABASE " + other_name);
  }
  const std::string other_url = WithDatabase(admin_url_, other_name);
  db::Migrate(other_url);

  std::ostringstream progress;
  ASSERT_EQ(SeedDemoNetwork(url_, progress, small), SeedOutcome::kSeeded);
  ASSERT_EQ(SeedDemoNetwork(other_url, progress, small), SeedOutcome::kSeeded);

  // Contents in id order, ids left out: they come from sequences.
  const char* kFingerprints[] = {
      "SELECT md5(string_agg(document_number || first_name || last_name, ',' ORDER BY id)) FROM patients",
      "SELECT md5(string_agg(concat_ws('|', birth_date, sex, phone, email, address, insurer, insurer_member_number, "
      "sms_consent), ',' ORDER BY id)) FROM patients",
      "SELECT md5(string_agg(concat_ws('|', username, full_name, email, phone, role), ',' ORDER BY id)) FROM users",
      "SELECT md5(string_agg(concat_ws('|', specialty, license_number), ',' ORDER BY id)) FROM doctors",
      "SELECT md5(string_agg(concat_ws('|', weekday, from_minute, to_minute), ',' "
      "ORDER BY doctor_id, weekday, from_minute)) FROM doctor_schedule_blocks",
      "SELECT md5(string_agg(concat_ws('|', code, name, kind), ',' ORDER BY id)) FROM rooms",
      "SELECT md5(string_agg(concat_ws('|', code, name, specialty, duration_minutes), ',' ORDER BY id)) FROM practices",
      "SELECT md5(string_agg(concat_ws('|', p.document_number, u.username, r.code, pr.code, a.starts_at, a.ends_at, "
      "a.status, a.reason, a.created_at, a.updated_at), ',' ORDER BY a.id)) FROM appointments a "
      "JOIN patients p ON p.id = a.patient_id JOIN doctors d ON d.id = a.doctor_id JOIN users u ON u.id = d.user_id "
      "JOIN rooms r ON r.id = a.room_id JOIN practices pr ON pr.id = a.practice_id",
      "SELECT md5(string_agg(concat_ws('|', e.occurred_at, u.username, e.kind, e.from_status, e.to_status, e.reason), "
      "',' ORDER BY e.id)) FROM appointment_events e JOIN users u ON u.id = e.actor_user_id",
      // Ids relative to the entry's own, so the sequences do not matter.
      "SELECT md5(string_agg(concat_ws('|', p.document_number, u.username, a.starts_at, e.kind, e.amends_id - e.id, "
      "e.original_id - e.id, e.amendment_reason, e.created_at, e.code, e.chronic, e.status, e.text, e.description, "
      "e.dose, e.frequency, e.start_date, e.end_date, e.diagnosis_id - e.id, e.follow_up_days, e.private, e.substance, "
      "e.reaction, e.severity), ',' ORDER BY e.id)) FROM record_entries e JOIN patients p ON p.id = e.patient_id "
      "JOIN users u ON u.id = e.author_user_id JOIN appointments a ON a.id = e.appointment_id",
  };
  for (const char* sql : kFingerprints) {
    const auto here = Sql(sql)[0][0].as<std::string>();
    pqxx::connection c(other_url);
    const auto there = pqxx::nontransaction(c).exec1(sql)[0].as<std::string>();
    EXPECT_EQ(here, there) << sql;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM patients"), 3000);
  EXPECT_GT(Count("SELECT count(*) FROM appointments"), 5000);
  EXPECT_GT(Count("SELECT count(*) FROM record_entries"), 1000);

  pqxx::connection admin(admin_url_);
  pqxx::nontransaction(admin).exec0("DROP DATABASE " + other_name + " WITH (FORCE)");
}

}  // namespace
}  // namespace healthpulse
