#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace healthpulse::app::seed {

// The demo network as plain rows, before it reaches the database. Rows refer to each
// other by their 0-based position in DemoNetwork's vectors (clinic 0 is the first
// clinic); the writer turns positions into ids. No database or randomness in here.

struct FloorRow {
  std::size_t clinic;
  int number;
  std::string name;
};

struct RoomRow {
  std::size_t floor;
  std::size_t clinic;
  std::string code;
  std::string name;
  std::string kind;  // consulting, procedure or other
};

struct PracticeRow {
  std::string code;
  std::string name;
  std::string specialty;
  int duration_minutes;
  std::vector<std::size_t> clinics;  // ascending
};

struct UserRow {
  std::string username;
  std::string full_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string role;                  // admin, secretary, doctor or patient
  std::vector<std::size_t> clinics;  // user_clinics; a doctor's main clinic first
};

struct DoctorRow {
  std::size_t user;
  std::string specialty;
  std::string license_number;
};

struct ScheduleBlockRow {
  std::size_t doctor;
  std::size_t clinic;
  int weekday;  // 1 = Monday
  int from_minute;
  int to_minute;
};

struct PatientRow {
  std::string first_name;
  std::string last_name;
  std::string document_number;  // DNI, 8 digits
  std::string birth_date;       // YYYY-MM-DD
  std::string sex;              // F, M or X
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> address;
  std::optional<std::string> insurer;
  std::optional<std::string> insurer_member_number;
  bool sms_consent;
  std::optional<std::size_t> user;   // the demo paciente's account
  std::vector<std::size_t> clinics;  // patient_clinics, ascending
};

// Clinics, their hours, floors, rooms and the nomenclator come from catalog.h; the rest
// is generated.
struct DemoNetwork {
  std::vector<FloorRow> floors;
  std::vector<RoomRow> rooms;
  std::vector<PracticeRow> practices;
  std::vector<UserRow> users;
  std::vector<DoctorRow> doctors;
  std::vector<ScheduleBlockRow> schedule_blocks;
  std::vector<PatientRow> patients;
};

// How much to generate. The defaults are the scale of DESIGN.md §9.
struct SeedOptions {
  std::size_t doctors = 400;      // including the demo medico
  std::size_t patients = 100000;  // including the demo paciente
};

// Adds floors, rooms and practices (with the clinics that offer each). Deterministic.
void GenerateDirectory(DemoNetwork& network);

// Adds the demo accounts (first, in the order admin, secretaria, medico, paciente),
// `options.doctors` doctors with their schedules and 2-4 secretaries per clinic.
// Requires GenerateDirectory first: doctors work where their specialty is offered.
// Deterministic.
void GenerateStaff(DemoNetwork& network, const SeedOptions& options);

// Adds `options.patients` patients, the first being the demo paciente linked to the
// demo account. Requires GenerateStaff first. DNI numbers are unique. Deterministic; the
// first N patients are the same whatever the total.
void GeneratePatients(DemoNetwork& network, const SeedOptions& options);

// Positions of the demo accounts in DemoNetwork::users.
constexpr std::size_t kDemoAdmin = 0;
constexpr std::size_t kDemoSecretary = 1;
constexpr std::size_t kDemoDoctor = 2;
constexpr std::size_t kDemoPatient = 3;

}  // namespace healthpulse::app::seed
