#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <numeric>
#include <span>
#include <string_view>
#include <vector>

#include "app/seed/appointments.h"
#include "app/seed/network.h"
#include "app/seed/random.h"

namespace healthpulse::app::seed {
namespace {

constexpr std::uint64_t kRecordSeed = 0x4865616c74685036;  // "HealthP6"
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kEntrySpacingSeconds = 45;  // between two entries of one consultation

// Specialties as catalog.cpp spells them.
constexpr std::string_view kClinicalMedicine = "Clínica médica";
constexpr std::string_view kPediatrics = "Pediatría";
constexpr std::string_view kCardiology = "Cardiología";
constexpr std::string_view kGynecology = "Ginecología";
constexpr std::string_view kDermatology = "Dermatología";
constexpr std::string_view kTraumatology = "Traumatología";
constexpr std::string_view kOphthalmology = "Oftalmología";
constexpr std::string_view kEnt = "Otorrinolaringología";
constexpr std::string_view kEndocrinology = "Endocrinología";
constexpr std::string_view kPulmonology = "Neumonología";
constexpr std::string_view kNephrology = "Nefrología";
constexpr std::string_view kGastroenterology = "Gastroenterología";
constexpr std::string_view kUrology = "Urología";
constexpr std::string_view kNeurology = "Neurología";
constexpr std::string_view kPsychiatry = "Psiquiatría";
constexpr std::string_view kPsychology = "Psicología";
constexpr std::string_view kNutrition = "Nutrición";
// Who writes no prescriptions: a diagnosis they record carries no treatment.
constexpr std::string_view kNonPrescribers[] = {kPsychology, kNutrition, "Kinesiología", "Diagnóstico por imágenes",
                                                "Enfermería", "Laboratorio"};

// Age bands of the prevalence tables: under 18, 18-39, 40-59, 60-74, 75 and over.
constexpr std::size_t kBands = 5;
std::size_t AgeBand(int age) { return age < 18 ? 0 : age < 40 ? 1 : age < 60 ? 2 : age < 75 ? 3 : 4; }

// A drug as prescribed. `weight`: among a condition's first-line options, relative
// frequency; among its add-ons, the percent of treated patients who also get it.
// `adjusted_dose`: the dose a later visit may correct it to (empty: never adjusted).
struct Medication {
  std::string_view description;
  std::string_view dose;
  std::string_view frequency;
  std::string_view adjusted_dose;
  int weight;
};

// Per mille of patients of each age band (kBands) with the condition.
using Prevalence = std::array<int, kBands>;

enum class Measure { kBloodPressure, kHba1c, kAsthmaControl, kSaturation, kTsh, kCreatinine };

struct ChronicCondition {
  std::string_view code;  // CIE-10 without the dot
  std::string_view name;  // as a note says it
  Prevalence female;
  Prevalence male;
  // Who records it, besides clínica médica, when the patient saw one of them.
  std::array<std::string_view, 3> specialties;
  std::span<const Medication> options;  // one of them
  std::span<const Medication> add_ons;  // each by its percent
  int follow_up_days;
  Measure measure;  // what a control note reports
};

constexpr Medication kHypertensionDrugs[] = {
    {"Enalapril", "10 mg", "1 comprimido cada 12 horas", "20 mg", 40},
    {"Losartán", "50 mg", "1 comprimido cada 24 horas", "100 mg", 35},
    {"Amlodipina", "5 mg", "1 comprimido cada 24 horas", "10 mg", 25},
};
constexpr Medication kHypertensionAddOns[] = {
    {"Hidroclorotiazida", "25 mg", "1 comprimido cada 24 horas, por la mañana", "", 15},
};
constexpr Medication kDiabetesDrugs[] = {
    {"Metformina", "850 mg", "1 comprimido cada 12 horas, con las comidas", "1000 mg", 80},
    {"Metformina", "500 mg", "1 comprimido cada 12 horas, con las comidas", "850 mg", 20},
};
constexpr Medication kDiabetesAddOns[] = {
    {"Glibenclamida", "5 mg", "1 comprimido cada 24 horas, con el desayuno", "", 10},
};
constexpr Medication kAsthmaDrugs[] = {
    {"Salbutamol inhalado", "100 mcg/dosis", "2 inhalaciones a demanda", "", 1},
};
constexpr Medication kAsthmaAddOns[] = {
    {"Budesonida inhalada", "200 mcg/dosis", "1 inhalación cada 12 horas", "400 mcg/dosis", 50},
};
constexpr Medication kCopdDrugs[] = {
    {"Tiotropio inhalado", "18 mcg", "1 inhalación cada 24 horas", "", 1},
};
constexpr Medication kCopdAddOns[] = {
    {"Salbutamol inhalado", "100 mcg/dosis", "2 inhalaciones a demanda", "", 60},
};
constexpr Medication kHypothyroidismDrugs[] = {
    {"Levotiroxina", "50 mcg", "1 comprimido cada 24 horas, en ayunas", "75 mcg", 40},
    {"Levotiroxina", "75 mcg", "1 comprimido cada 24 horas, en ayunas", "100 mcg", 35},
    {"Levotiroxina", "100 mcg", "1 comprimido cada 24 horas, en ayunas", "125 mcg", 25},
};
constexpr Medication kKidneyCare[] = {
    {"Dieta hiposódica y control de función renal", "", "", "", 1},
};

// Adult prevalences roughly as in Argentina's national risk-factor survey and the usual
// references: hypertension ~30%, type 2 diabetes ~10%, asthma ~7%, COPD ~4%,
// hypothyroidism ~5% (mostly women), chronic kidney disease ~5%, all but asthma rising
// with age. ChronicKidneyFactor makes kidney disease follow hypertension and diabetes.
constexpr ChronicCondition kChronic[] = {
    {"I10", "hipertensión arterial", {0, 60, 250, 450, 550}, {0, 60, 250, 450, 550},
     {kCardiology, kNephrology, kEndocrinology}, kHypertensionDrugs, kHypertensionAddOns, 90, Measure::kBloodPressure},
    {"E119", "diabetes tipo 2", {0, 20, 80, 170, 200}, {0, 20, 80, 170, 200},
     {kEndocrinology, kNutrition, kNephrology}, kDiabetesDrugs, kDiabetesAddOns, 90, Measure::kHba1c},
    {"J459", "asma", {100, 70, 70, 70, 70}, {100, 70, 70, 70, 70},
     {kPulmonology, kPediatrics, kEnt}, kAsthmaDrugs, kAsthmaAddOns, 180, Measure::kAsthmaControl},
    {"J449", "EPOC", {0, 0, 30, 70, 100}, {0, 0, 30, 70, 100},
     {kPulmonology, kCardiology, kClinicalMedicine}, kCopdDrugs, kCopdAddOns, 90, Measure::kSaturation},
    {"E039", "hipotiroidismo", {5, 30, 70, 100, 100}, {2, 10, 20, 30, 30},
     {kEndocrinology, kGynecology, kClinicalMedicine}, kHypothyroidismDrugs, {}, 180, Measure::kTsh},
    {"N189", "enfermedad renal crónica", {0, 10, 30, 70, 100}, {0, 10, 30, 70, 100},
     {kNephrology, kUrology, kClinicalMedicine}, kKidneyCare, {}, 90, Measure::kCreatinine},
};
constexpr std::size_t kHypertension = 0;
constexpr std::size_t kDiabetes = 1;
constexpr std::size_t kKidneyDisease = 5;

// Percent of the table's rate for chronic kidney disease: higher with hypertension or
// diabetes (its main causes), lower without.
int ChronicKidneyFactor(bool hypertension_or_diabetes) { return hypertension_or_diabetes ? 160 : 60; }

// A self-limited condition diagnosed at a visit, resolved later. `days` the treatment
// lasts (no treatment when its description is empty).
struct AcuteCondition {
  std::string_view code;
  std::string_view name;
  std::array<std::string_view, 4> specialties;
  int weight;
  Medication treatment;
  int days;
};

constexpr AcuteCondition kAcute[] = {
    {"J069", "infección respiratoria alta", {kClinicalMedicine, kPediatrics, kEnt}, 30,
     {"Paracetamol", "500 mg", "1 comprimido cada 8 horas si hay fiebre o dolor", "", 0}, 3},
    {"J00", "resfrío común", {kClinicalMedicine, kPediatrics}, 15, {}, 0},
    {"J029", "faringitis aguda", {kClinicalMedicine, kPediatrics, kEnt}, 15,
     {"Ibuprofeno", "400 mg", "1 comprimido cada 8 horas", "", 0}, 5},
    {"J039", "amigdalitis aguda", {kClinicalMedicine, kPediatrics, kEnt}, 8,
     {"Amoxicilina", "500 mg", "1 comprimido cada 8 horas", "", 0}, 10},
    {"J019", "sinusitis aguda", {kClinicalMedicine, kEnt}, 8,
     {"Amoxicilina", "500 mg", "1 comprimido cada 8 horas", "", 0}, 7},
    {"J209", "bronquitis aguda", {kClinicalMedicine, kPulmonology, kPediatrics}, 8, {}, 0},
    {"A09", "gastroenteritis", {kClinicalMedicine, kPediatrics, kGastroenterology}, 12,
     {"Sales de rehidratación oral", "1 sobre en 1 litro de agua", "a demanda", "", 0}, 3},
    {"B349", "cuadro viral", {kClinicalMedicine, kPediatrics}, 10,
     {"Paracetamol", "500 mg", "1 comprimido cada 8 horas si hay fiebre", "", 0}, 3},
    {"M545", "lumbalgia", {kClinicalMedicine, kTraumatology}, 20,
     {"Ibuprofeno", "400 mg", "1 comprimido cada 8 horas, con las comidas", "", 0}, 5},
    {"N390", "infección urinaria", {kClinicalMedicine, kUrology, kGynecology}, 10,
     {"Nitrofurantoína", "100 mg", "1 cápsula cada 6 horas", "", 0}, 5},
    {"K297", "gastritis", {kClinicalMedicine, kGastroenterology}, 10,
     {"Omeprazol", "20 mg", "1 cápsula cada 24 horas, en ayunas", "", 0}, 28},
    {"R51", "cefalea", {kClinicalMedicine, kNeurology}, 8,
     {"Paracetamol", "1 g", "1 comprimido cada 8 horas si hay dolor", "", 0}, 3},
    {"G439", "migraña", {kNeurology}, 20, {"Ibuprofeno", "600 mg", "1 comprimido al comienzo del dolor", "", 0}, 30},
    {"H109", "conjuntivitis", {kOphthalmology, kPediatrics, kClinicalMedicine}, 10,
     {"Lavados con solución fisiológica", "", "cada 6 horas", "", 0}, 5},
    {"L209", "dermatitis atópica", {kDermatology, kPediatrics}, 20,
     {"Hidrocortisona crema 1%", "una capa fina", "cada 12 horas", "", 0}, 7},
};

struct AllergySpec {
  std::string_view substance;
  std::string_view reaction;
  std::string_view severity;
  int weight;
};
constexpr AllergySpec kAllergies[] = {
    {"Penicilina", "Urticaria", "moderate", 35},
    {"Ibuprofeno y otros AINE", "Broncoespasmo", "moderate", 12},
    {"Sulfonamidas", "Erupción cutánea", "mild", 8},
    {"Látex", "Dermatitis de contacto", "mild", 6},
    {"Mariscos", "Anafilaxia", "severe", 8},
    {"Polen de gramíneas", "Rinitis y conjuntivitis", "mild", 12},
    {"Contraste iodado", "Urticaria generalizada", "moderate", 5},
    {"Maní", "Anafilaxia", "severe", 4},
    {"Dipirona", "", "unknown", 10},
};
constexpr int kAllergyPercent = 8;
constexpr int kTreatedPercent = 90;       // chronic diagnoses with a treatment recorded
constexpr int kDoseAdjustedPercent = 15;  // chronic treatments a later visit corrects
// Visits with an acute diagnosis, where the specialty diagnoses any: most in primary
// care, fewer at specialists (whose patients mostly come for their chronic problems).
int AcutePercent(std::string_view specialty) {
  return specialty == kPediatrics ? 45 : specialty == kClinicalMedicine ? 35 : 15;
}
constexpr int kAcuteTreatedPercent = 60;
constexpr int kNotePercent = 30;
constexpr int kPrivateNotePercent = 10;
constexpr int kMentalHealthNotePercent = 70;
constexpr int kMentalHealthPrivatePercent = 80;
constexpr std::int32_t kStillIllDays = 7;

constexpr std::string_view kGeneralNotes[] = {
    "Consulta de control. Examen físico sin particularidades.",
    "Se solicitan análisis de laboratorio de rutina.",
    "Paciente asintomático. Se refuerzan pautas de alimentación saludable y actividad física.",
    "Se entregan resultados de estudios, dentro de parámetros normales.",
    "Se indica vacunación antigripal según calendario.",
};
constexpr std::string_view kPrivateNotes[] = {
    "Refiere estrés laboral importante; se ofrece acompañamiento y se sugiere interconsulta con salud mental.",
    "Refiere conflictos familiares que afectan su descanso. Se acuerda seguimiento.",
    "Refiere consumo de alcohol los fines de semana; se conversa sobre riesgos y se acuerda seguimiento.",
};
constexpr std::string_view kMentalHealthNotes[] = {
    "Sesión de seguimiento. Trabaja sobre la ansiedad en el ámbito laboral.",
    "Refiere mejoría del ánimo y del sueño. Continúa el espacio terapéutico.",
    "Primera entrevista. Motivo de consulta: duelo reciente.",
    "Se revisan estrategias de afrontamiento; buena adherencia.",
};

constexpr std::string_view kResolved = "Cuadro resuelto";
constexpr std::string_view kDoseAdjusted = "Ajuste de dosis según control";

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Days since 1970-01-01 of a "YYYY-MM-DD" date.
std::int32_t DayOf(std::string_view date) {
  using namespace std::chrono;
  const auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  const year_month_day ymd{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                           day{static_cast<unsigned>(number(8, 2))}};
  return static_cast<std::int32_t>(sys_days{ymd}.time_since_epoch().count());
}

int YearOf(std::int32_t day) {
  using namespace std::chrono;
  return static_cast<int>(year_month_day{sys_days{days{day}}}.year());
}

// Whole years from `birth` to `on` (both days since the epoch).
int AgeOn(std::int32_t birth, std::int32_t on) {
  using namespace std::chrono;
  const year_month_day b{sys_days{days{birth}}};
  const year_month_day o{sys_days{days{on}}};
  int age = static_cast<int>(o.year()) - static_cast<int>(b.year());
  if (o.month() < b.month() || (o.month() == b.month() && o.day() < b.day())) --age;
  return age;
}

// "7,4": one decimal with a comma, from tenths.
std::string Tenths(int tenths) { return fmt::format("{},{}", tenths / 10, tenths % 10); }

// A finished turno of the patient: who saw them, and when the consultation ran.
struct Visit {
  std::uint32_t appointment;
  std::int64_t called;    // in_progress
  std::int64_t finished;  // finished
  std::int32_t day;       // clinic date, days since the epoch
  std::string_view specialty;
  bool prescriber;
  int entries = 0;  // written so far: the next one is a little later
};

class RecordGenerator {
 public:
  explicit RecordGenerator(DemoNetwork& network) : network_(network), random_(kRecordSeed) {
    for (const auto& a : kAcute) acute_weights_.push_back(a.weight);
    for (const auto& a : kAllergies) allergy_weights_.push_back(a.weight);
    today_ = static_cast<std::int32_t>(FloorDiv(network.now + kClinicUtcOffsetSeconds, kDay));
  }

