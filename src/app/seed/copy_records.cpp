#include "app/seed/copy_records.h"

#include <fmt/format.h>

#include <chrono>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <tuple>
#include <vector>

#include "app/seed/appointments.h"
#include "app/seed/catalog.h"
#include "app/seed/id_blocks.h"

namespace healthpulse::app::seed {
namespace {

// The first id of the block of `count` rows CopyDemoNetwork reserved in `table`: it left
// the sequence at the block's last id.
long long CopiedBlockStart(pqxx::transaction_base& txn, const std::string& table, std::size_t count) {
  return txn
      .exec_params1("SELECT currval(pg_get_serial_sequence($1, 'id')) - $2 + 1", table,
                    static_cast<long long>(count))[0]
      .as<long long>();
}

std::optional<std::string> Text(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return std::string(text);
}

std::string DateText(std::int32_t day) {
  using namespace std::chrono;
  const year_month_day date{sys_days{days{day}}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()));
}

}  // namespace

void CopyRecords(pqxx::transaction_base& txn, const DemoNetwork& network, Progress& progress) {
  constexpr std::size_t kReportEvery = 250000;
  const auto& rows = network.records;
  const std::size_t total = rows.size();
  if (total == 0) return;
  const auto clinic = CopiedBlockStart(txn, "clinics", Clinics().size());
  const auto user = CopiedBlockStart(txn, "users", network.users.size());
  const auto doctor = CopiedBlockStart(txn, "doctors", network.doctors.size());
  const auto patient = CopiedBlockStart(txn, "patients", network.patients.size());
  const auto appointment = CopiedBlockStart(txn, "appointments", network.appointments.size());
  const auto first = ReserveIds(txn, "record_entries", total);

  std::vector<long long> original(total);
  pqxx::stream_to stream{
      txn, "record_entries",
      std::vector<std::string>{"id", "patient_id", "kind", "original_id", "amends_id", "amendment_reason",
                               "author_user_id", "doctor_id", "clinic_id", "appointment_id", "created_at", "code",
                               "chronic", "status", "text", "description", "dose", "frequency", "start_date",
                               "end_date", "diagnosis_id", "follow_up_days", "private", "substance", "reaction",
                               "severity"}};
  for (std::size_t i = 0; i < total; ++i) {
    const auto& r = rows[i];
    const auto& a = network.appointments[r.appointment];
    original[i] = r.amends ? original[*r.amends] : Id(first, i);
    std::optional<long long> amends, diagnosis;
    if (r.amends) amends = Id(first, *r.amends);
    if (r.diagnosis) diagnosis = original[*r.diagnosis];
    // Columns of other kinds stay NULL, as the service writes them.
    std::optional<bool> chronic, is_private;
    std::optional<std::string> start_date, end_date;
    if (r.kind == "diagnosis") chronic = r.chronic;
    if (r.kind == "note") is_private = r.is_private;
    if (r.kind == "treatment") start_date = DateText(r.start_day);
    if (r.end_day) end_date = DateText(*r.end_day);
    stream << std::make_tuple(Id(first, i), Id(patient, r.patient), std::string(r.kind), original[i], amends,
                              Text(r.amendment_reason), Id(user, network.doctors[a.doctor].user), Id(doctor, a.doctor),
                              Id(clinic, a.clinic), Id(appointment, r.appointment), TimestampText(r.created_at),
                              Text(r.code), chronic, Text(r.status), r.text, Text(r.description), Text(r.dose),
                              Text(r.frequency), start_date, end_date, diagnosis, r.follow_up_days, is_private,
                              Text(r.substance), Text(r.reaction), Text(r.severity));
    if ((i + 1) % kReportEvery == 0 && i + 1 < total) progress.Report("record entries", i + 1, total);
  }
  stream.complete();
  progress.Report("record entries", total, total);
}

}  // namespace healthpulse::app::seed
