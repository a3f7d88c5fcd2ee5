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

// `healthpulse seed` loads 100,000 patients (DESIGN.md §9); the full set takes 15-30 s
// under ASan on a small machine, so this test uses a fifth of them and everything else
// at full scale. The API tests run on a database seeded at full scale by the command.
TEST(SeedOptionsTest, DefaultsAreTheDesignScale) {
  EXPECT_EQ(SeedOptions{}.patients, 100000u);
  EXPECT_EQ(SeedOptions{}.doctors, 400u);
}

TEST_F(SeedTest, LoadsTheDemoNetworkOnce) {
  constexpr long long kPatients = 20000;
  std::ostringstream progress;
  ASSERT_EQ(SeedDemoNetwork(url_, progress, {.patients = kPatients}), SeedOutcome::kSeeded) << progress.str();
  EXPECT_NE(progress.str().find("patients 20000/20000"), std::string::npos) << progress.str();

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
  const SeedOptions small{.doctors = 400, .patients = 3000};
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
  };
  for (const char* sql : kFingerprints) {
    const auto here = Sql(sql)[0][0].as<std::string>();
    pqxx::connection c(other_url);
    const auto there = pqxx::nontransaction(c).exec1(sql)[0].as<std::string>();
    EXPECT_EQ(here, there) << sql;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM patients"), 3000);

  pqxx::connection admin(admin_url_);
  pqxx::nontransaction(admin).exec0("DROP DATABASE " + other_name + " WITH (FORCE)");
}

}  // namespace
}  // namespace healthpulse