  // Each patient's finished turnos, in time order.
  void CollectVisits() {
    const auto& rows = network_.appointments;
    std::vector<std::uint32_t> count(network_.patients.size() + 1, 0);
    std::vector<bool> finished(rows.size(), false);
    std::vector<std::int64_t> called(rows.size()), ended(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].starts_at > network_.now) continue;
      const auto timeline = PlanTimeline(rows[i], i, network_.now);
      if (timeline.status() != Status::kFinished) continue;
      finished[i] = true;
      called[i] = timeline.events[timeline.count - 2].at;
      ended[i] = timeline.events[timeline.count - 1].at;
      ++count[rows[i].patient + 1];
    }
    std::partial_sum(count.begin(), count.end(), count.begin());
    first_visit_ = count;
    visits_.resize(count.back());
    std::vector<std::uint32_t> next(count.begin(), count.end() - 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (!finished[i]) continue;
      const auto& doctor = network_.doctors[rows[i].doctor];
      const std::string_view specialty = doctor.specialty;
      const bool prescriber =
          std::find(std::begin(kNonPrescribers), std::end(kNonPrescribers), specialty) == std::end(kNonPrescribers);
      const auto day = static_cast<std::int32_t>(FloorDiv(rows[i].starts_at + kClinicUtcOffsetSeconds, kDay));
      visits_[next[rows[i].patient]++] = {static_cast<std::uint32_t>(i), called[i], ended[i], day, specialty,
                                          prescriber, 0};
    }
  }

