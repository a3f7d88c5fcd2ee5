#include <unistd.h>

#include <atomic>
#include <set>
#include <thread>

#include "modules/audit/audit_service.h"
#include "modules/audit/chain_verifier.h"
#include "modules/icd10/icd10_service.h"
#include "modules/records/record_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

using records::EntryKind;
using records::RecordAccess;

// Two clinics; doctor 1 (clinic 1) has Ana under care with a consultation in progress
// and a finished one; doctor 2 (clinic 1) cares for Beto only; doctor 3 works at both
// clinics and cares for Ana; a secretary, an admin, and Ana and Beto with accounts.
class RecordServiceTest : public testing::DatabaseTest {
 protected:
  // A migrated database with the CIE-10 catalog, made once per process (the catalog's
  // trigram index takes a second or two to build) and copied for each test.
  class CatalogTemplate {
   public:
    explicit CatalogTemplate(std::string admin_url)
        : admin_url_(std::move(admin_url)), name_("it_catalog_" + std::to_string(::getpid())) {
      pqxx::connection c(admin_url_);
      pqxx::nontransaction(c).exec("CREATE DATABASE " + name_);
      db::Migrate(WithDatabase(admin_url_, name_));
      loaded_ = icd10::EnsureCatalog(WithDatabase(admin_url_, name_));
    }
    ~CatalogTemplate() {
      pqxx::connection c(admin_url_);
      pqxx::nontransaction(c).exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    }
    const std::string& name() const { return name_; }
    std::size_t loaded() const { return loaded_; }

   private:
    std::string admin_url_;
    std::string name_;
    std::size_t loaded_ = 0;
  };

