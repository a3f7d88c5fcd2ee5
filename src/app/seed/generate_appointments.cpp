#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <set>

#include "app/seed/appointments.h"
#include "app/seed/catalog.h"
#include "app/seed/network.h"
#include "app/seed/random.h"

namespace healthpulse::app::seed {
namespace {

constexpr std::uint64_t kAppointmentSeed = 0x4865616c74685034;  // "HealthP4"
constexpr std::uint64_t kTimelineSeed = 0x4865616c74685035;     // "HealthP5"
constexpr int kOccupancyPercent = 66;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kMinute = 60;

constexpr std::string_view kCancelReasons[] = {
    "El paciente avisó que no puede asistir",
    "Reprogramado a pedido del paciente",
    "Enfermedad del paciente",
    "Licencia del profesional",
    "Superposición con otro compromiso",
    "Problemas de transporte",
};

// SplitMix64: a fixed, cheap stream per turno, so a turno's history can be planned again
// (for its events) without replaying the whole generator.
class SplitMix {
 public:
  explicit SplitMix(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform enough in [lo, hi] for demo data (modulo bias below 2^-40).
  std::int64_t Between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(Next() % static_cast<std::uint64_t>(hi - lo + 1));
  }

 private:
  std::uint64_t state_;
};

// Days since 1970-01-01 (a Thursday) to ISO weekday, 1 = Monday.
int Weekday(std::int64_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7) + 1; }

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

struct Assignment {
  std::size_t block;
  std::uint32_t room;
};

}  // namespace

std::string_view StatusName(Status status) {
  static constexpr std::string_view kNames[] = {"registered", "confirmed", "waiting", "in_progress",
                                                "finished",   "cancelled", "no_show"};
  return kNames[static_cast<std::size_t>(status)];
}

std::string TimestampText(std::int64_t seconds) {
  using namespace std::chrono;
  const std::int64_t day = FloorDiv(seconds, kDay);
  const std::int64_t rest = seconds - day * kDay;
  const year_month_day date{sys_days{days{day}}};
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}+00", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), rest / kHour,
                     rest % kHour / kMinute, rest % kMinute);
}

Timeline PlanTimeline(const AppointmentRow& row, std::size_t position, std::int64_t now) {
  SplitMix r(kTimelineSeed ^ (static_cast<std::uint64_t>(position) * 0x2545f4914f6cdd1dULL));
  const std::int64_t start = row.starts_at;
  const int roll = static_cast<int>(r.Between(0, 99));
  const Status outcome = row.demo || roll >= 15 ? Status::kFinished : roll < 8 ? Status::kCancelled : Status::kNoShow;

  // Booked one hour to 40 days ahead; never after now.
  std::int64_t created = start - (r.Between(0, 99) < 15 ? r.Between(1, 30) * kHour : r.Between(1, 40) * kDay +
                                                                                        r.Between(-6, 6) * kHour);
  if (created > now - kMinute) created = now - r.Between(2, 7 * 24 * 60) * kMinute;
  if (created >= start) created = start - kHour;
  const std::int64_t waiting = start - r.Between(0, 25) * kMinute;
  std::int64_t confirmed = start - r.Between(2, 72) * kHour;
  if (confirmed <= created || confirmed >= waiting) confirmed = created + (waiting - created) / 2;

  Timeline t;
  auto add = [&](std::int64_t at, Status from, Status to, bool created_event, bool by_doctor) {
    t.events[t.count++] = {at, from, to, created_event, by_doctor};
  };
  add(created, Status::kRegistered, Status::kRegistered, true, false);
  Status last = Status::kRegistered;
  std::int64_t last_at = created;
  const bool confirms = outcome == Status::kFinished || r.Between(0, 99) < 60;
  if (confirms) {
    add(confirmed, last, Status::kConfirmed, false, false);
    last = Status::kConfirmed;
    last_at = confirmed;
  }
  if (outcome == Status::kCancelled) {
    const std::int64_t at = last_at + (start - last_at) * r.Between(30, 97) / 100;
    add(at, last, Status::kCancelled, false, false);
    t.reason = kCancelReasons[r.Next() % std::size(kCancelReasons)];
  } else if (outcome == Status::kNoShow) {
    add(start + r.Between(15, 45) * kMinute, last, Status::kNoShow, false, false);
  } else {
    add(waiting, Status::kConfirmed, Status::kWaiting, false, false);
    const std::int64_t called = std::max(waiting + kMinute, start + r.Between(-5, 25) * kMinute);
    add(called, Status::kWaiting, Status::kInProgress, false, true);
    add(called + row.minutes * kMinute * r.Between(70, 125) / 100, Status::kInProgress, Status::kFinished, false, true);
  }
  // Only what has happened by now.
  while (t.count > 1 && t.events[t.count - 1].at > now) --t.count;
  if (t.status() != Status::kCancelled) t.reason = {};
  return t;
}

