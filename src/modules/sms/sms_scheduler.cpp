#include "modules/sms/sms_scheduler.h"

#include <spdlog/spdlog.h>

#include "modules/sms/outbox_repository.h"
#include "modules/sms/schedule_rules.h"
#include "modules/sms/sms_template.h"

namespace healthpulse::sms {

SchedulerReport SmsScheduler::RunPass(const std::function<bool()>& stopping) {
  SchedulerReport report;
  auto now = clock_.Now();
  while (!stopping()) {
    auto batch = db::TransactValue<int>(db_, [&](db::Tx& tx) -> Result<int> {
      OutboxRepository outbox(tx);
      auto plans = outbox.LockDuePlans(now, options_.follow_up_grace_days, options_.batch_size);
      if (plans.empty()) return 0;
      auto body = outbox.TemplateBody("follow_up");
      std::vector<NewAlert> alerts;
      std::vector<std::pair<std::int64_t, std::string>> advanced;
      int booked = 0, no_consent = 0;
      for (const auto& p : plans) {
        advanced.emplace_back(p.plan_id, p.local_today);
        switch (DecidePlanAlert(p.sms_consent, p.phone, p.visit_booked)) {
          case PlanAlert::kNoConsent: ++no_consent; continue;
          case PlanAlert::kVisitBooked: ++booked; continue;
          case PlanAlert::kSend: break;
        }
        TemplateValues values;
        values.first_name = p.first_name;
        values.clinic = p.clinic_name;
        values.clinic_phone = p.clinic_phone;
        values.date = DisplayDate(p.due_on);
        NewAlert a;
        a.plan_id = p.plan_id;
        a.plan_due_on = p.due_on;
        a.patient_id = p.patient_id;
        a.clinic_id = p.clinic_id;
        a.to = p.phone;
        a.body = RenderTemplate(body, values);
        a.due_at = p.due_at;
        alerts.push_back(std::move(a));
      }
      int written = static_cast<int>(outbox.InsertFollowUpAlerts(alerts).size());
      outbox.AdvancePlans(advanced);
      report.plans_seen += static_cast<int>(plans.size());
      report.follow_up_alerts += written;
      report.visits_booked += booked;
      report.without_consent += no_consent;
      return static_cast<int>(plans.size());
    });
    if (!batch) {
      spdlog::warn("sms scheduler: follow-up batch failed ({})", batch.error().message);
      return report;
    }
    if (*batch < options_.batch_size) break;
  }
  while (!stopping()) {
    auto batch = db::TransactValue<int>(db_, [&](db::Tx& tx) -> Result<int> {
      OutboxRepository outbox(tx);
      auto due = outbox.DueReminders(now, options_.reminder_hours_before, options_.batch_size);
      if (due.empty()) return 0;
      auto body = outbox.TemplateBody("appointment_reminder");
      std::vector<NewAlert> reminders;
      for (const auto& d : due) {
        TemplateValues values;
        values.first_name = d.first_name;
        values.clinic = d.clinic_name;
        values.clinic_phone = d.clinic_phone;
        values.date = d.local_date;
        values.time = d.local_time;
        values.doctor = d.doctor_name;
        NewAlert a;
        a.appointment_id = d.appointment_id;
        a.patient_id = d.patient_id;
        a.clinic_id = d.clinic_id;
        a.to = d.phone;
        a.body = RenderTemplate(body, values);
        a.due_at = d.due_at;
        reminders.push_back(std::move(a));
      }
      report.reminders += static_cast<int>(outbox.InsertReminders(reminders).size());
      return static_cast<int>(due.size());
    });
    if (!batch) {
      spdlog::warn("sms scheduler: reminder batch failed ({})", batch.error().message);
      return report;
    }
    // Concurrent passes may see the same turnos (no lock): a short batch means done.
    if (*batch < options_.batch_size) break;
  }
  return report;
}

}  // namespace healthpulse::sms
