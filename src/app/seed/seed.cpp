#include "app/seed/seed.h"

#include <pqxx/pqxx>

#include "app/demo_data.h"
#include "app/seed/bulk_load.h"
#include "app/seed/copy_network.h"
#include "app/seed/copy_records.h"
#include "app/seed/progress.h"
#include "db/database.h"
#include "modules/auth/password.h"
#include "modules/icd10/icd10_service.h"

namespace healthpulse::app::seed {
namespace {

// EXCLUSIVE mode lets readers in but blocks every writer (and another seed) until
// commit, which also keeps the reserved id blocks ours.
constexpr const char* kLockSeededTables =
    "LOCK TABLE users, clinics, clinic_hours, floors, rooms, nomenclators, practices, practice_clinics, "
    "user_clinics, doctors, doctor_schedule_blocks, patients, patient_clinics, appointments, appointment_events, "
    "record_entries IN EXCLUSIVE MODE";

}  // namespace

SeedOutcome SeedDemoNetwork(const std::string& url, std::ostream& progress, const SeedOptions& options) {
  Progress report(progress);
  // The records' diagnoses refer to the CIE-10 catalog. `healthpulse migrate` loads it;
  // a database migrated otherwise (as the tests' are) gets it here, once.
  icd10::EnsureCatalog(url);
  pqxx::connection connection(url);
  pqxx::work txn(connection);
  txn.exec0(kLockSeededTables);
  if (txn.exec1("SELECT EXISTS (SELECT FROM users)")[0].as<bool>()) return SeedOutcome::kUsersExist;

  DemoNetwork network;
  GenerateDirectory(network);
  GenerateStaff(network, options);
  GeneratePatients(network, options);
  GenerateAppointments(network, options);
  GenerateRecords(network);
  progress << "generated the demo network (" << report.Seconds() << " s)" << std::endl;

  // One Argon2id hash for every account: hashing hundreds would take minutes, and these
  // are demo accounts that all share the published demo password anyway.
  const auto password_hash = auth::HashPassword(kDemoPassword);
  // Row-by-row rollup triggers would cost more than the copy; one rebuild after it
  // computes the same rows (migrations 0008, 0011).
  txn.exec0(
      "ALTER TABLE appointments DISABLE TRIGGER appointments_report_rollups;"
      "ALTER TABLE appointments DISABLE TRIGGER appointments_report_visits;"
      "ALTER TABLE appointment_events DISABLE TRIGGER appointment_events_report_rollups;"
      "ALTER TABLE record_entries DISABLE TRIGGER record_entries_report_diagnoses");
  CopyDemoNetwork(txn, network, password_hash, report);
  // Row-by-row foreign-key checks would take most of the records' load.
  LoadWithoutSecondaryStructures(txn, {"record_entries"}, [&] { CopyRecords(txn, network, report); });
  report.Report("record indexes and constraints", 1, 1);
  txn.exec0(
      "ALTER TABLE appointments ENABLE TRIGGER appointments_report_rollups;"
      "ALTER TABLE appointments ENABLE TRIGGER appointments_report_visits;"
      "ALTER TABLE appointment_events ENABLE TRIGGER appointment_events_report_rollups;"
      "ALTER TABLE record_entries ENABLE TRIGGER record_entries_report_diagnoses");
  txn.exec("SELECT rebuild_report_rollups()");
  report.Report("report rollups", 1, 1);
  txn.exec(std::string(db::QueryText("insert_seed_follow_up_plans")));
  report.Report("follow-up plans", 1, 1);
  txn.commit();
  progress << "committed (" << report.Seconds() << " s)" << std::endl;

  // Fresh statistics, so the first queries on the new data get good plans.
  pqxx::nontransaction(connection)
      .exec0(
          "ANALYZE users, clinics, floors, rooms, practices, practice_clinics, user_clinics, doctors, "
          "doctor_schedule_blocks, patients, patient_clinics, appointments, appointment_events, record_entries, "
          "report_daily_rollups, report_hourly_rollups, report_monthly_rollups, report_hourly_monthly, "
          "report_patient_visits, report_patient_conditions, "
          "report_diagnosis_daily, report_diagnosis_monthly");
  progress << "analyzed (" << report.Seconds() << " s)" << std::endl;
  return SeedOutcome::kSeeded;
}

}  // namespace healthpulse::app::seed
