#include "modules/patients/patient_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

// Two clinics, a secretary at each, a secretary at both, and patients registered by them.
class PatientServiceTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name) VALUES ('Norte'), ('Sur');"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('sec_norte', 'x', 'Sec Norte', 'secretary'), ('sec_sur', 'x', 'Sec Sur', 'secretary'),"
        " ('sec_ambas', 'x', 'Sec Ambas', 'secretary'), ('admin', 'x', 'Admin', 'admin'),"
        " ('medico', 'x', 'Médico', 'doctor');"
        "INSERT INTO user_clinics VALUES (1, 1), (2, 2), (3, 1), (3, 2)");
    db_ = std::make_unique<db::Database>(url_, 2);
    service_ = std::make_unique<patients::PatientService>(*db_);
  }
  void TearDown() override {
    service_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }

  patients::Patient Create(const Principal& who, const std::string& first, const std::string& last,
                           const std::string& dni) {
    patients::NewPatient p;
    p.fields.first_name = first;
    p.fields.last_name = last;
    p.fields.document_number = dni;
    auto created = service_->Create(who, p);
    EXPECT_TRUE(created.has_value()) << first << " " << last << ": "
                                     << (created ? "" : created.error().message);
    return *created;
  }

  std::vector<std::string> Names(const Principal& who, const std::string& q) {
    std::vector<std::string> names;
    auto page = service_->Search(who, q, PageRequest{});
    EXPECT_TRUE(page.has_value()) << q;
    for (const auto& p : page->items) names.push_back(p.first_name);
    return names;
  }

  Principal norte_{1, "sec_norte", Role::kSecretary, "h1"};
  Principal sur_{2, "sec_sur", Role::kSecretary, "h2"};
  Principal ambas_{3, "sec_ambas", Role::kSecretary, "h3"};
  Principal admin_{4, "admin", Role::kAdmin, "h4"};
  Principal doctor_{5, "medico", Role::kDoctor, "h5"};
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<patients::PatientService> service_;
};

TEST_F(PatientServiceTest, NameSearchIsAccentCaseAndOrderInsensitive) {
  Create(norte_, "María", "González", "30123456");
  Create(norte_, "Mario", "Gómez", "30123457");
  Create(norte_, "José", "Martínez", "20999888");
  EXPECT_EQ(Names(norte_, "gonz mar"), std::vector<std::string>{"María"});
  EXPECT_EQ(Names(norte_, "MARIA GONZALEZ"), std::vector<std::string>{"María"});
  EXPECT_EQ(Names(norte_, "mar"), (std::vector<std::string>{"Mario", "María", "José"})) << "by last name";
  EXPECT_EQ(Names(norte_, "3012345"), (std::vector<std::string>{"María", "Mario"}));
  EXPECT_EQ(Names(norte_, "30.123.456"), std::vector<std::string>{"María"});
}

TEST_F(PatientServiceTest, SecretariesSeeOnlyTheirClinicsPatients) {
  auto norte = Create(norte_, "Ana", "Norte", "11111111");
  Create(sur_, "Beto", "Sur", "22222222");
  EXPECT_EQ(Names(norte_, ""), std::vector<std::string>{"Ana"});
  EXPECT_EQ(Names(sur_, ""), std::vector<std::string>{"Beto"});
  EXPECT_EQ(Names(admin_, ""), (std::vector<std::string>{"Ana", "Beto"}));
  EXPECT_TRUE(Names(doctor_, "").empty()) << "no care relationship yet";
  EXPECT_EQ(service_->Get(sur_, norte.id).error().kind, Error::Kind::kNotFound);
  patients::PatientFields change;
  change.phone = std::optional<std::string>("11 5555-0000");
  EXPECT_EQ(service_->Update(sur_, norte.id, change).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(service_->Update(admin_, norte.id, change).error().kind, Error::Kind::kForbidden);
  EXPECT_TRUE(service_->Update(norte_, norte.id, change).has_value());
}

TEST_F(PatientServiceTest, ASecretaryOfSeveralClinicsChoosesWhere) {
  patients::NewPatient p;
  p.fields.first_name = "Carla";
  p.fields.last_name = "Ambas";
  p.fields.document_number = "33333333";
  auto unplaced = service_->Create(ambas_, p);
  ASSERT_FALSE(unplaced.has_value());
  EXPECT_EQ(unplaced.error().fields.at(0).field, "clinic_id");
  p.clinic_id = 2;
  auto placed = service_->Create(ambas_, p);
  ASSERT_TRUE(placed.has_value());
  EXPECT_EQ(placed->clinic_ids, std::vector<std::int64_t>{2});
  EXPECT_EQ(Names(sur_, "carla"), std::vector<std::string>{"Carla"});
  EXPECT_TRUE(Names(norte_, "carla").empty());
}

TEST_F(PatientServiceTest, ReadsAndWritesAreAuditedWithThePatient) {
  auto patient = Create(norte_, "Dora", "Audit", "44444444");
  ASSERT_TRUE(service_->Get(norte_, patient.id).has_value());
  auto actions = Sql("SELECT string_agg(action, ',' ORDER BY id) FROM audit_events WHERE patient_id = " +
                     std::to_string(patient.id))[0][0].as<std::string>();
  EXPECT_EQ(actions, "patient.created,patient.viewed");
}

}  // namespace
}  // namespace healthpulse
