#include "app/seed/seed.h"

#include <pqxx/pqxx>

#include "app/demo_data.h"
#include "app/seed/copy_network.h"
#include "app/seed/progress.h"
#include "modules/auth/password.h"

namespace healthpulse::app::seed {
namespace {

// EXCLUSIVE mode lets readers in but blocks every writer (and another seed) until
// commit, which also keeps the reserved id blocks ours.
constexpr const char* kLockSeededTables =
    "LOCK TABLE users, clinics, clinic_hours, floors, rooms, nomenclators, practices, practice_clinics, "
    "user_clinics, doctors, doctor_schedule_blocks, patients, patient_clinics, appointments, appointment_events IN EXCLUSIVE MODE";

}  // namespace

SeedOutcome SeedDemoNetwork(const std::string& url, std::ostream& progress, const SeedOptions& options) {
  Progress report(progress);
  pqxx::connection connection(url);
  pqxx::work txn(connection);
  txn.exec0(kLockSeededTables);
  if (txn.exec1("SELECT EXISTS (SELECT FROM users)")[0].as<bool>()) return SeedOutcome::kUsersExist;

  DemoNetwork network;
  GenerateDirectory(network);
  GenerateStaff(network, options);
  GeneratePatients(network, options);
  GenerateAppointments(network, options);
  progress << "generated the demo network (" << report.Seconds() << " s)" << std::endl;

  // One Argon2id hash for every account: hashing hundreds would take minutes, and these
  // are demo accounts that all share the published demo password anyway.
  const auto password_hash = auth::HashPassword(kDemoPassword);
  CopyDemoNetwork(txn, network, password_hash, report);
  txn.commit();
  progress << "committed (" << report.Seconds() << " s)" << std::endl;

  // Fresh statistics, so the first queries on the new data get good plans.
  pqxx::nontransaction(connection)
      .exec0(
          "ANALYZE users, clinics, floors, rooms, practices, practice_clinics, user_clinics, doctors, "
          "doctor_schedule_blocks, patients, patient_clinics, appointments, appointment_events");
  progress << "analyzed (" << report.Seconds() << " s)" << std::endl;
  return SeedOutcome::kSeeded;
}

}  // namespace healthpulse::app::seed
