#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

// A booked turno. Times are UTC seconds since the epoch; the booking secretary is a user
// position. Its history (appointments.h) follows from the row, its position and `now`.
struct AppointmentRow {
  std::uint32_t patient;
  std::uint32_t doctor;
  std::uint32_t room;
  std::uint32_t practice;
  std::uint32_t clinic;
  std::uint32_t secretary;
  std::int64_t starts_at;
  std::int32_t minutes;
  bool demo;  // a demo paciente's turno with the demo medico: never cancelled or missed
};

// One version of a clinical record entry (record_entries), written during one of the
// patient's finished turnos: that turno's doctor is the author, its clinic the clinic,
// and `created_at` lies between the patient being called in and the turno finishing.
// Fields of other kinds stay empty. Text fields that are views point into static tables.
struct RecordEntryRow {
  std::uint32_t patient = 0;
  std::uint32_t appointment = 0;  // position in DemoNetwork::appointments
  std::int64_t created_at = 0;    // UTC seconds
  std::string_view kind;          // diagnosis, treatment, note or allergy
  std::optional<std::uint32_t> amends;  // the version it corrects: an earlier row's position
  std::string_view amendment_reason;    // non-empty exactly when `amends` is set
  // diagnosis
  std::string_view code;  // CIE-10 without the dot ("E119")
  bool chronic = false;
  std::string_view status;  // active or resolved
  // diagnosis (optional) and note
  std::optional<std::string> text;
  // treatment (dose and frequency optional: empty)
  std::string_view description;
  std::string_view dose;
  std::string_view frequency;
  std::int32_t start_day = 0;               // days since 1970-01-01
  std::optional<std::int32_t> end_day;      // days since 1970-01-01
  std::optional<std::uint32_t> diagnosis;   // the diagnosis treated: an earlier original row
  std::optional<int> follow_up_days;
  // note
  bool is_private = false;
  // allergy (reaction optional: empty)
  std::string_view substance;
  std::string_view reaction;
  std::string_view severity;
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
  std::vector<AppointmentRow> appointments;  // by day, then clinic
  std::vector<RecordEntryRow> records;       // by created_at: the order of their ids
  std::int64_t now = 0;                      // UTC seconds: the seed's "now"
  std::int64_t events_from = 0;              // appointment_events only for turnos starting from here
};

// How much to generate. The defaults are the scale of DESIGN.md §9.
struct SeedOptions {
  std::size_t doctors = 400;      // including the demo medico
  std::size_t patients = 100000;  // including the demo paciente
  // Appointments from this many days before today (clinic time) to this many after.
  // DESIGN.md §9's three years (`--appointment-days-back 1095`, ~2.3 M turnos) take ~9
  // minutes, bound by the exclusion constraints checking every row; the default keeps
  // `make run`'s first start short until the load is reworked (issue 4).
  std::size_t appointment_days_back = 60;
  std::size_t appointment_days_ahead = 21;
  // appointment_events only for turnos starting at most this many days ago (and later):
  // the full history (~4.5 events a turno, ~10 M rows) would add many minutes to the
  // seed, so older turnos keep only their status and created_at/updated_at.
  std::size_t event_days_back = 60;
  // The seed's "now", UTC seconds since the epoch; unset: the clock. Same options and
  // same now give the same rows.
  std::optional<std::int64_t> now = std::nullopt;
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

// Adds appointments at about two thirds of the doctors' slots between
// `appointment_days_back` days before today and `appointment_days_ahead` after, inside
// their schedule blocks, each block in one consulting room; a patient has at most one
// turno a day, so no doctor, room or patient is double-booked. The demo paciente gets
// turnos with the demo medico only. Requires GeneratePatients first. Deterministic.
void GenerateAppointments(DemoNetwork& network, const SeedOptions& options);

// Adds clinical records (issue 5) for the patients with past finished turnos, written
// during those turnos: chronic diagnoses at realistic, age- and sex-dependent
// prevalences (hypertension, type 2 diabetes, asthma, COPD, hypothyroidism, chronic
// kidney disease) with their first-line treatments and follow-up, acute diagnoses that
// resolve, a few allergies and clinical notes (some private). Patients without a finished
// turno get none. Requires GenerateAppointments first. Deterministic.
void GenerateRecords(DemoNetwork& network);

// Positions of the demo accounts in DemoNetwork::users.
constexpr std::size_t kDemoAdmin = 0;
constexpr std::size_t kDemoSecretary = 1;
constexpr std::size_t kDemoDoctor = 2;
constexpr std::size_t kDemoPatient = 3;

}  // namespace healthpulse::app::seed
