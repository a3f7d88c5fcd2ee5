#include "modules/reports/population_health.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace healthpulse::reports {
namespace {

double Round1(double value) { return std::round(value * 10) / 10; }

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::string AgeBandName(int band) {
  if (band < 0) return "unknown";
  if (band >= kAgeBands - 1) return std::to_string((kAgeBands - 1) * 5) + "+";
  return std::to_string(band * 5) + "-" + std::to_string(band * 5 + 4);
}

CellCount Cell(std::int64_t count, bool shown) {
  if (!shown && count > 0 && count < kSmallCell) return CellCount{std::nullopt, true};
  return CellCount{count, false};
}

std::optional<double> Per1000(double numerator, double denominator) {
  if (denominator <= 0) return std::nullopt;
  return Round1(numerator / denominator * 1000);
}

std::optional<double> AgeStandardizedPer1000(const std::array<std::int64_t, kAgeBands>& cases,
                                             const std::array<std::int64_t, kAgeBands>& population) {
  double weighted = 0, weights = 0;
  for (int b = 0; b < kAgeBands; ++b) {
    if (population[b] <= 0) continue;
    weighted += kWhoWorldStandard[b] * static_cast<double>(cases[b]) / static_cast<double>(population[b]);
    weights += kWhoWorldStandard[b];
  }
  if (weights <= 0) return std::nullopt;
  return Round1(weighted / weights * 1000);
}

bool ScopeIsOwn(const std::vector<std::int64_t>& own_clinics,
                const std::optional<std::vector<std::int64_t>>& scope_clinics) {
  if (!scope_clinics) return false;
  return std::all_of(scope_clinics->begin(), scope_clinics->end(),
                     [&](std::int64_t id) { return Contains(own_clinics, id); });
}

void AssemblePrevalence(PopulationHealthReport& report, const std::vector<PopulationRow>& rows,
                        const std::vector<ConditionName>& conditions, const std::vector<std::int64_t>& own_clinics,
                        const std::optional<std::vector<std::int64_t>>& scope_clinics) {
  const bool network_shown = ScopeIsOwn(own_clinics, scope_clinics);
  report.small_cells_hidden = !network_shown;

  std::int64_t population = 0;
  std::array<std::int64_t, kAgeBands> band_population{};
  std::map<std::string, std::pair<std::int64_t, std::array<std::int64_t, kAgeBands>>> cases;
  // (clinic, band, sex) → everyone seen there; the groups' denominators.
  std::map<std::tuple<std::int64_t, int, std::optional<std::string>>, std::int64_t> group_population;
  for (const auto& row : rows) {
    if (row.clinic_id) {
      if (!row.code) group_population[{*row.clinic_id, row.band, row.sex}] += row.patients;
      continue;
    }
    if (!row.code) {
      population += row.patients;
      if (row.band >= 0) band_population[row.band] += row.patients;
    } else {
      auto& [total, by_band] = cases[*row.code];
      total += row.patients;
      if (row.band >= 0) by_band[row.band] += row.patients;
    }
  }

  report.population = Cell(population, network_shown);
  for (const auto& condition : conditions) {
    ConditionPrevalence item{condition.code, condition.name, {}, std::nullopt, std::nullopt};
    auto found = cases.find(condition.code);
    std::int64_t total = found == cases.end() ? 0 : found->second.first;
    item.patients = Cell(total, network_shown);
    if (!item.patients.suppressed && !report.population.suppressed) {
      item.per_1000 = Per1000(static_cast<double>(total), static_cast<double>(population));
      item.age_standardized_per_1000 = AgeStandardizedPer1000(
          found == cases.end() ? std::array<std::int64_t, kAgeBands>{} : found->second.second, band_population);
    }
    report.conditions.push_back(std::move(item));
  }

  for (const auto& row : rows) {
    if (!row.clinic_id || !row.code) continue;
    const bool shown = Contains(own_clinics, *row.clinic_id);
    auto denominator = group_population[{*row.clinic_id, row.band, row.sex}];
    PopulationGroup group{*row.clinic_id, AgeBandName(row.band), row.sex, *row.code, Cell(row.patients, shown),
                          Cell(denominator, shown), std::nullopt};
    if (!group.patients.suppressed && !group.population.suppressed) {
      group.per_1000 = Per1000(static_cast<double>(row.patients), static_cast<double>(denominator));
    }
    report.groups.push_back(std::move(group));
  }
}

}  // namespace healthpulse::reports