  void SetUp() override {
    const char* admin = std::getenv("HEALTHPULSE_TEST_DATABASE_URL");
    ASSERT_NE(admin, nullptr) << "HEALTHPULSE_TEST_DATABASE_URL must name a throwaway cluster";
    static CatalogTemplate catalog(admin);
    ASSERT_EQ(catalog.loaded(), 14498u);
    template_ = catalog.name();
    migrate_ = false;
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name) VALUES ('Centro'), ('Norte');"
        "INSERT INTO floors (clinic_id, number) VALUES (1, 1), (2, 1);"
        "INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'C1'), (2, 2, 'N1');"
        "INSERT INTO nomenclators (name) VALUES ('NN');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30);"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES"
        " ('doc1', 'x', 'Dra. Uno', 'doctor'), ('doc2', 'x', 'Dr. Dos', 'doctor'), ('doc3', 'x', 'Dr. Tres', 'doctor'),"
        " ('sec', 'x', 'Sec', 'secretary'), ('admin', 'x', 'Admin', 'admin'),"
        " ('ana', 'x', 'Ana A', 'patient'), ('beto', 'x', 'Beto B', 'patient');"
        "INSERT INTO user_clinics VALUES (1, 1), (2, 1), (3, 1), (3, 2), (4, 1);"
        "INSERT INTO doctors (user_id, specialty) VALUES (1, 'Clínica'), (2, 'Clínica'), (3, 'Clínica');"
        "INSERT INTO patients (first_name, last_name, document_number, user_id) VALUES"
        " ('Ana', 'A', '10000001', 6), ('Beto', 'B', '10000002', 7);"
        "INSERT INTO patient_clinics VALUES (1, 1), (2, 1);"
        "INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, status)"
        " VALUES (1, 1, 1, 1, 1, now() - interval '10 minutes', now() + interval '20 minutes', 'in_progress'),"
        "        (1, 1, 1, 1, 1, now() - interval '30 days', now() - interval '30 days' + interval '30 minutes', 'finished'),"
        "        (2, 2, 1, 1, 1, now() + interval '1 day', now() + interval '1 day 30 minutes', 'registered'),"
        "        (1, 3, 2, 1, 2, now() + interval '2 days', now() + interval '2 days 30 minutes', 'registered')");
    db_ = std::make_unique<db::Database>(url_, 4);
    service_ = std::make_unique<records::RecordService>(*db_, std::chrono::hours(24));
  }
  void TearDown() override {
    service_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }

  records::NewEntry Diagnosis(const std::string& code, bool chronic = false) {
    records::NewEntry entry;
    entry.kind = EntryKind::kDiagnosis;
    entry.fields.code = code;
    entry.fields.chronic = chronic;
    return entry;
  }
  records::NewEntry Note(const std::string& text, bool is_private) {
    records::NewEntry entry;
    entry.kind = EntryKind::kNote;
    entry.fields.text = std::optional<std::string>(text);
    entry.fields.is_private = is_private;
    return entry;
  }
  records::NewEntry Treatment(const std::string& description, std::optional<std::int64_t> diagnosis_id = {}) {
    records::NewEntry entry;
    entry.kind = EntryKind::kTreatment;
    entry.fields.description = description;
    entry.fields.start_date = "2024-03-01";
    if (diagnosis_id) entry.fields.diagnosis_id = std::optional<std::int64_t>(*diagnosis_id);
    return entry;
  }
  records::Amendment Amend(const std::string& reason) {
    records::Amendment amendment;
    amendment.reason = reason;
    return amendment;
  }

  records::RecordEntry Added(const Principal& who, std::int64_t patient, const records::NewEntry& entry) {
    auto added = service_->Add(who, patient, entry);
    EXPECT_TRUE(added.has_value()) << (added ? "" : added.error().message + " " +
                                                    (added.error().fields.empty() ? "" : added.error().fields[0].field));
    return added.value();
  }

  std::vector<std::string> InvalidFields(const Result<records::RecordEntry>& result) {
    std::vector<std::string> fields;
    EXPECT_FALSE(result.has_value());
    if (result) return fields;
    EXPECT_EQ(result.error().kind, Error::Kind::kInvalid) << result.error().message;
    for (const auto& f : result.error().fields) fields.push_back(f.field);
    return fields;
  }

  records::TimelineRequest AllOf(int limit = 200) { return {PageRequest{limit, std::nullopt}, std::nullopt}; }

  long long Count(const std::string& sql) { return Sql(sql)[0][0].as<long long>(); }

  Principal doctor1_{1, "doc1", Role::kDoctor, "h1"};
  Principal doctor2_{2, "doc2", Role::kDoctor, "h2"};
  Principal doctor3_{3, "doc3", Role::kDoctor, "h3"};
  Principal secretary_{4, "sec", Role::kSecretary, "h4"};
  Principal admin_{5, "admin", Role::kAdmin, "h5"};
  Principal ana_{6, "ana", Role::kPatient, "h6"};
  Principal beto_{7, "beto", Role::kPatient, "h7"};
  static constexpr std::int64_t kAna = 1;
  static constexpr std::int64_t kBeto = 2;
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<records::RecordService> service_;
};

