// The visibility rules have one definition each in SQL (patient_visible_to,
// appointment_visible_to); the places that must restate them for a query plan or for a
// live stream are checked here against that definition, case by case, so they cannot
// drift apart.
#include <set>

#include "db/database.h"
#include "live/event_hub.h"
#include "modules/patients/patient_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

// Users: 1 secretary at clinic 1, 2 secretary at clinic 2, 3 doctor (doctor 1), 4 doctor
// (doctor 2), 5 and 6 patients with logins, 7 admin. Patients 1-4 ("Rulo"), registered at
// clinic 1 (1, 2), clinic 2 (3), both (4). Turnos of doctor 1: patient 1 live, patient 2
// cancelled, patient 3 no_show; doctor 2: patient 4 finished.
class VisibilityRulesTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name) VALUES ('Norte'), ('Sur');"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('sec1', 'x', 'S1', 'secretary'), ('sec2', 'x', 'S2', 'secretary'), ('doc1', 'x', 'D1', 'doctor'),"
        " ('doc2', 'x', 'D2', 'doctor'), ('pac5', 'x', 'P5', 'patient'), ('pac6', 'x', 'P6', 'patient'),"
        " ('admin', 'x', 'A', 'admin');"
        "INSERT INTO user_clinics VALUES (1, 1), (2, 2), (3, 1), (3, 2), (4, 2);"
        "INSERT INTO doctors (user_id) VALUES (3), (4);"
        "INSERT INTO floors (clinic_id, number) VALUES (1, 1), (2, 1);"
        "INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'N1'), (2, 2, 'S1');"
        "INSERT INTO nomenclators (name) VALUES ('N');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'C', 'Consulta', 30);"
        "INSERT INTO patients (first_name, last_name, document_number, user_id) VALUES"
        " ('Ana', 'Rulo', '20000001', 5), ('Bea', 'Rulo', '20000002', NULL), ('Cea', 'Rulo', '20000003', 6),"
        " ('Dea', 'Rulo', '20000004', NULL);"
        "INSERT INTO patient_clinics VALUES (1, 1), (2, 1), (3, 2), (4, 1), (4, 2);"
        "INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, status)"
        " VALUES (1, 1, 1, 1, 1, now() + interval '1 day', now() + interval '1 day 30 min', 'registered'),"
        " (2, 1, 1, 1, 1, now() + interval '2 day', now() + interval '2 day 30 min', 'cancelled'),"
        " (3, 1, 2, 1, 2, now() - interval '2 day', now() - interval '2 day' + interval '30 min', 'no_show'),"
        " (4, 2, 2, 1, 2, now() - interval '3 day', now() - interval '3 day' + interval '30 min', 'finished')");
    db_ = std::make_unique<db::Database>(url_, 2);
  }
  void TearDown() override {
    db_.reset();
    DatabaseTest::TearDown();
  }

  static std::vector<Principal> Everyone() {
    return {{1, "sec1", Role::kSecretary, {}}, {2, "sec2", Role::kSecretary, {}}, {3, "doc1", Role::kDoctor, {}},
            {4, "doc2", Role::kDoctor, {}},    {5, "pac5", Role::kPatient, {}},   {6, "pac6", Role::kPatient, {}},
            {7, "admin", Role::kAdmin, {}}};
  }

  std::set<std::int64_t> VisibleBySqlRule(const Principal& who) {
    std::set<std::int64_t> ids;
    for (const auto& row : Sql("SELECT id FROM patients WHERE patient_visible_to(id, '" +
                               std::string(ToString(who.role)) + "', " + std::to_string(who.user_id) + ")")) {
      ids.insert(row[0].as<std::int64_t>());
    }
    return ids;
  }

  std::set<std::int64_t> Found(const Principal& who, const std::string& q) {
    patients::PatientService service(*db_);
    std::set<std::int64_t> ids;
    auto page = service.Search(who, q, PageRequest{});
    EXPECT_TRUE(page) << q;
    if (page) for (const auto& p : page->items) ids.insert(p.id);
    return ids;
  }

  std::unique_ptr<db::Database> db_;
};

TEST_F(VisibilityRulesTest, PatientListsAndSearchesAgreeWithPatientVisibleTo) {
  for (const auto& who : Everyone()) {
    auto expected = VisibleBySqlRule(who);
    EXPECT_EQ(Found(who, ""), expected) << who.username << ": the list";
    EXPECT_EQ(Found(who, "rulo"), expected) << who.username << ": the search by name";
    EXPECT_EQ(Found(who, "2000000"), expected) << who.username << ": the search by document";
  }
}

TEST_F(VisibilityRulesTest, CareIsATurnoThatWasNotCancelled) {
  EXPECT_EQ(VisibleBySqlRule({3, "doc1", Role::kDoctor, {}}), (std::set<std::int64_t>{1, 3}))
      << "doctor 1: the live and the no_show turno, not the cancelled one";
  EXPECT_EQ(VisibleBySqlRule({4, "doc2", Role::kDoctor, {}}), (std::set<std::int64_t>{4}));
  EXPECT_EQ(VisibleBySqlRule({1, "sec1", Role::kSecretary, {}}), (std::set<std::int64_t>{1, 2, 4}));
  EXPECT_EQ(VisibleBySqlRule({5, "pac5", Role::kPatient, {}}), (std::set<std::int64_t>{1}));
}

// A clinic's stream is open only to those who may watch the clinic (its secretaries, any
// doctor working there, admins); per event, live::MayReceive must then say exactly what
// appointment_visible_to says for a viewer of that clinic.
TEST_F(VisibilityRulesTest, LiveStreamFilterAgreesWithAppointmentVisibleTo) {
  const std::vector<Principal> viewers = {{1, "sec1", Role::kSecretary, {}}, {3, "doc1", Role::kDoctor, {}},
                                          {4, "doc2", Role::kDoctor, {}},    {5, "pac5", Role::kPatient, {}},
                                          {7, "admin", Role::kAdmin, {}}};
  for (const auto& viewer : viewers) {
    for (std::int64_t doctor_user : {3, 4}) {
      for (std::optional<std::int64_t> patient_user : {std::optional<std::int64_t>(5), std::optional<std::int64_t>(6),
                                                       std::optional<std::int64_t>()}) {
        live::ClinicEvent event{1, doctor_user, patient_user, "{}"};
        auto sql = Sql("SELECT appointment_visible_to(1, " + std::to_string(doctor_user) + ", " +
                       (patient_user ? std::to_string(*patient_user) : "NULL") + ", '" +
                       std::string(ToString(viewer.role)) + "', " + std::to_string(viewer.user_id) + ")");
        EXPECT_EQ(live::MayReceive(viewer, event), sql[0][0].as<bool>())
            << viewer.username << " on doctor user " << doctor_user << ", patient user "
            << (patient_user ? std::to_string(*patient_user) : "none");
      }
    }
  }
}

}  // namespace
}  // namespace healthpulse
