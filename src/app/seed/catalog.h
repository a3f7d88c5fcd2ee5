#pragma once

#include <span>
#include <string_view>

namespace healthpulse::app::seed {

// The fixed parts of the demo network (DESIGN.md §9): clinics, opening hours and the
// nomenclator's practices. The first clinic is where the demo secretaria and medico work.

constexpr std::string_view kTimezone = "America/Argentina/Buenos_Aires";
constexpr std::string_view kNomenclatorName = "Nomenclador Nacional";
constexpr std::string_view kNomenclatorVersion = "2024";

struct ClinicSpec {
  std::string_view name;
  std::string_view address;
  std::string_view phone;  // E.164
  bool in_province;        // outside CABA: its doctors hold a provincial license (MP)
};
std::span<const ClinicSpec> Clinics();

// One span of opening hours, minutes since midnight; weekday 1 = Monday.
struct OpeningHours {
  int weekday;
  int opens;
  int closes;
};
// Every clinic's hours: Monday to Friday 07:00-21:00, Saturday 08:00-13:00.
std::span<const OpeningHours> ClinicOpeningHours();

// "Planta baja", "Primer piso", ... for floor numbers 0 to 5.
std::string_view FloorName(int number);

// A medical specialty: `weight` is its relative share of the doctors (0: none, the
// practices are done by other staff); `code_prefix` starts its practices' codes.
struct SpecialtySpec {
  std::string_view name;
  std::string_view code_prefix;
  int weight;
};
std::span<const SpecialtySpec> Specialties();

// A practice of the nomenclator. `specialty` indexes Specialties(); `reach_percent` is
// the share of clinics that offer it (at least one always does). Codes are the
// specialty's prefix and the practice's position within its specialty ("42.01.03").
struct PracticeSpec {
  int specialty;
  std::string_view name;
  int duration_minutes;
  int reach_percent;
};
std::span<const PracticeSpec> Practices();

}  // namespace healthpulse::app::seed