  void AddPatient(std::uint32_t patient) {
    const std::span<Visit> visits(visits_.data() + first_visit_[patient],
                                  first_visit_[patient + 1] - first_visit_[patient]);
    if (visits.empty()) return;
    const auto& row = network_.patients[patient];
    const std::int32_t birth = DayOf(row.birth_date);
    const int age = AgeOn(birth, today_);
    const bool female = row.sex == "F" || (row.sex == "X" && random_.Percent(50));
    const bool demo = row.user.has_value() && *row.user == kDemoPatient;

    // Chronic conditions (none before two years of age), each recorded once with its
    // treatment; control notes mention them at visits to a specialty that follows them.
    // The demo paciente has hypertension.
    std::array<bool, std::size(kChronic)> has{};
    std::vector<std::size_t> conditions;
    for (std::size_t c = 0; c < std::size(kChronic) && age >= 2; ++c) {
      const auto& condition = kChronic[c];
      int per_mille = (female ? condition.female : condition.male)[AgeBand(age)];
      if (c == kKidneyDisease) per_mille = per_mille * ChronicKidneyFactor(has[kHypertension] || has[kDiabetes]) / 100;
      has[c] = demo ? c == kHypertension : random_.Below(1000) < static_cast<std::uint64_t>(per_mille);
      if (has[c]) conditions.push_back(c);
    }
    for (auto c : conditions) AddChronic(patient, visits, kChronic[c], birth, age, demo);

    // Acute problems, an allergy, notes: visit by visit.
    for (std::size_t v = 0; v < visits.size(); ++v) {
      auto& visit = visits[v];
      const AcuteCondition* acute = nullptr;
      if (demo ? v == 0 : random_.Percent(AcutePercent(visit.specialty))) acute = PickAcute(visit.specialty, demo);
      if (acute) AddAcute(patient, visits, v, *acute);
      AddNote(patient, visit, acute, conditions);
    }
    if (demo || random_.Percent(kAllergyPercent)) {
      const auto& allergy = demo ? kAllergies[0] : kAllergies[random_.Weighted(allergy_weights_)];
      auto& visit = demo ? visits.front() : visits[random_.Below(visits.size())];
      auto& entry = Add(patient, visit, "allergy");
      entry.substance = allergy.substance;
      entry.reaction = allergy.reaction;
      entry.severity = allergy.severity;
    }
  }