void GenerateAppointments(DemoNetwork& network, const SeedOptions& options) {
  using namespace std::chrono;
  network.now = options.now ? *options.now : duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
  const std::int64_t today = FloorDiv(network.now + kClinicUtcOffsetSeconds, kDay);
  const std::int64_t first_day = today - static_cast<std::int64_t>(options.appointment_days_back);
  const std::int64_t last_day = today + static_cast<std::int64_t>(options.appointment_days_ahead);
  network.events_from = (today - static_cast<std::int64_t>(options.event_days_back)) * kDay - kClinicUtcOffsetSeconds;
  if (network.patients.size() < 2 || network.doctors.empty()) return;
  const std::size_t clinic_count = Clinics().size();
  DemoRandom random(kAppointmentSeed);

  std::vector<std::vector<std::uint32_t>> consulting(clinic_count), secretaries(clinic_count),
      registered(clinic_count);
  for (std::size_t i = 0; i < network.rooms.size(); ++i) {
    if (network.rooms[i].kind == "consulting") consulting[network.rooms[i].clinic].push_back(static_cast<std::uint32_t>(i));
  }
  for (std::size_t i = 0; i < network.users.size(); ++i) {
    if (network.users[i].role != "secretary") continue;
    for (auto c : network.users[i].clinics) secretaries[c].push_back(static_cast<std::uint32_t>(i));
  }
  for (std::size_t i = 1; i < network.patients.size(); ++i) {  // the demo paciente only sees the demo medico
    for (auto c : network.patients[i].clinics) registered[c].push_back(static_cast<std::uint32_t>(i));
  }

  // What each doctor does at each clinic: their specialty's practices offered there, or
  // else anything offered there.
  auto practices_of = [&](std::size_t doctor, std::size_t clinic) {
    std::vector<std::uint32_t> own, any;
    for (std::size_t p = 0; p < network.practices.size(); ++p) {
      const auto& practice = network.practices[p];
      if (!std::binary_search(practice.clinics.begin(), practice.clinics.end(), clinic)) continue;
      any.push_back(static_cast<std::uint32_t>(p));
      if (practice.specialty == network.doctors[doctor].specialty) own.push_back(static_cast<std::uint32_t>(p));
    }
    return own.empty() ? any : own;
  };
  std::vector<std::vector<std::uint32_t>> block_practices(network.schedule_blocks.size());
  for (std::size_t b = 0; b < network.schedule_blocks.size(); ++b) {
    block_practices[b] = practices_of(network.schedule_blocks[b].doctor, network.schedule_blocks[b].clinic);
  }

  // Each block gets one consulting room for its hours, the same room a doctor had
  // elsewhere that week when it is free: per (clinic, weekday) no room serves two
  // overlapping blocks.
  std::vector<std::array<std::vector<Assignment>, 8>> grid(clinic_count);
  std::vector<std::optional<std::uint32_t>> usual_room(network.doctors.size());
  for (std::size_t clinic = 0; clinic < clinic_count; ++clinic) {
    for (int weekday = 1; weekday <= 6; ++weekday) {
      std::vector<std::size_t> blocks;
      for (std::size_t b = 0; b < network.schedule_blocks.size(); ++b) {
        const auto& block = network.schedule_blocks[b];
        if (block.clinic == clinic && block.weekday == weekday && !block_practices[b].empty()) blocks.push_back(b);
      }
      std::stable_sort(blocks.begin(), blocks.end(), [&](auto a, auto b) {
        return network.schedule_blocks[a].from_minute < network.schedule_blocks[b].from_minute;
      });
      std::vector<int> free_from(network.rooms.size(), 0);
      for (auto b : blocks) {
        const auto& block = network.schedule_blocks[b];
        std::optional<std::uint32_t> room;
        const auto& usual = usual_room[block.doctor];
        if (usual && network.rooms[*usual].clinic == clinic && free_from[*usual] <= block.from_minute) room = usual;
        for (std::size_t k = 0; !room && k < consulting[clinic].size(); ++k) {
          const auto candidate = consulting[clinic][(block.doctor + k) % consulting[clinic].size()];
          if (free_from[candidate] <= block.from_minute) room = candidate;
        }
        if (!room) continue;  // more doctors than rooms at once: that block takes no turnos
        free_from[*room] = block.to_minute;
        if (!usual) usual_room[block.doctor] = room;
        grid[clinic][static_cast<std::size_t>(weekday)].push_back({b, *room});
      }
    }
  }

  // The demo paciente sees the demo medico (doctor 0, clinic 0, weekdays) every two weeks
  // in the past and on three coming days.
  std::set<std::int64_t> demo_days;
  for (std::int64_t d = today - 3; d >= first_day; d -= 14) {
    const int w = Weekday(d);
    demo_days.insert(w == 6 ? d - 1 : w == 7 ? d - 2 : d);
  }
  for (std::int64_t d : {today + 2, today + 9, today + 16}) {
    if (d > last_day) continue;
    const int w = Weekday(d);
    demo_days.insert(w == 6 ? d + 2 : w == 7 ? d + 1 : d);
  }

  std::vector<std::int64_t> busy_day(network.patients.size(), INT64_MIN);
  auto pick_patient = [&](std::size_t clinic, std::int64_t day) -> std::optional<std::uint32_t> {
    for (int attempt = 0; attempt < 6; ++attempt) {
      const auto& local = registered[clinic];
      const std::uint32_t p = !local.empty() && random.Percent(90)
                                  ? local[random.Below(local.size())]
                                  : static_cast<std::uint32_t>(1 + random.Below(network.patients.size() - 1));
      if (busy_day[p] != day) {
        busy_day[p] = day;
        return p;
      }
    }
    return std::nullopt;
  };

  for (std::int64_t day = first_day; day <= last_day; ++day) {
    const int weekday = Weekday(day);
    if (weekday == 7) continue;
    const std::int64_t midnight = day * kDay - kClinicUtcOffsetSeconds;
    for (std::size_t clinic = 0; clinic < clinic_count; ++clinic) {
      const auto& desk = secretaries[clinic];
      for (const auto& [b, room] : grid[clinic][static_cast<std::size_t>(weekday)]) {
        const auto& block = network.schedule_blocks[b];
        const auto& practices = block_practices[b];
        bool demo_pending = block.doctor == 0 && clinic == 0 && demo_days.count(day) > 0;
        for (int minute = block.from_minute;;) {
          // Half the turnos are the specialty's first practice (its consultation).
          const auto practice = practices[random.Percent(50) ? 0 : random.Below(practices.size())];
          const int length = network.practices[practice].duration_minutes;
          if (minute + length > block.to_minute) break;
          std::optional<std::uint32_t> patient;
          bool demo = false;
          if (demo_pending && minute >= 10 * 60) {
            patient = 0;
            demo = true;
            demo_pending = false;
          } else if (random.Percent(kOccupancyPercent)) {
            patient = pick_patient(clinic, day);
          }
          if (patient) {
            const std::uint32_t secretary =
                desk.empty() ? static_cast<std::uint32_t>(kDemoSecretary) : desk[random.Below(desk.size())];
            network.appointments.push_back({*patient, static_cast<std::uint32_t>(block.doctor), room, practice,
                                            static_cast<std::uint32_t>(clinic), secretary,
                                            midnight + minute * kMinute, length, demo});
          }
          minute += length;
        }
      }
    }
  }
}

}  // namespace healthpulse::app::seed
