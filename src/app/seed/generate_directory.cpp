#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "app/seed/catalog.h"
#include "app/seed/network.h"
#include "app/seed/random.h"

namespace healthpulse::app::seed {
namespace {

constexpr std::uint64_t kDirectorySeed = 0x4865616c74685031;  // "HealthP1"

constexpr std::string_view kProcedureRoomNames[] = {
    "Sala de procedimientos", "Sala de ecografía",   "Sala de rayos X",
    "Sala de endoscopía",     "Sala de cardiología", "Sala de yesos",
};
constexpr std::string_view kGroundFloorOtherRooms[] = {"Sala de extracciones", "Vacunatorio"};
constexpr std::string_view kOtherRoomNames[] = {"Enfermería", "Sala de reuniones", "Kinesiología"};

std::string RoomCode(char prefix, int floor, int seq) { return fmt::format("{}-{}{:02}", prefix, floor, seq); }

void AddFloorsAndRooms(DemoNetwork& network, DemoRandom& random, std::size_t clinic) {
  const int floor_count = random.Between(3, 5);
  const int room_count = random.Between(27, 33);
  for (int number = 0; number < floor_count; ++number) {
    const std::size_t floor = network.floors.size();
    network.floors.push_back({clinic, number, std::string(FloorName(number))});
    // Spread the rooms evenly; the upper floors take the remainder.
    int rooms_here = room_count / floor_count + (number >= floor_count - room_count % floor_count ? 1 : 0);
    for (int seq = 1; seq <= rooms_here; ++seq) {
      std::string kind = "consulting";
      std::string name;
      char prefix = 'C';
      if (number == 0 && seq <= 2) {
        kind = "other";
        prefix = 'S';
        name = kGroundFloorOtherRooms[seq - 1];
      } else if (random.Percent(10)) {
        kind = "procedure";
        prefix = 'P';
        name = random.Pick(std::span<const std::string_view>(kProcedureRoomNames));
      } else if (random.Percent(3)) {
        kind = "other";
        prefix = 'S';
        name = random.Pick(std::span<const std::string_view>(kOtherRoomNames));
      }
      std::string code = RoomCode(prefix, number, seq);
      if (name.empty()) name = "Consultorio " + code.substr(2);
      network.rooms.push_back({floor, clinic, std::move(code), std::move(name), std::move(kind)});
    }
  }
}

void AddPractices(DemoNetwork& network, DemoRandom& random) {
  const auto specialties = Specialties();
  const std::size_t clinic_count = Clinics().size();
  std::vector<int> per_specialty(specialties.size(), 0);
  for (const auto& spec : Practices()) {
    const auto& specialty = specialties[static_cast<std::size_t>(spec.specialty)];
    const int number = ++per_specialty[static_cast<std::size_t>(spec.specialty)];
    auto code = fmt::format("{}.{:02}", specialty.code_prefix, number);

    std::vector<std::size_t> order(clinic_count);
    for (std::size_t i = 0; i < clinic_count; ++i) order[i] = i;
    random.Shuffle(std::span<std::size_t>(order));
    const auto offered =
        std::max<std::size_t>(1, (clinic_count * static_cast<std::size_t>(spec.reach_percent) + 50) / 100);
    std::vector<std::size_t> clinics(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(offered));
    // The demo medico (Clínica médica, first clinic) can perform his specialty's practices.
    if (spec.specialty == 0 && std::find(clinics.begin(), clinics.end(), 0) == clinics.end()) clinics.back() = 0;
    std::sort(clinics.begin(), clinics.end());
    network.practices.push_back({std::move(code), std::string(spec.name), std::string(specialty.name),
                                 spec.duration_minutes, std::move(clinics)});
  }
}

}  // namespace

void GenerateDirectory(DemoNetwork& network) {
  DemoRandom random(kDirectorySeed);
  for (std::size_t clinic = 0; clinic < Clinics().size(); ++clinic) AddFloorsAndRooms(network, random, clinic);
  AddPractices(network, random);
}

}  // namespace healthpulse::app::seed