  // Orders the rows by time, which is the order of their ids, and moves them into the
  // network. In place: a long history has millions of rows.
  void Finish() {
    const std::size_t n = rows_.size();
    std::vector<std::uint32_t> order(n);  // order[i]: the row that goes to position i
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return rows_[a].created_at < rows_[b].created_at; });
    std::vector<std::uint32_t> position(n);  // where each row goes
    for (std::size_t i = 0; i < n; ++i) position[order[i]] = static_cast<std::uint32_t>(i);
    for (auto& row : rows_) {
      if (row.amends) row.amends = position[*row.amends];
      if (row.diagnosis) row.diagnosis = position[*row.diagnosis];
    }
    // Each cycle of the permutation: position i takes row order[i], which takes its own.
    for (std::size_t i = 0; i < n; ++i) {
      if (order[i] == i) continue;
      RecordEntryRow first = std::move(rows_[i]);
      std::size_t j = i;
      while (order[j] != i) {
        const std::size_t from = order[j];
        rows_[j] = std::move(rows_[from]);
        order[j] = static_cast<std::uint32_t>(j);
        j = from;
      }
      rows_[j] = std::move(first);
      order[j] = static_cast<std::uint32_t>(j);
    }
    network_.records = std::move(rows_);
    rows_.clear();
  }

 private:
  // A new row of `kind` written at `visit`, a little after the previous one there.
  RecordEntryRow& Add(std::uint32_t patient, Visit& visit, std::string_view kind) {
    RecordEntryRow row;
    row.patient = patient;
    row.appointment = visit.appointment;
    row.created_at = std::min(visit.called + kEntrySpacingSeconds * ++visit.entries, visit.finished);
    row.kind = kind;
    rows_.push_back(std::move(row));
    return rows_.back();
  }

  // A new version of row `amended`, written at `visit` for `reason`.
  RecordEntryRow& Amend(std::uint32_t amended, Visit& visit, std::string_view reason) {
    RecordEntryRow row = rows_[amended];
    row.appointment = visit.appointment;
    row.created_at = std::min(visit.called + kEntrySpacingSeconds * ++visit.entries, visit.finished);
    row.amends = amended;
    row.amendment_reason = reason;
    rows_.push_back(std::move(row));
    return rows_.back();
  }

  static bool Follows(const ChronicCondition& condition, std::string_view specialty) {
    return specialty == kClinicalMedicine || std::find(condition.specialties.begin(), condition.specialties.end(),
                                                       specialty) != condition.specialties.end();
  }

  void AddChronic(std::uint32_t patient, std::span<Visit> visits, const ChronicCondition& condition, std::int32_t birth,
                  int age, bool demo) {
    // Recorded by a doctor who follows it, else by any prescriber, else by whoever saw
    // the patient (as a known condition).
    std::vector<std::size_t> candidates;
    for (auto pass : {0, 1, 2}) {
      for (std::size_t v = 0; v < visits.size(); ++v) {
        const bool fits = pass == 0 ? Follows(condition, visits[v].specialty) : pass == 1 ? visits[v].prescriber : true;
        if (fits) candidates.push_back(v);
      }
      if (!candidates.empty()) break;
    }
    const std::size_t v = demo ? candidates.front() : candidates[random_.Below(candidates.size())];
    auto& visit = visits[v];

    // Known for up to 15 years: an adult's since 18 at the earliest, a child's since 1.
    const int onset_age = AgeBand(age) == 0 ? 1 : 18;
    const int known_years = std::clamp(age - onset_age, 0, 15);
    const std::int32_t earliest = birth + onset_age * 365;
    const std::int32_t onset =
        std::max(earliest, visit.day - static_cast<std::int32_t>(random_.Below(known_years * 365 + 1)));
    const auto diagnosis = static_cast<std::uint32_t>(rows_.size());
    {
      auto& entry = Add(patient, visit, "diagnosis");
      entry.code = condition.code;
      entry.chronic = true;
      entry.status = "active";
      if (onset < visit.day - 365) entry.text = fmt::format("Diagnóstico en {}.", YearOf(onset));
    }
    if (!visit.prescriber || !(demo || random_.Percent(kTreatedPercent))) return;

    const std::int32_t start = std::min(visit.day, onset + static_cast<std::int32_t>(random_.Below(60)));
    std::vector<const Medication*> drugs;
    std::vector<int> weights;
    for (const auto& m : condition.options) weights.push_back(m.weight);
    // The demo paciente takes the second option (losartán).
    drugs.push_back(&condition.options[demo ? 1 % condition.options.size() : random_.Weighted(weights)]);
    for (const auto& m : condition.add_ons) {
      if (!demo && random_.Percent(m.weight)) drugs.push_back(&m);
    }
    for (const auto* drug : drugs) {
      const auto treatment = static_cast<std::uint32_t>(rows_.size());
      auto& entry = Add(patient, visit, "treatment");
      entry.description = drug->description;
      entry.dose = drug->dose;
      entry.frequency = drug->frequency;
      entry.start_day = start;
      entry.diagnosis = diagnosis;
      entry.follow_up_days = condition.follow_up_days;
      if (drug->adjusted_dose.empty() || demo || !random_.Percent(kDoseAdjustedPercent)) continue;
      // Adjusted at a later control, two weeks or more after, by a prescriber.
      for (std::size_t later = v + 1; later < visits.size(); ++later) {
        if (visits[later].day < visit.day + 14 || !visits[later].prescriber) continue;
        Amend(treatment, visits[later], kDoseAdjusted).dose = drug->adjusted_dose;
        break;
      }
    }
  }

  const AcuteCondition* PickAcute(std::string_view specialty, bool demo) {
    if (demo) return &kAcute[0];
    std::vector<std::size_t> fitting;
    std::vector<int> weights;
    for (std::size_t a = 0; a < std::size(kAcute); ++a) {
      const auto& s = kAcute[a].specialties;
      if (std::find(s.begin(), s.end(), specialty) == s.end()) continue;
      fitting.push_back(a);
      weights.push_back(kAcute[a].weight);
    }
    if (fitting.empty()) return nullptr;
    return &kAcute[fitting[random_.Weighted(weights)]];
  }

  // Diagnosed active and resolved by the doctor of the next visit two days or more later;
  // without one, written resolved at once (a self-limited episode) unless so recent
  // that the patient may still be ill.
  void AddAcute(std::uint32_t patient, std::span<Visit> visits, std::size_t v, const AcuteCondition& acute) {
    auto& visit = visits[v];
    std::optional<std::size_t> next;
    for (std::size_t later = v + 1; later < visits.size() && !next; ++later) {
      if (visits[later].day >= visit.day + 2) next = later;
    }
    const auto diagnosis = static_cast<std::uint32_t>(rows_.size());
    {
      auto& entry = Add(patient, visit, "diagnosis");
      entry.code = acute.code;
      entry.chronic = false;
      entry.status = next || visit.day >= today_ - kStillIllDays ? "active" : "resolved";
    }
    if (visit.prescriber && !acute.treatment.description.empty() && random_.Percent(kAcuteTreatedPercent)) {
      auto& entry = Add(patient, visit, "treatment");
      entry.description = acute.treatment.description;
      entry.dose = acute.treatment.dose;
      entry.frequency = acute.treatment.frequency;
      entry.start_day = visit.day;
      entry.end_day = visit.day + acute.days - 1;
      entry.diagnosis = diagnosis;
    }
    if (next) Amend(diagnosis, visits[*next], kResolved).status = "resolved";
  }

  void AddNote(std::uint32_t patient, Visit& visit, const AcuteCondition* acute,
               const std::vector<std::size_t>& conditions) {
    const bool mental_health = visit.specialty == kPsychology || visit.specialty == kPsychiatry;
    if (!random_.Percent(mental_health ? kMentalHealthNotePercent : kNotePercent)) return;
    std::string text;
    bool is_private = false;
    if (mental_health) {
      is_private = random_.Percent(kMentalHealthPrivatePercent);
      text = random_.Pick(std::span<const std::string_view>(kMentalHealthNotes));
    } else if (random_.Percent(kPrivateNotePercent)) {
      is_private = true;
      text = random_.Pick(std::span<const std::string_view>(kPrivateNotes));
    } else if (acute) {
      text = fmt::format("Consulta por {}. Se explican pautas de alarma; volver a consultar si no mejora en 72 horas.",
                         acute->name);
    } else {
      const ChronicCondition* followed = nullptr;
      for (auto c : conditions) {
        if (Follows(kChronic[c], visit.specialty)) followed = &kChronic[c];
      }
      text = followed ? fmt::format("Control de {}. {}. Continúa con el tratamiento indicado.", followed->name,
                                    Measurement(followed->measure))
                      : std::string(random_.Pick(std::span<const std::string_view>(kGeneralNotes)));
    }
    auto& entry = Add(patient, visit, "note");
    entry.text = std::move(text);
    entry.is_private = is_private;
  }

  std::string Measurement(Measure measure) {
    switch (measure) {
      case Measure::kBloodPressure:
        return fmt::format("TA {}/{} mmHg", 5 * random_.Between(23, 31), 5 * random_.Between(14, 19));
      case Measure::kHba1c:
        return "HbA1c " + Tenths(random_.Between(60, 85)) + "%";
      case Measure::kAsthmaControl: {
        const int uses = random_.Between(0, 3);
        return uses == 0 ? std::string("Sin uso de salbutamol de rescate")
                         : fmt::format("Usa salbutamol de rescate {} {} por semana", uses, uses == 1 ? "vez" : "veces");
      }
      case Measure::kSaturation:
        return fmt::format("Saturación {}% con aire ambiente", random_.Between(91, 97));
      case Measure::kTsh:
        return "TSH " + Tenths(random_.Between(8, 60)) + " mUI/l";
      case Measure::kCreatinine:
        return "Creatinina " + Tenths(random_.Between(13, 25)) + " mg/dl";
    }
    return {};
  }

  DemoNetwork& network_;
  DemoRandom random_;
  std::vector<int> acute_weights_;
  std::vector<int> allergy_weights_;
  std::int32_t today_ = 0;
  std::vector<std::uint32_t> first_visit_;  // visits_ of patient p: [first_visit_[p], first_visit_[p + 1])
  std::vector<Visit> visits_;
  std::vector<RecordEntryRow> rows_;  // in the order written; Finish() sorts them by time
};

}  // namespace

void GenerateRecords(DemoNetwork& network) {
  network.records.clear();
  if (network.patients.empty() || network.appointments.empty()) return;
  RecordGenerator generator(network);
  generator.CollectVisits();
  for (std::size_t p = 0; p < network.patients.size(); ++p) generator.AddPatient(static_cast<std::uint32_t>(p));
  generator.Finish();
}

}  // namespace healthpulse::app::seed
