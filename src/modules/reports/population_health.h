#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/reports/report.h"

namespace healthpulse::reports {

// Five-year age bands 0-4 .. 80-84 and 85+, by age on the period's last day.
inline constexpr int kAgeBands = 18;

// "0-4", "5-9", .. "80-84", "85+"; "unknown" for a band < 0 (no birth date).
std::string AgeBandName(int band);

// The WHO World Standard Population 2000-2025, percent per five-year band: Ahmad OB,
// Boschi-Pinto C, Lopez AD, Murray CJL, Lozano R, Inoue M. "Age standardization of
// rates: a new WHO standard." GPE Discussion Paper Series No. 31, World Health
// Organization, 2001, Table 4. Its bands above 85 (85-89 0.44, 90-94 0.15, 95-99 0.04,
// 100+ 0.005) are summed into 85+.
inline constexpr std::array<double, kAgeBands> kWhoWorldStandard = {
    8.86, 8.69, 8.60, 8.47, 8.22, 7.93, 7.61, 7.15, 6.59, 6.04, 5.37, 4.55, 3.72, 2.96, 2.21, 1.52, 0.91, 0.635};

// Counts below this (and above 0) are small cells: hidden from anyone outside the staff
// of the clinic they are about, so a report cannot single a patient out.
inline constexpr std::int64_t kSmallCell = 5;

// One row of list_population_groups: patients seen (code empty) or seen with a condition.
struct PopulationRow {
  std::optional<std::int64_t> clinic_id;  // nullopt: the whole scope, each patient once
  int band = -1;                          // -1: birth date unknown
  std::optional<std::string> sex;         // F, M, X; nullopt when unknown
  std::optional<std::string> code;        // nullopt: everyone seen
  std::int64_t patients = 0;
};

struct ConditionName {
  std::string code;
  std::string name;
};

// A count that may be a small cell: `value` is nullopt when hidden.
struct CellCount {
  std::optional<std::int64_t> value;
  bool suppressed = false;
};

struct ConditionPrevalence {
  std::string code;
  std::string name;
  CellCount patients;                                  // seen with the condition
  std::optional<double> per_1000;                      // patients / population × 1000 (crude)
  std::optional<double> age_standardized_per_1000;     // direct method, WHO weights
};

struct PopulationGroup {
  std::int64_t clinic_id = 0;
  std::string age_band;
  std::optional<std::string> sex;
  std::string code;
  CellCount patients;
  CellCount population;
  std::optional<double> per_1000;
};

struct DiagnosisCount {
  std::string code;  // display form ("E11.9")
  std::string name;
  CellCount count;
};

struct NewDiagnoses {
  std::string period;  // the bucket's first day ("month": YYYY-MM-01)
  std::string code;    // the condition
  CellCount count;
};

struct PopulationHealthReport {
  std::string as_of;
  ReportRequest request;
  bool small_cells_hidden = false;  // whether any figure of this report was outside the caller's clinics
  CellCount population;
  std::vector<ConditionPrevalence> conditions;
  std::vector<PopulationGroup> groups;
  std::vector<DiagnosisCount> top_diagnoses;
  std::vector<NewDiagnoses> new_diagnoses_by_month;
  std::vector<NewDiagnoses> series;  // new diagnoses by group_by, with group_by only
};

// `count` as the caller may see it: hidden when 0 < count < kSmallCell and `shown` is false.
CellCount Cell(std::int64_t count, bool shown);

// The direct method: Σ w_b × (cases_b / population_b) / Σ w_b × 1000 over the bands with
// someone seen (a band nobody was seen in has no rate, and its weight is left out), with
// w the WHO weights; nullopt when no band has anyone. Rounded to 1 decimal.
std::optional<double> AgeStandardizedPer1000(const std::array<std::int64_t, kAgeBands>& cases,
                                             const std::array<std::int64_t, kAgeBands>& population);

// numerator / denominator × 1000 rounded to 1 decimal; nullopt when the denominator is 0.
std::optional<double> Per1000(double numerator, double denominator);

// Assembles conditions (every condition of the list, in its order, even at 0) and groups
// from the rows; figures about a clinic not in `own_clinics` are small-cell-checked, and
// network-wide figures are unless every clinic in `scope_clinics` is one of the caller's
// (nullopt scope: all clinics, never all the caller's).
void AssemblePrevalence(PopulationHealthReport& report, const std::vector<PopulationRow>& rows,
                        const std::vector<ConditionName>& conditions, const std::vector<std::int64_t>& own_clinics,
                        const std::optional<std::vector<std::int64_t>>& scope_clinics);

// Whether network-wide figures of the scope are all about the caller's own clinics.
bool ScopeIsOwn(const std::vector<std::int64_t>& own_clinics, const std::optional<std::vector<std::int64_t>>& scope_clinics);

}  // namespace healthpulse::reports
