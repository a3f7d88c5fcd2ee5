#include "core/timestamp.h"
#include "modules/followup/followup_service.h"
#include "modules/records/record_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using followup::FollowUpPlan;
using records::EntryKind;

// One clinic; doctor 1 has Ana under care, doctor 2 Beto only; a secretary of the
// clinic, one of another clinic, an admin, and Ana and Beto with accounts.
class FollowUpServiceTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name) VALUES ('Centro'), ('Norte');"
        "INSERT INTO floors (clinic_id, number) VALUES (1, 1);"
        "INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'C1');"
        "INSERT INTO nomenclators (name) VALUES ('NN');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30);"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('doc1', 'x', 'Dra. Uno', 'doctor'), ('doc2', 'x', 'Dr. Dos', 'doctor'),"
        " ('sec', 'x', 'Sec', 'secretary'), ('admin', 'x', 'Admin', 'admin'),"
        " ('ana', 'x', 'Ana A', 'patient'), ('beto', 'x', 'Beto B', 'patient'), ('sec2', 'x', 'Sec Norte', 'secretary');"
        "INSERT INTO user_clinics VALUES (1, 1), (2, 1), (3, 1), (7, 2);"
        "INSERT INTO doctors (user_id, specialty) VALUES (1, 'Clínica'), (2, 'Clínica');"
        "INSERT INTO patients (first_name, last_name, document_number, user_id) VALUES"
        " ('Ana', 'A', '10000001', 5), ('Beto', 'B', '10000002', 6);"
        "INSERT INTO patient_clinics VALUES (1, 1), (2, 1);"
        "INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, status)"
        " VALUES (1, 1, 1, 1, 1, now() - interval '30 days', now() - interval '30 days' + interval '30 minutes', 'finished'),"
        "        (2, 2, 1, 1, 1, now() + interval '1 day', now() + interval '1 day 30 minutes', 'registered')");
    db_ = std::make_unique<db::Database>(url_, 4);
    records_ = std::make_unique<records::RecordService>(*db_, std::chrono::hours(24));
    plans_ = std::make_unique<followup::FollowUpService>(*db_);
  }
  void TearDown() override {
    plans_.reset();
    records_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }

  records::RecordEntry AddTreatment(const Principal& who, std::int64_t patient, const std::string& start_date,
                                    std::optional<std::int64_t> follow_up_days) {
    records::NewEntry entry;
    entry.kind = EntryKind::kTreatment;
    entry.fields.description = "Enalapril";
    entry.fields.start_date = start_date;
    if (follow_up_days) entry.fields.follow_up_days = std::optional<std::int64_t>(*follow_up_days);
    auto added = records_->Add(who, patient, entry);
    EXPECT_TRUE(added.has_value()) << (added ? "" : added.error().message);
    return added.value();
  }

  std::vector<FollowUpPlan> PlansOf(const Principal& who, std::optional<std::int64_t> patient) {
    followup::PlanFilter filter;
    filter.patient_id = patient;
    auto page = plans_->List(who, filter);
    EXPECT_TRUE(page.has_value()) << ToString(who.role) << (page ? "" : " " + page.error().message);
    return page ? page->items : std::vector<FollowUpPlan>{};
  }

  std::string Scalar(const std::string& sql) { return Sql(sql)[0][0].as<std::string>(); }
  long long Count(const std::string& sql) { return Sql(sql)[0][0].as<long long>(); }

  followup::PlanPatch Status(const std::string& status) {
    followup::PlanPatch patch;
    patch.status = status;
    return patch;
  }

  Principal doctor1_{1, "doc1", Role::kDoctor, "h1"};
  Principal doctor2_{2, "doc2", Role::kDoctor, "h2"};
  Principal secretary_{3, "sec", Role::kSecretary, "h3"};
  Principal admin_{4, "admin", Role::kAdmin, "h4"};
  Principal ana_{5, "ana", Role::kPatient, "h5"};
  Principal beto_{6, "beto", Role::kPatient, "h6"};
  Principal other_secretary_{7, "sec2", Role::kSecretary, "h7"};
  static constexpr std::int64_t kAna = 1;
  static constexpr std::int64_t kBeto = 2;
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<records::RecordService> records_;
  std::unique_ptr<followup::FollowUpService> plans_;
};

