#include "app/commands.h"

#include <csignal>
#include <cstdlib>
#include <iostream>

#include <pthread.h>

#include <spdlog/spdlog.h>

#include "app/application.h"
#include "app/demo_data.h"
#include "app/sms_worker.h"
#include "db/migrator.h"
#include "http/server.h"
#include "modules/audit/chain_verifier.h"
#include "modules/icd10/icd10_service.h"
#include "modules/reports/report_service.h"
#include "modules/users/user_service.h"

namespace healthpulse::app {

int Serve(const Config& config) {
  if (auto schema = db::CheckSchemaVersion(config.database_url); !schema) {
    std::cerr << "healthpulse: " << schema.error().message << "\n";
    return 1;
  }
  Application application(config);
  http::Server server(config, application.router(), application.metrics());
  application.loops().StartAll();
  spdlog::info("HealthPulse listening on http://{}:{} (SMS worker {})", config.listen_address, server.port(),
               WorkerInline(config.worker_mode) ? "inline" : "off");
  server.Run();
  application.loops().StopAll();
  return 0;
}

int Worker(const Config& config) {
  if (auto schema = db::CheckSchemaVersion(config.database_url); !schema) {
    std::cerr << "healthpulse: " << schema.error().message << "\n";
    return 1;
  }
  // Blocked before any thread starts, so every thread inherits the mask and only
  // sigwait below sees SIGINT/SIGTERM.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  SmsWorker worker(config);
  BackgroundLoops loops;
  worker.AddLoopsTo(loops);
  loops.StartAll();
  spdlog::info("HealthPulse worker running (SMS provider {}, every {} s)", worker.ProviderName(),
               config.worker_poll.count());
  int signal = 0;
  sigwait(&stop_signals, &signal);
  spdlog::info("HealthPulse worker stopping (a message being sent finishes first)");
  loops.StopAll();
  return 0;
}

int SchedulerPass(const Config& config) {
  db::Database db(config.database_url, 1);
  SystemClock clock;
  sms::SmsScheduler scheduler(db, clock, {config.reminder_hours_before, config.follow_up_grace_days, 500});
  auto started = std::chrono::steady_clock::now();
  auto r = scheduler.RunPass();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::cout << "scheduler pass: " << r.plans_seen << " due plans, " << r.follow_up_alerts << " alerts, "
            << r.visits_booked << " with a visit booked, " << r.without_consent << " without consent, " << r.reminders
            << " reminders in " << ms << " ms\n";
  return 0;
}

int Migrate(const Config& config) {
  auto applied = db::Migrate(config.database_url);
  if (applied.empty()) std::cout << "The database schema is up to date.\n";
  for (const auto& name : applied) std::cout << "applied " << name << "\n";
  // Reference data every database needs, not only demo ones.
  if (auto loaded = icd10::EnsureCatalog(config.database_url); loaded > 0) {
    std::cout << "loaded the CIE-10 catalog (" << loaded << " codes)\n";
  }
  return 0;
}

int CreateUser(const Config& config, const std::string& username, const std::string& full_name,
               const std::string& role) {
  std::string password;
  if (const char* from_env = std::getenv("HEALTHPULSE_NEW_PASSWORD")) {
    password = from_env;
  } else {
    std::cerr << "Password for " << username << ": ";
    std::getline(std::cin, password);
  }
  auto parsed_role = ParseRole(role);
  if (!parsed_role) {
    std::cerr << "healthpulse: role must be one of admin, secretary, doctor, patient\n";
    return 2;
  }
  db::Database db(config.database_url, 1);
  auth::SessionCache no_sessions(1, std::chrono::seconds(0));  // this command serves no requests
  users::UserService service(db, no_sessions);
  users::NewUser user;
  user.username = username;
  user.password = password;
  user.full_name = full_name;
  user.role = *parsed_role;
  auto created = service.Create(SystemPrincipal("cli:user-create"), user);
  if (!created) {
    std::cerr << "healthpulse: " << created.error().message << "\n";
    for (const auto& f : created.error().fields) std::cerr << "  " << f.field << ": " << f.message << "\n";
    return 1;
  }
  std::cout << "created user " << created->username << " (id " << created->id << ", " << role << ")\n";
  return 0;
}

int VerifyAudit(const Config& config) {
  auto report = audit::VerifyAuditChain(config.database_url);
  if (report.first_bad_id) {
    std::cout << "audit chain BROKEN at row " << *report.first_bad_id << ": " << report.problem << " ("
              << report.rows_checked << " rows checked)\n";
    return 1;
  }
  std::cout << "audit chain intact: " << report.rows_checked << " rows verified\n";
  return 0;
}

int RebuildReports(const Config& config) {
  db::Database db(config.database_url, 1);
  auto rebuilt = reports::ReportService(db).Rebuild();
  if (!rebuilt) {
    std::cerr << "healthpulse: " << rebuilt.error().message << "\n";
    return 1;
  }
  std::cout << "report rollups rebuilt\n";
  return 0;
}

int Seed(const Config& config, const seed::SeedOptions& options) {
  return LoadDemoData(config.database_url, std::cout, options) ? 0 : 1;
}

}  // namespace healthpulse::app
