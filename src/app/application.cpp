#include "app/application.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/ops_routes.h"
#include "modules/appointments/appointment_handlers.h"
#include "modules/audit/audit_handlers.h"
#include "modules/auth/auth_handlers.h"
#include "modules/clinics/clinic_handlers.h"
#include "modules/doctors/doctor_handlers.h"
#include "modules/followup/followup_handlers.h"
#include "modules/icd10/icd10_handlers.h"
#include "modules/patients/patient_handlers.h"
#include "modules/practices/practice_handlers.h"
#include "modules/records/record_handlers.h"
#include "modules/reports/report_handlers.h"
#include "modules/sms/inbox_handlers.h"
#include "modules/sms/sms_admin_handlers.h"
#include "modules/sms/sms_handlers.h"
#include "modules/sms/webhook_handlers.h"
#include "modules/users/user_handlers.h"

namespace healthpulse::app {

void RegisterApiRoutes(http::Router& router, const Services& s) {
  auth::RegisterAuthRoutes(router, s.auth, s.users);
  users::RegisterUserRoutes(router, s.users);
  audit::RegisterAuditRoutes(router, s.audit);
  clinics::RegisterClinicRoutes(router, s.clinics);
  practices::RegisterPracticeRoutes(router, s.practices);
  doctors::RegisterDoctorRoutes(router, s.doctors);
  patients::RegisterPatientRoutes(router, s.patients);
  appointments::RegisterAppointmentRoutes(router, s.appointments, s.hub);
  records::RegisterRecordRoutes(router, s.records);
  icd10::RegisterIcd10Routes(router, s.icd10);
  reports::RegisterReportRoutes(router, s.reports);
  followup::RegisterFollowUpRoutes(router, s.followup);
  sms::RegisterSmsAdminRoutes(router, s.sms_admin);
  sms::RegisterWebhookRoutes(router, s.sms_webhooks);
  sms::RegisterInboxRoutes(router, s.sms_inbox);
  sms::RegisterSmsRoutes(router, s.sms);
}

Application::Application(const Config& config)
    : config_(config),
      db_(config.database_url, config.db_pool_size,
          {config.db_statement_timeout, config.db_pool_wait, config.db_idle_in_transaction}),
      readiness_(config.database_url, std::chrono::milliseconds(1500)),
      sessions_(10000, std::chrono::seconds(30)),
      web_(config.web_root),
      auth_(db_, config_, sessions_),
      users_(db_, sessions_),
      audit_(db_),
      clinics_(db_),
      practices_(db_),
      doctors_(db_),
      patients_(db_),
      publisher_(config.database_url),
      appointments_(db_, config.patient_cancel_window,
                    [this](const appointments::AppointmentChange& change) {
                      publisher_.Publish(appointments::ToEventJson(change));
                    }),
      records_(db_, config.emergency_access),
      icd10_(db_),
      reports_(db_, nullptr, config.report_cache),
      followup_(db_),
      sms_admin_(db_),
      sms_webhooks_(db_, appointments_),
      sms_inbox_(db_),
      hub_(config.max_streams_per_user),
      listener_(config.database_url,
                {{live::kClinicEventsChannel,
                  [this](const std::string& payload) {
                    for (const auto& event : live::ParseClinicEvents(payload)) hub_.Publish(event);
                  }},
                 {live::kSessionsChannel, [this](const std::string& payload) { sessions_.Apply(payload); }}}),
      idempotency_(db_),
      sms_(db_),
      router_([this](std::string_view token) { return auth_.Authenticate(token); }) {
  router_.SetIdempotencyStore(&idempotency_);
  router_.SetTwilioSignatureCheck(sms::TwilioSignatureCheck(config.twilio_auth_token, config.public_url));
  RegisterApiRoutes(router_, {auth_, users_, audit_, clinics_, practices_, doctors_, patients_, appointments_, hub_,
                              records_, icd10_, reports_, followup_, sms_admin_, sms_webhooks_, sms_inbox_, sms_});
  RegisterOpsRoutes(router_, [this] { return readiness_.Ready(); }, metrics_, config.metrics_token, web_);
  metrics_.SetGaugeSource([this] {
    auto stats = db_.Stats();
    return fmt::format(
        "# HELP healthpulse_db_pool_connections Database pool connections.\n"
        "# TYPE healthpulse_db_pool_connections gauge\n"
        "healthpulse_db_pool_connections{{state=\"in_use\"}} {}\n"
        "healthpulse_db_pool_connections{{state=\"idle\"}} {}\n"
        "# HELP healthpulse_db_pool_waits_total Acquisitions that waited for a free connection.\n"
        "# TYPE healthpulse_db_pool_waits_total counter\n"
        "healthpulse_db_pool_waits_total {}\n"
        "# HELP healthpulse_live_streams Open live event streams on this server.\n"
        "# TYPE healthpulse_live_streams gauge\n"
        "healthpulse_live_streams {}\n",
        stats.in_use, stats.size - stats.in_use, stats.waits, hub_.Subscribers()) + sms_.MetricsText();
  });
  loops_.Add(publisher_);
  loops_.Add(listener_);
  // The report rollups' pending deltas (migration 0019), folded into their tables; the
  // reports read what is still pending too, so this is upkeep, not freshness.
  loops_.Add(std::make_unique<PeriodicLoop>("report fold", std::chrono::seconds(30),
                                            [this](const std::function<bool()>&) {
                                              if (auto folded = reports_.FoldPending(); !folded) {
                                                spdlog::warn("report fold: {}", folded.error().message);
                                              }
                                            }));
  if (WorkerInline(config.worker_mode)) {
    sms_worker_ = std::make_unique<SmsWorker>(config);
    sms_worker_->AddLoopsTo(loops_);
  }
}

}  // namespace healthpulse::app