TEST_F(FollowUpServiceTest, ATreatmentWithFollowUpDaysCreatesItsPlanDueAfterTheStart) {
  auto future = AddTreatment(doctor1_, kAna, "2030-01-10", 30);
  auto late = AddTreatment(doctor1_, kAna, "2024-03-01", 90);  // recorded late: due 90 days from today
  AddTreatment(doctor1_, kAna, "2024-03-01", std::nullopt);   // no interval, no plan

  auto plans = PlansOf(doctor1_, kAna);
  ASSERT_EQ(plans.size(), 2u);
  EXPECT_EQ(plans[1].treatment_id, future.original_id);
  EXPECT_EQ(plans[1].interval_days, 30);
  EXPECT_EQ(plans[1].next_due_on, "2030-02-09");
  EXPECT_EQ(plans[1].status, "active");
  EXPECT_EQ(plans[1].created_by, doctor1_.user_id);
  EXPECT_EQ(plans[0].treatment_id, late.original_id);
  EXPECT_EQ(plans[0].next_due_on, Scalar("SELECT to_char(current_date + 90, 'YYYY-MM-DD')"));
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE action = 'follow_up_plan.created' AND patient_id = 1"), 2);
}

TEST_F(FollowUpServiceTest, AnAmendmentThatEndsTheTreatmentEndsItsPlanAndOneThatChangesTheIntervalChangesIt) {
  auto treatment = AddTreatment(doctor1_, kAna, "2024-03-01", 30);

  records::Amendment longer;
  longer.reason = "Control cada 60 días";
  longer.fields.follow_up_days = std::optional<std::int64_t>(60);
  auto amended = records_->Amend(doctor1_, treatment.id, longer);
  ASSERT_TRUE(amended.has_value()) << amended.error().message;
  auto plans = PlansOf(doctor1_, kAna);
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].interval_days, 60);
  EXPECT_EQ(plans[0].status, "active");

  records::Amendment end;
  end.reason = "Suspendido";
  end.fields.end_date = std::optional<std::string>(TodayUtc());
  ASSERT_TRUE(records_->Amend(doctor1_, amended->id, end).has_value());
  plans = PlansOf(doctor1_, kAna);
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].status, "ended");
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE action = 'follow_up_plan.ended'"), 1);
}

TEST_F(FollowUpServiceTest, ADoctorWithoutCareFindsNoPlanAndCannotMakeOne) {
  AddTreatment(doctor1_, kAna, "2024-03-01", 30);
  auto id = PlansOf(doctor1_, kAna).at(0).id;

  followup::PlanFilter filter;
  filter.patient_id = kAna;
  EXPECT_EQ(plans_->List(doctor2_, filter).error().kind, Error::Kind::kNotFound);
  EXPECT_TRUE(PlansOf(doctor2_, std::nullopt).empty());
  EXPECT_EQ(plans_->Update(doctor2_, id, Status("paused")).error().kind, Error::Kind::kNotFound);
  followup::NewPlan create;
  create.patient_id = kAna;
  create.interval_days = 30;
  EXPECT_EQ(plans_->Create(doctor2_, create).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(PlansOf(doctor1_, kAna).at(0).status, "active");
}

TEST_F(FollowUpServiceTest, SecretariesAndAdminsReadOnlyAndASecretaryOnlyHerClinicsPatients) {
  AddTreatment(doctor1_, kAna, "2024-03-01", 30);
  auto id = PlansOf(doctor1_, kAna).at(0).id;
  EXPECT_EQ(PlansOf(secretary_, kAna).size(), 1u);
  EXPECT_EQ(PlansOf(admin_, std::nullopt).size(), 1u);
  EXPECT_EQ(plans_->Update(secretary_, id, Status("paused")).error().kind, Error::Kind::kForbidden);
  EXPECT_EQ(plans_->Update(admin_, id, Status("paused")).error().kind, Error::Kind::kForbidden);
  followup::NewPlan create;
  create.patient_id = kAna;
  create.interval_days = 30;
  EXPECT_EQ(plans_->Create(secretary_, create).error().kind, Error::Kind::kForbidden);

  followup::PlanFilter filter;
  filter.patient_id = kAna;
  EXPECT_EQ(plans_->List(other_secretary_, filter).error().kind, Error::Kind::kNotFound);
  EXPECT_TRUE(PlansOf(other_secretary_, std::nullopt).empty());
  EXPECT_EQ(Count("SELECT count(*) FROM follow_up_plans WHERE status = 'active'"), 1);
}

TEST_F(FollowUpServiceTest, APatientSeesTheirOwnPlansOnly) {
  AddTreatment(doctor1_, kAna, "2024-03-01", 30);
  AddTreatment(doctor2_, kBeto, "2024-03-01", 45);
  auto own = PlansOf(ana_, std::nullopt);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].patient_id, kAna);
  followup::PlanFilter filter;
  filter.patient_id = kBeto;
  EXPECT_EQ(plans_->List(ana_, filter).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(plans_->Update(ana_, own[0].id, Status("ended")).error().kind, Error::Kind::kForbidden);
}

