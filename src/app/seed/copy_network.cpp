#include "app/seed/copy_network.h"

#include <fmt/format.h>

#include <optional>
#include <pqxx/pqxx>
#include <tuple>
#include <vector>

#include "app/seed/appointments.h"
#include "app/seed/bulk_load.h"
#include "app/seed/catalog.h"
#include "app/seed/id_blocks.h"
#include "app/seed/progress.h"

namespace healthpulse::app::seed {
namespace {

using Columns = std::vector<std::string>;

std::string TimeText(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

struct Ids {
  long long clinic = 0;
  long long floor = 0;
  long long room = 0;
  long long practice = 0;
  long long user = 0;
  long long doctor = 0;
  long long patient = 0;
};

void CopyClinics(pqxx::transaction_base& txn, Ids& ids, Progress& progress) {
  const auto clinics = Clinics();
  ids.clinic = ReserveIds(txn, "clinics", clinics.size());
  {
    pqxx::stream_to stream{txn, "clinics", Columns{"id", "name", "address", "phone", "timezone"}};
    for (std::size_t i = 0; i < clinics.size(); ++i) {
      const auto& c = clinics[i];
      stream << std::make_tuple(Id(ids.clinic, i), std::string(c.name), std::string(c.address), std::string(c.phone),
                                std::string(kTimezone));
    }
    stream.complete();
  }
  pqxx::stream_to stream{txn, "clinic_hours", Columns{"clinic_id", "weekday", "opens", "closes"}};
  for (std::size_t i = 0; i < clinics.size(); ++i) {
    for (const auto& hours : ClinicOpeningHours()) {
      stream << std::make_tuple(Id(ids.clinic, i), hours.weekday, TimeText(hours.opens), TimeText(hours.closes));
    }
  }
  stream.complete();
  progress.Report("clinics", clinics.size(), clinics.size());
}

void CopyFloorsAndRooms(pqxx::transaction_base& txn, const DemoNetwork& network, Ids& ids, Progress& progress) {
  ids.floor = ReserveIds(txn, "floors", network.floors.size());
  {
    pqxx::stream_to stream{txn, "floors", Columns{"id", "clinic_id", "number", "name"}};
    for (std::size_t i = 0; i < network.floors.size(); ++i) {
      const auto& f = network.floors[i];
      stream << std::make_tuple(Id(ids.floor, i), Id(ids.clinic, f.clinic), f.number, f.name);
    }
    stream.complete();
  }
  progress.Report("floors", network.floors.size(), network.floors.size());
  ids.room = ReserveIds(txn, "rooms", network.rooms.size());
  pqxx::stream_to stream{txn, "rooms", Columns{"id", "floor_id", "clinic_id", "code", "name", "kind"}};
  for (std::size_t i = 0; i < network.rooms.size(); ++i) {
    const auto& r = network.rooms[i];
    stream << std::make_tuple(Id(ids.room, i), Id(ids.floor, r.floor), Id(ids.clinic, r.clinic), r.code, r.name,
                              r.kind);
  }
  stream.complete();
  progress.Report("rooms", network.rooms.size(), network.rooms.size());
}

void CopyPractices(pqxx::transaction_base& txn, const DemoNetwork& network, Ids& ids, Progress& progress) {
  const auto nomenclator = txn.exec_params1("INSERT INTO nomenclators (name, version) VALUES ($1, $2) RETURNING id",
                                            std::string(kNomenclatorName), std::string(kNomenclatorVersion))[0]
                               .as<long long>();
  ids.practice = ReserveIds(txn, "practices", network.practices.size());
  {
    pqxx::stream_to stream{txn, "practices",
                           Columns{"id", "nomenclator_id", "code", "name", "specialty", "duration_minutes"}};
    for (std::size_t i = 0; i < network.practices.size(); ++i) {
      const auto& p = network.practices[i];
      stream << std::make_tuple(Id(ids.practice, i), nomenclator, p.code, p.name, p.specialty, p.duration_minutes);
    }
    stream.complete();
  }
  pqxx::stream_to stream{txn, "practice_clinics", Columns{"practice_id", "clinic_id"}};
  for (std::size_t i = 0; i < network.practices.size(); ++i) {
    for (auto clinic : network.practices[i].clinics) {
      stream << std::make_tuple(Id(ids.practice, i), Id(ids.clinic, clinic));
    }
  }
  stream.complete();
  progress.Report("practices", network.practices.size(), network.practices.size());
}

void CopyStaff(pqxx::transaction_base& txn, const DemoNetwork& network, const std::string& password_hash, Ids& ids,
               Progress& progress) {
  ids.user = ReserveIds(txn, "users", network.users.size());
  {
    pqxx::stream_to stream{txn, "users",
                           Columns{"id", "username", "password_hash", "full_name", "email", "phone", "role"}};
    for (std::size_t i = 0; i < network.users.size(); ++i) {
      const auto& u = network.users[i];
      stream << std::make_tuple(Id(ids.user, i), u.username, password_hash, u.full_name, u.email, u.phone, u.role);
    }
    stream.complete();
  }
  {
    pqxx::stream_to stream{txn, "user_clinics", Columns{"user_id", "clinic_id"}};
    for (std::size_t i = 0; i < network.users.size(); ++i) {
      for (auto clinic : network.users[i].clinics) stream << std::make_tuple(Id(ids.user, i), Id(ids.clinic, clinic));
    }
    stream.complete();
  }
  progress.Report("users", network.users.size(), network.users.size());

  ids.doctor = ReserveIds(txn, "doctors", network.doctors.size());
  {
    pqxx::stream_to stream{txn, "doctors", Columns{"id", "user_id", "specialty", "license_number"}};
    for (std::size_t i = 0; i < network.doctors.size(); ++i) {
      const auto& d = network.doctors[i];
      stream << std::make_tuple(Id(ids.doctor, i), Id(ids.user, d.user), d.specialty, d.license_number);
    }
    stream.complete();
  }
  progress.Report("doctors", network.doctors.size(), network.doctors.size());

  pqxx::stream_to stream{txn, "doctor_schedule_blocks",
                         Columns{"doctor_id", "clinic_id", "weekday", "from_minute", "to_minute"}};
  for (const auto& b : network.schedule_blocks) {
    stream << std::make_tuple(Id(ids.doctor, b.doctor), Id(ids.clinic, b.clinic), b.weekday, b.from_minute,
                              b.to_minute);
  }
  stream.complete();
  progress.Report("schedule blocks", network.schedule_blocks.size(), network.schedule_blocks.size());
}

void CopyPatients(pqxx::transaction_base& txn, const DemoNetwork& network, Ids& ids, Progress& progress) {
  constexpr std::size_t kReportEvery = 25000;
  const std::size_t total = network.patients.size();
  ids.patient = ReserveIds(txn, "patients", total);
  {
    pqxx::stream_to stream{
        txn, "patients",
        Columns{"id", "first_name", "last_name", "document_type", "document_number", "birth_date", "sex", "phone",
                "email", "address", "insurer", "insurer_member_number", "sms_consent", "user_id"}};
    for (std::size_t i = 0; i < total; ++i) {
      const auto& p = network.patients[i];
      std::optional<long long> user;
      if (p.user) user = Id(ids.user, *p.user);
      stream << std::make_tuple(Id(ids.patient, i), p.first_name, p.last_name, std::string("DNI"), p.document_number,
                                p.birth_date, p.sex, p.phone, p.email, p.address, p.insurer, p.insurer_member_number,
                                p.sms_consent, user);
      if ((i + 1) % kReportEvery == 0 && i + 1 < total) progress.Report("patients", i + 1, total);
    }
    stream.complete();
  }
  progress.Report("patients", total, total);
  std::size_t registrations = 0;
  pqxx::stream_to stream{txn, "patient_clinics", Columns{"patient_id", "clinic_id"}};
  for (std::size_t i = 0; i < total; ++i) {
    for (auto clinic : network.patients[i].clinics) {
      stream << std::make_tuple(Id(ids.patient, i), Id(ids.clinic, clinic));
      ++registrations;
    }
  }
  stream.complete();
  progress.Report("patient registrations", registrations, registrations);
}

void CopyAppointments(pqxx::transaction_base& txn, const DemoNetwork& network, Ids& ids, Progress& progress) {
  constexpr std::size_t kReportEvery = 500000;
  const auto& rows = network.appointments;
  const std::size_t total = rows.size();
  if (total == 0) return;
  const auto first = ReserveIds(txn, "appointments", total);
  std::size_t events = 0;
  {
    pqxx::stream_to stream{txn, "appointments",
                           Columns{"id", "patient_id", "doctor_id", "room_id", "practice_id", "clinic_id", "starts_at",
                                   "ends_at", "status", "reason", "created_by", "created_at", "updated_at"}};
    for (std::size_t i = 0; i < total; ++i) {
      const auto& a = rows[i];
      const auto timeline = PlanTimeline(a, i, network.now);
      if (a.starts_at >= network.events_from) events += timeline.count;
      std::optional<std::string> reason;
      if (!timeline.reason.empty()) reason = std::string(timeline.reason);
      stream << std::make_tuple(Id(first, i), Id(ids.patient, a.patient), Id(ids.doctor, a.doctor),
                                Id(ids.room, a.room), Id(ids.practice, a.practice), Id(ids.clinic, a.clinic),
                                TimestampText(a.starts_at), TimestampText(a.starts_at + a.minutes * 60LL),
                                std::string(StatusName(timeline.status())), reason, Id(ids.user, a.secretary),
                                TimestampText(timeline.events[0].at),
                                TimestampText(timeline.events[timeline.count - 1].at));
      if ((i + 1) % kReportEvery == 0 && i + 1 < total) progress.Report("appointments", i + 1, total);
    }
    stream.complete();
  }
  progress.Report("appointments", total, total);
  if (events == 0) return;

  constexpr std::size_t kReportEventsEvery = 2000000;
  const auto first_event = ReserveIds(txn, "appointment_events", events);
  std::size_t written = 0;
  pqxx::stream_to stream{txn, "appointment_events",
                         Columns{"id", "appointment_id", "occurred_at", "actor_user_id", "kind", "from_status",
                                 "to_status", "reason"}};
  for (std::size_t i = 0; i < total; ++i) {
    const auto& a = rows[i];
    if (a.starts_at < network.events_from) continue;
    const auto timeline = PlanTimeline(a, i, network.now);
    const long long doctor_user = Id(ids.user, network.doctors[a.doctor].user);
    for (std::size_t e = 0; e < timeline.count; ++e) {
      const auto& event = timeline.events[e];
      std::optional<std::string> from, reason;
      if (!event.created) from = std::string(StatusName(event.from));
      if (event.to == Status::kCancelled) reason = std::string(timeline.reason);
      stream << std::make_tuple(Id(first_event, written), Id(first, i), TimestampText(event.at),
                                event.by_doctor ? doctor_user : Id(ids.user, a.secretary),
                                std::string(event.created ? "created" : "status"), from,
                                std::string(StatusName(event.to)), reason);
      ++written;
      if (written % kReportEventsEvery == 0 && written < events) progress.Report("appointment events", written, events);
    }
  }
  stream.complete();
  progress.Report("appointment events", written, events);
}

}  // namespace

void CopyDemoNetwork(pqxx::transaction_base& txn, const DemoNetwork& network, const std::string& password_hash,
                     Progress& progress) {
  Ids ids;
  CopyClinics(txn, ids, progress);
  CopyFloorsAndRooms(txn, network, ids, progress);
  CopyPractices(txn, network, ids, progress);
  CopyStaff(txn, network, password_hash, ids, progress);
  CopyPatients(txn, network, ids, progress);
  LoadWithoutSecondaryStructures(txn, {"appointments", "appointment_events"},
                                 [&] { CopyAppointments(txn, network, ids, progress); });
  progress.Report("appointment indexes and constraints", 1, 1);
}

}  // namespace healthpulse::app::seed
