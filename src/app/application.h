#pragma once

#include <memory>

#include "app/background_loops.h"
#include "app/sms_worker.h"
#include "config/config.h"
#include "db/database.h"
#include "db/readiness_probe.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/static_files.h"
#include "live/event_hub.h"
#include "live/event_publisher.h"
#include "live/notification_listener.h"
#include "modules/appointments/appointment_service.h"
#include "modules/audit/audit_service.h"
#include "modules/auth/auth_service.h"
#include "modules/clinics/clinic_service.h"
#include "modules/doctors/doctor_service.h"
#include "modules/followup/followup_service.h"
#include "modules/icd10/icd10_service.h"
#include "modules/idempotency/idempotency_store.h"
#include "modules/patients/patient_service.h"
#include "modules/practices/practice_service.h"
#include "modules/records/record_service.h"
#include "modules/reports/report_service.h"
#include "modules/sms/inbox_service.h"
#include "modules/sms/sms_admin_service.h"
#include "modules/sms/sms_service.h"
#include "modules/sms/webhook_service.h"
#include "modules/users/user_service.h"

namespace healthpulse::app {

// Everything `serve` runs, wired together: the pool, the services over it, and the
// router with every route registered. Non-copyable (routes hold references into it).
class Application {
 public:
  explicit Application(const Config& config);
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  const http::Router& router() const { return router_; }
  http::Metrics& metrics() { return metrics_; }
  // The live publisher and listener, and the SMS loops unless HEALTHPULSE_WORKER=off:
  // `serve` starts them before it listens and stops them after it has drained.
  BackgroundLoops& loops() { return loops_; }

 private:
  const Config& config_;
  db::Database db_;
  db::ReadinessProbe readiness_;  // /readyz: its own connection and timeout, never the pool
  auth::SessionCache sessions_;
  http::Metrics metrics_;
  http::StaticFiles web_;
  auth::AuthService auth_;
  users::UserService users_;
  audit::AuditService audit_;
  clinics::ClinicService clinics_;
  practices::PracticeService practices_;
  doctors::DoctorService doctors_;
  patients::PatientService patients_;
  live::EventPublisher publisher_;  // before the services that publish through it
  appointments::AppointmentService appointments_;
  records::RecordService records_;
  icd10::Icd10Service icd10_;
  reports::ReportService reports_;
  followup::FollowUpService followup_;
  sms::SmsAdminService sms_admin_;
  sms::WebhookService sms_webhooks_;
  sms::InboxService sms_inbox_;
  live::EventHub hub_;
  live::NotificationListener listener_;
  idempotency::PostgresIdempotencyStore idempotency_;
  sms::SmsService sms_;
  http::Router router_;
  std::unique_ptr<SmsWorker> sms_worker_;  // HEALTHPULSE_WORKER=inline
  BackgroundLoops loops_;                  // last: stopped first, before what its loops use
};

// The services behind the API, for registering routes.
struct Services {
  auth::AuthService& auth;
  users::UserService& users;
  audit::AuditService& audit;
  clinics::ClinicService& clinics;
  practices::PracticeService& practices;
  doctors::DoctorService& doctors;
  patients::PatientService& patients;
  appointments::AppointmentService& appointments;
  live::EventHub& hub;
  records::RecordService& records;
  icd10::Icd10Service& icd10;
  reports::ReportService& reports;
  followup::FollowUpService& followup;
  sms::SmsAdminService& sms_admin;
  sms::WebhookService& sms_webhooks;
  sms::InboxService& sms_inbox;
  sms::SmsService& sms;
};

// Registers every route of the API against the given services; used by Application
// and by the route-table tests (which pass services over no database).
void RegisterApiRoutes(http::Router& router, const Services& services);

}  // namespace healthpulse::app