TEST_F(FollowUpServiceTest, PausingResumingAndEndingAreAuditedAndAnEndedPlanRefusesChange) {
  AddTreatment(doctor1_, kAna, "2024-03-01", 30);
  auto id = PlansOf(doctor1_, kAna).at(0).id;
  EXPECT_EQ(plans_->Update(doctor1_, id, Status("paused"))->status, "paused");
  EXPECT_EQ(plans_->Update(doctor1_, id, Status("active"))->status, "active");
  followup::PlanPatch weekly;
  weekly.interval_days = 7;
  weekly.next_due_on = "2030-05-01";
  auto changed = plans_->Update(doctor1_, id, weekly);
  ASSERT_TRUE(changed.has_value()) << changed.error().message;
  EXPECT_EQ(changed->interval_days, 7);
  EXPECT_EQ(changed->next_due_on, "2030-05-01");
  EXPECT_EQ(plans_->Update(doctor1_, id, Status("ended"))->status, "ended");

  EXPECT_EQ(plans_->Update(doctor1_, id, Status("active")).error().kind, Error::Kind::kConflict);
  EXPECT_EQ(plans_->Update(doctor1_, id, weekly).error().kind, Error::Kind::kConflict);
  EXPECT_EQ(Scalar("SELECT status FROM follow_up_plans WHERE id = " + std::to_string(id)), "ended");
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE action = 'follow_up_plan.updated' AND patient_id = 1"), 4);

  followup::PlanPatch bad;
  bad.interval_days = 0;
  auto invalid = plans_->Update(doctor1_, id, bad);
  ASSERT_FALSE(invalid.has_value());
  EXPECT_EQ(invalid.error().kind, Error::Kind::kInvalid);
  EXPECT_EQ(invalid.error().fields.at(0).field, "interval_days");
}

TEST_F(FollowUpServiceTest, ADoctorCreatesAPlanForATreatmentOnceAndItTakesTheTreatmentsDiagnosis) {
  auto treatment = AddTreatment(doctor1_, kAna, "2024-03-01", std::nullopt);
  followup::NewPlan create;
  create.patient_id = kAna;
  create.treatment_id = treatment.id;
  create.interval_days = 14;
  auto created = plans_->Create(doctor1_, create);
  ASSERT_TRUE(created.has_value()) << created.error().message;
  EXPECT_EQ(created->treatment_id, treatment.original_id);
  EXPECT_EQ(created->next_due_on, Scalar("SELECT to_char(current_date + 14, 'YYYY-MM-DD')"));
  EXPECT_EQ(plans_->Create(doctor1_, create).error().kind, Error::Kind::kConflict);

  create.treatment_id = 999;
  auto invalid = plans_->Create(doctor1_, create);
  ASSERT_FALSE(invalid.has_value());
  EXPECT_EQ(invalid.error().fields.at(0).field, "treatment_id");
  EXPECT_EQ(Count("SELECT count(*) FROM follow_up_plans"), 1);
}

}  // namespace
}  // namespace healthpulse