TEST_F(RecordServiceTest, OnlyTheDoctorsInChargeAndThePatientReadTheRecord) {
  Added(doctor1_, kAna, Diagnosis("E11.9", true));
  struct Row {
    const char* who;
    Principal caller;
    std::int64_t patient;
    std::optional<RecordAccess::Kind> access;  // nullopt: 404
  } rows[] = {
      {"doctor with a consultation", doctor1_, kAna, RecordAccess::Kind::kCare},
      {"doctor with a future turno only", doctor3_, kAna, RecordAccess::Kind::kCare},
      {"doctor without care", doctor2_, kAna, std::nullopt},
      {"secretary of the patient's clinic", secretary_, kAna, std::nullopt},
      {"admin", admin_, kAna, std::nullopt},
      {"the patient", ana_, kAna, RecordAccess::Kind::kOwn},
      {"another patient", beto_, kAna, std::nullopt},
      {"no such patient", doctor1_, 999, std::nullopt},
  };
  for (const auto& row : rows) {
    auto record = service_->Get(row.caller, row.patient, AllOf());
    if (!row.access) {
      ASSERT_FALSE(record.has_value()) << row.who;
      EXPECT_EQ(record.error().kind, Error::Kind::kNotFound) << row.who;
      EXPECT_EQ(record.error().message, "No such patient") << row.who << ": the same answer as for no patient";
      continue;
    }
    ASSERT_TRUE(record.has_value()) << row.who << ": " << record.error().message;
    EXPECT_EQ(record->access.kind, *row.access) << row.who;
    ASSERT_EQ(record->problems.size(), 1u) << row.who;
    EXPECT_EQ(std::get<records::Diagnosis>(record->problems[0].content).code, "E119") << row.who;
  }

  struct Writer {
    const char* who;
    Principal caller;
    Error::Kind expected;
  } writers[] = {
      {"doctor without care", doctor2_, Error::Kind::kNotFound},
      {"secretary", secretary_, Error::Kind::kForbidden},
      {"admin", admin_, Error::Kind::kForbidden},
      {"the patient", ana_, Error::Kind::kForbidden},
  };
  for (const auto& w : writers) {
    auto added = service_->Add(w.caller, kAna, Note("x", false));
    ASSERT_FALSE(added.has_value()) << w.who;
    EXPECT_EQ(added.error().kind, w.expected) << w.who;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries"), 1);
}

TEST_F(RecordServiceTest, EmergencyAccessOpensTheRecordForADayAndFlagsEverything) {
  Added(doctor1_, kAna, Note("Antecedentes", false));
  auto refused = service_->OpenEmergencyAccess(doctor2_, kAna, "  ");
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().fields.at(0).field, "reason");
  EXPECT_EQ(service_->OpenEmergencyAccess(secretary_, kAna, "urgencia").error().kind, Error::Kind::kForbidden);
  EXPECT_EQ(service_->OpenEmergencyAccess(doctor2_, 999, "urgencia").error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(service_->OpenEmergencyAccess(doctor1_, kAna, "urgencia").error().kind, Error::Kind::kConflict)
      << "already under care";

  auto access = service_->OpenEmergencyAccess(doctor2_, kAna, "Ingresa inconsciente a la guardia");
  ASSERT_TRUE(access.has_value()) << access.error().message;
  EXPECT_TRUE(access->active);
  EXPECT_EQ(Count("SELECT extract(epoch FROM expires_at - granted_at)::bigint FROM emergency_accesses WHERE id = " +
                  std::to_string(access->id)),
            24 * 3600);

  auto record = service_->Get(doctor2_, kAna, AllOf());
  ASSERT_TRUE(record.has_value()) << record.error().message;
  EXPECT_EQ(record->access.kind, RecordAccess::Kind::kEmergency);
  EXPECT_EQ(record->access.emergency_access_id, access->id);
  ASSERT_TRUE(service_->Add(doctor2_, kAna, Diagnosis("I10")).has_value());

  auto flagged = Sql("SELECT action FROM audit_events WHERE patient_id = 1 AND actor_user_id = 2 AND emergency "
                     "ORDER BY id");
  std::vector<std::string> actions;
  for (const auto& row : flagged) actions.push_back(row[0].as<std::string>());
  EXPECT_EQ(actions, (std::vector<std::string>{"record.emergency_access_granted", "record.viewed",
                                               "record.diagnosis_added"}));
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE actor_user_id = 1 AND emergency"), 0)
      << "the doctor in charge is never flagged";

  auto report = service_->EmergencyAccesses(admin_, {});
  ASSERT_TRUE(report.has_value());
  ASSERT_EQ(report->items.size(), 1u);
  EXPECT_EQ(report->items[0].reason, "Ingresa inconsciente a la guardia");
  EXPECT_EQ(report->items[0].doctor_name, "Dr. Dos");
  EXPECT_EQ(report->items[0].event_count, 2) << "one read and one write";
  EXPECT_EQ(service_->EmergencyAccesses(doctor2_, {}).error().kind, Error::Kind::kForbidden);

  // Once it has lapsed the record is closed again.
  Sql("ALTER TABLE emergency_accesses DISABLE TRIGGER emergency_accesses_append_only;"
      "UPDATE emergency_accesses SET granted_at = now() - interval '2 days', expires_at = now() - interval '1 day';"
      "ALTER TABLE emergency_accesses ENABLE TRIGGER emergency_accesses_append_only");
  EXPECT_EQ(service_->Get(doctor2_, kAna, AllOf()).error().kind, Error::Kind::kNotFound);
}

TEST_F(RecordServiceTest, TheAccessDurationIsConfigurable) {
  records::RecordService short_access(*db_, std::chrono::hours(2));
  auto access = short_access.OpenEmergencyAccess(doctor2_, kAna, "Derivación urgente");
  ASSERT_TRUE(access.has_value());
  EXPECT_EQ(Count("SELECT extract(epoch FROM expires_at - granted_at)::bigint FROM emergency_accesses"), 2 * 3600);
}

TEST_F(RecordServiceTest, TheDatabaseRefusesToChangeOrDeleteClinicalRows) {
  Added(doctor1_, kAna, Diagnosis("E11"));
  ASSERT_TRUE(service_->OpenEmergencyAccess(doctor2_, kAna, "Guardia").has_value());
  for (const char* sql : {"UPDATE record_entries SET status = 'resolved'", "DELETE FROM record_entries",
                          "TRUNCATE record_entries CASCADE", "UPDATE emergency_accesses SET reason = 'otra'",
                          "DELETE FROM emergency_accesses", "TRUNCATE emergency_accesses"}) {
    EXPECT_THROW(Sql(sql), pqxx::sql_error) << sql;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries WHERE status = 'active'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM emergency_accesses"), 1);
}

TEST_F(RecordServiceTest, AnAmendmentIsANewVersionAndCurrentViewsUseIt) {
  auto diabetes = Added(doctor1_, kAna, Diagnosis("E11", true));
  auto asthma = Added(doctor1_, kAna, Diagnosis("J45"));
  auto metformin = Added(doctor1_, kAna, Treatment("Metformina 850 mg", diabetes.id));
  EXPECT_EQ(std::get<records::Treatment>(metformin.content).diagnosis_id, diabetes.id);

  auto resolve = Amend("Remitió");
  resolve.fields.status = "resolved";
  auto resolved = service_->Amend(doctor1_, asthma.id, resolve);
  ASSERT_TRUE(resolved.has_value()) << resolved.error().message;
  EXPECT_EQ(resolved->amends_id, asthma.id);
  EXPECT_EQ(resolved->original_id, asthma.id);
  EXPECT_EQ(resolved->amendment_reason, "Remitió");

  auto end = Amend("Suspendido por intolerancia");
  end.fields.end_date = std::optional<std::string>("2024-04-01");
  ASSERT_TRUE(service_->Amend(doctor1_, metformin.id, end).has_value());

  auto record = service_->Get(doctor1_, kAna, AllOf()).value();
  ASSERT_EQ(record.problems.size(), 1u);
  EXPECT_EQ(record.problems[0].id, diabetes.id);
  EXPECT_TRUE(record.treatments.empty()) << "ended on 2024-04-01";
  std::vector<std::int64_t> order;
  for (const auto& e : record.timeline.items) order.push_back(e.id);
  // Newest entry first, each entry's versions together with the current one first.
  auto treatment_v2 = order[0];
  EXPECT_EQ(order, (std::vector<std::int64_t>{treatment_v2, metformin.id, resolved->id, asthma.id, diabetes.id}));
  EXPECT_EQ(record.timeline.items[1].superseded_by, treatment_v2);
  EXPECT_EQ(record.timeline.items[3].superseded_by, resolved->id);
  EXPECT_FALSE(record.timeline.items[0].superseded_by.has_value());

  auto again = service_->Amend(doctor1_, asthma.id, resolve);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().kind, Error::Kind::kConflict) << "only the current version may be amended";

  auto wrong = Amend("x");
  wrong.fields.is_private = true;
  EXPECT_EQ(InvalidFields(service_->Amend(doctor1_, diabetes.id, wrong)), std::vector<std::string>{"private"});
  EXPECT_EQ(InvalidFields(service_->Amend(doctor1_, diabetes.id, Amend("nada"))), std::vector<std::string>{"body"});
  auto no_reason = Amend("");
  no_reason.fields.chronic = false;
  EXPECT_EQ(InvalidFields(service_->Amend(doctor1_, diabetes.id, no_reason)), std::vector<std::string>{"reason"});
  EXPECT_EQ(service_->Amend(doctor2_, diabetes.id, resolve).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(service_->Amend(doctor1_, 999, resolve).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries"), 5);
}

TEST_F(RecordServiceTest, ConcurrentCorrectionsOfOneVersionLeaveOneChain) {
  auto diagnosis = Added(doctor1_, kAna, Diagnosis("E11"));
  db::Database pool(url_, 8);
  records::RecordService service(pool, std::chrono::hours(24));
  std::atomic<int> amended{0}, conflicts{0};
  std::vector<std::thread> doctors;
  for (int i = 0; i < 8; ++i) {
    doctors.emplace_back([&, i] {
      auto correction = Amend("Corrección " + std::to_string(i));
      correction.fields.chronic = i % 2 == 0;
      correction.place.clinic_id = 1;
      auto result = service.Amend(i % 2 ? doctor1_ : doctor3_, diagnosis.id, correction);
      if (result) ++amended;
      else if (result.error().kind == Error::Kind::kConflict) ++conflicts;
    });
  }
  for (auto& d : doctors) d.join();
  EXPECT_EQ(amended, 1);
  EXPECT_EQ(conflicts, 7);
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries WHERE amends_id = " + std::to_string(diagnosis.id)), 1);
}

TEST_F(RecordServiceTest, BadInputNamesTheFieldAndWritesNothing) {
  auto betos = Added(doctor2_, kBeto, Diagnosis("J45"));
  auto place = [](std::optional<std::int64_t> appointment, std::optional<std::int64_t> clinic) {
    return records::WritePlace{appointment, clinic};
  };
  struct Row {
    const char* what;
    Principal caller;
    records::NewEntry entry;
    const char* field;
  } rows[] = {
      {"a code not in the catalog", doctor1_, Diagnosis("U99.9"), "code"},
      {"a block", doctor1_, Diagnosis("E10-E14"), "code"},
      {"words for a code", doctor1_, Diagnosis("diabetes"), "code"},
      {"another patient's diagnosis", doctor1_, Treatment("Salbutamol", betos.id), "diagnosis_id"},
      {"no such diagnosis", doctor1_, Treatment("Salbutamol", 999), "diagnosis_id"},
      {"another doctor's appointment", doctor3_, [&] { auto e = Note("n", false); e.place = place(1, {}); return e; }(),
       "appointment_id"},
      {"a finished appointment", doctor1_, [&] { auto e = Note("n", false); e.place = place(2, {}); return e; }(),
       "appointment_id"},
      {"an appointment with another patient", doctor2_,
       [&] { auto e = Note("n", false); e.place = place(3, {}); return e; }(), "appointment_id"},
      {"a clinic that is not the doctor's", doctor1_,
       [&] { auto e = Note("n", false); e.place = place({}, 2); return e; }(), "clinic_id"},
      {"no clinic for a doctor of two", doctor3_, Note("n", false), "clinic_id"},
  };
  for (const auto& row : rows) {
    auto patient = row.caller.user_id == 2 ? kBeto : kAna;
    auto fields = InvalidFields(service_->Add(row.caller, patient, row.entry));
    EXPECT_EQ(fields, std::vector<std::string>{row.field}) << row.what;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM record_entries"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE action LIKE 'record.%_added'"), 1);

  // The consultation in progress sets the clinic; a doctor of two clinics names one.
  auto during = Note("Durante la consulta", false);
  during.place = place(1, std::nullopt);
  auto written = Added(doctor1_, kAna, during);
  EXPECT_EQ(written.appointment_id, 1);
  EXPECT_EQ(written.clinic_id, 1);
  auto at_norte = Note("Desde Norte", false);
  at_norte.place = place(std::nullopt, 2);
  EXPECT_EQ(Added(doctor3_, kAna, at_norte).clinic_id, 2);
}

TEST_F(RecordServiceTest, ThePatientsSummaryLeavesOutPrivateNotes) {
  Added(doctor1_, kAna, Note("Se explicó el plan de controles", false));
  Added(doctor1_, kAna, Note("Sospecha de violencia doméstica", true));
  auto later_private = Added(doctor1_, kAna, Note("Primera versión", false));
  auto hide = Amend("Debe ser privada");
  hide.fields.is_private = true;
  ASSERT_TRUE(service_->Amend(doctor1_, later_private.id, hide).has_value());

  auto texts = [&](const Principal& who) {
    std::set<std::string> seen;
    auto record = service_->Get(who, kAna, AllOf()).value();
    for (const auto& e : record.timeline.items) {
      seen.insert(std::get<records::Note>(e.content).text);
    }
    return seen;
  };
  EXPECT_EQ(texts(ana_), std::set<std::string>{"Se explicó el plan de controles"});
  EXPECT_EQ(texts(doctor1_).size(), 3u);
}

TEST_F(RecordServiceTest, TheTimelinePagesThroughYearsOfEntries) {
  Sql("INSERT INTO record_entries (patient_id, kind, author_user_id, doctor_id, clinic_id, text, private, created_at)"
      " SELECT 1, 'note', 1, 1, 1, 'nota ' || n, false, now() - n * interval '3 days' FROM generate_series(1, 500) n");
  std::set<std::int64_t> seen;
  std::optional<std::int64_t> cursor;
  int pages = 0;
  std::int64_t previous = std::numeric_limits<std::int64_t>::max();
  do {
    auto record = service_->Get(doctor1_, kAna, {PageRequest{50, cursor}, std::nullopt});
    ASSERT_TRUE(record.has_value());
    for (const auto& e : record->timeline.items) {
      EXPECT_LT(e.original_id, previous);
      previous = e.original_id;
      seen.insert(e.id);
    }
    cursor = record->timeline.next_cursor ? DecodeCursor(*record->timeline.next_cursor) : std::nullopt;
    ++pages;
  } while (cursor && pages < 20);
  EXPECT_EQ(seen.size(), 500u);
  EXPECT_EQ(pages, 10);
  auto notes = service_->Get(doctor1_, kAna, {PageRequest{50, std::nullopt}, EntryKind::kDiagnosis});
  EXPECT_TRUE(notes->timeline.items.empty()) << "filtered by kind";
}

TEST_F(RecordServiceTest, EveryReadAndWriteIsAuditedAndTamperingIsNamed) {
  auto diagnosis = Added(doctor1_, kAna, Diagnosis("E11", true));
  Added(doctor1_, kAna, Note("Texto clínico que no va al audit", true));
  auto resolve = Amend("Error de carga");
  resolve.fields.status = "resolved";
  ASSERT_TRUE(service_->Amend(doctor1_, diagnosis.id, resolve).has_value());
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(service_->Get(i % 2 ? doctor1_ : ana_, kAna, AllOf()).has_value());
  ASSERT_TRUE(service_->OpenEmergencyAccess(doctor2_, kAna, "Guardia").has_value());
  ASSERT_TRUE(service_->Get(doctor2_, kAna, AllOf()).has_value());
  EXPECT_FALSE(service_->Get(secretary_, kAna, AllOf()).has_value());

  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE patient_id = 1 AND action LIKE 'record.%'"), 25);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE patient_id IS DISTINCT FROM 1"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_events WHERE details::text ~ '(Texto|E11|Error de carga|Guardia)'"), 0)
      << "no clinical text, code or reason in the details";

  auto access_log = service_->AccessLog(ana_, kAna, PageRequest{});
  ASSERT_TRUE(access_log.has_value());
  EXPECT_EQ(access_log->items.size(), 25u);
  EXPECT_EQ(access_log->items.front().name, "Dr. Dos");
  EXPECT_TRUE(access_log->items.front().emergency);
  EXPECT_EQ(access_log->items.front().role, "doctor");
  EXPECT_TRUE(service_->AccessLog(admin_, kAna, PageRequest{}).has_value());
  for (const auto& who : {doctor1_, secretary_, beto_}) {
    EXPECT_EQ(service_->AccessLog(who, kAna, PageRequest{}).error().kind, Error::Kind::kNotFound) << who.username;
  }

  auto intact = audit::VerifyAuditChain(url_);
  EXPECT_FALSE(intact.first_bad_id.has_value()) << intact.problem;
  EXPECT_EQ(intact.rows_checked, 25);

  // Someone with database access hides that Dr. Dos read the record.
  auto target = Count("SELECT id FROM audit_events WHERE actor_user_id = 2 AND action = 'record.viewed'");
  Sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;"
      "UPDATE audit_events SET actor_user_id = 1, actor_username = 'doc1', emergency = false WHERE id = " +
      std::to_string(target) +
      ";"
      "ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
  auto broken = audit::VerifyAuditChain(url_);
  ASSERT_TRUE(broken.first_bad_id.has_value());
  EXPECT_EQ(*broken.first_bad_id, target);
  // The admins' check over the API runs the same walk on a pooled connection.
  audit::AuditService audit(*db_);
  auto checked = audit.Verify(admin_);
  ASSERT_TRUE(checked.has_value()) << checked.error().message;
  EXPECT_EQ(checked->first_bad_id, target);
  EXPECT_EQ(audit.Verify(doctor1_).error().kind, Error::Kind::kForbidden);
}

TEST_F(RecordServiceTest, TheCatalogLoadsOnceAndFindsCodesAndWords) {
  EXPECT_EQ(icd10::EnsureCatalog(url_), 0u) << "loaded already";
  EXPECT_EQ(Count("SELECT count(*) FROM icd10_codes"), 14498);
  icd10::Icd10Service search(*db_);
  auto codes = [&](const std::string& q, int limit = 20) {
    std::vector<std::string> found;
    auto page = search.Search(ana_, q, PageRequest{limit, std::nullopt});
    EXPECT_TRUE(page.has_value()) << q;
    for (const auto& c : page->items) found.push_back(c.code);
    return found;
  };
  auto e11 = codes("E11");
  ASSERT_EQ(e11.size(), 11u);
  EXPECT_EQ(e11.front(), "E11");
  EXPECT_EQ(e11[1], "E110");
  EXPECT_EQ(codes("E11.9").front(), "E119");
  EXPECT_EQ(codes("e119").front(), "E119");
  auto diabetes = codes("diabetes insulino", 5);
  EXPECT_EQ(std::vector<std::string>(diabetes.begin(), diabetes.begin() + 2), (std::vector<std::string>{"E10", "E11"}))
      << "categories first, the shorter title first";
  EXPECT_EQ(codes("HIPERTENSION esencial").front(), "I10") << "accent- and case-insensitive";
  EXPECT_EQ(codes("asma").front(), "J45") << "a whole word before a word inside another (quiasma)";
  for (const auto& code : codes("E1", 50)) EXPECT_EQ(code.find('-'), std::string::npos) << code;
  EXPECT_TRUE(codes("zzzzqqq").empty());

  auto first = search.Search(ana_, "diabetes", PageRequest{10, std::nullopt}).value();
  ASSERT_TRUE(first.next_cursor.has_value());
  auto second = search.Search(ana_, "diabetes", PageRequest{10, DecodeCursor(*first.next_cursor)}).value();
  EXPECT_NE(first.items.back().code, second.items.front().code);
}

}  // namespace
}  // namespace healthpulse
