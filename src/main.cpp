// healthpulse: one binary, several subcommands (DESIGN.md §1).
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "app/seed/network.h"
#include "config/config.h"

int main(int argc, char** argv) {
  CLI::App cli{"HealthPulse: appointments and clinical records for a network of clinics"};
  cli.require_subcommand(1);
  auto* serve = cli.add_subcommand("serve", "Serve the web app and the API");
  auto* worker = cli.add_subcommand("worker", "Run the background loops (SMS scheduler and sender) without HTTP");
  bool scheduler_pass_only = false;
  worker->add_flag("--scheduler-pass", scheduler_pass_only,
                   "Run one SMS scheduler pass, print what it wrote and how long it took, and exit (bench/)");
  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations");
  auto* seed = cli.add_subcommand("seed", "Load the demo data set into an empty database");
  healthpulse::app::seed::SeedOptions seed_options;
  seed->add_option("--patients", seed_options.patients, "Number of patients, the demo paciente included")
      ->capture_default_str();
  seed->add_option("--appointment-days-back", seed_options.appointment_days_back,
                   "Days of past appointments before today")
      ->capture_default_str();
  seed->add_option("--appointment-days-ahead", seed_options.appointment_days_ahead,
                   "Days of upcoming appointments after today")
      ->capture_default_str();
  seed->add_option("--event-days-back", seed_options.event_days_back,
                   "Days before today from which appointments get their event history")
      ->capture_default_str();
  auto* user = cli.add_subcommand("user", "Manage users from the command line");
  user->require_subcommand(1);
  auto* user_create = user->add_subcommand("create", "Create a user (password from HEALTHPULSE_NEW_PASSWORD or stdin)");
  std::string username, full_name, role = "admin";
  user_create->add_option("--username", username, "Username")->required();
  user_create->add_option("--full-name", full_name, "Full name")->required();
  user_create->add_option("--role", role, "admin, secretary, doctor or patient")->capture_default_str();
  auto* audit = cli.add_subcommand("audit", "Audit log tools");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Verify the audit log's hash chain");
  auto* reports = cli.add_subcommand("reports", "Report tools");
  reports->require_subcommand(1);
  auto* reports_rebuild = reports->add_subcommand("rebuild", "Recompute the report rollups from scratch");
  CLI11_PARSE(cli, argc, argv);

  try {
    auto config = healthpulse::Config::FromEnvironment();
    spdlog::set_pattern("%v");
    spdlog::set_level(spdlog::level::from_str(config.log_level));
    if (config.database_url.empty()) {
      std::cerr << "healthpulse: set HEALTHPULSE_DATABASE_URL (make run sets it for the private database)\n";
      return 2;
    }
    if (*serve) return healthpulse::app::Serve(config);
    if (*worker) return scheduler_pass_only ? healthpulse::app::SchedulerPass(config) : healthpulse::app::Worker(config);
    if (*migrate) return healthpulse::app::Migrate(config);
    if (*seed) return healthpulse::app::Seed(config, seed_options);
    if (*user_create) return healthpulse::app::CreateUser(config, username, full_name, role);
    if (*audit_verify) return healthpulse::app::VerifyAudit(config);
    if (*reports_rebuild) return healthpulse::app::RebuildReports(config);
  } catch (const std::exception& e) {
    std::cerr << "healthpulse: " << e.what() << "\n";
    return 1;
  }
  return 2;
}
