#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <unordered_set>

#include "app/seed/catalog.h"
#include "app/seed/names.h"
#include "app/seed/network.h"
#include "app/seed/people.h"
#include "app/seed/random.h"

namespace healthpulse::app::seed {
namespace {

constexpr std::uint64_t kPatientSeed = 0x4865616c74685033;  // "HealthP3"
constexpr int kFirstDni = 20'000'000;
constexpr int kLastDni = 45'999'999;
constexpr int kDemoPatientDni = 30'123'456;

template <typename Item>
std::vector<int> WeightsOf(std::span<const Item> items) {
  std::vector<int> weights;
  for (const auto& item : items) weights.push_back(item.weight);
  return weights;
}

class PatientGenerator {
 public:
  PatientGenerator()
      : random_(kPatientSeed),
        locality_weights_(WeightsOf(Localities())),
        insurer_weights_(WeightsOf(Insurers())),
        domain_weights_(WeightsOf(EmailDomains())) {
    dnis_.insert(kDemoPatientDni);
  }

  PatientRow DemoPatient() const {
    return {"Pablo",
            "Paciente",
            std::to_string(kDemoPatientDni),
            "1983-05-14",
            "M",
            "+5491155550000",
            "paciente@example.com",
            "Av. Santa Fe 3100, Palermo, CABA",
            "OSDE",
            "61123456701",
            true,
            kDemoPatient,
            {0}};
  }

  PatientRow Next(std::size_t clinic_count) {
    const int sex_roll = static_cast<int>(random_.Below(1000));
    const auto name = RandomName(random_, sex_roll < 3 ? "X" : sex_roll < 515 ? "F" : "M");
    PatientRow row;
    row.first_name = name.first;
    row.last_name = name.last;
    row.sex = name.sex;
    row.document_number = std::to_string(UniqueDni());
    row.birth_date = BirthDate();

    const auto& locality = Localities()[random_.Weighted(locality_weights_)];
    if (random_.Percent(97)) row.phone = MobilePhone(random_, locality.area_code);
    if (random_.Percent(55)) row.email = Email(name);
    if (random_.Percent(95)) row.address = Address(locality.name);
    const auto& insurer = Insurers()[random_.Weighted(insurer_weights_)];
    if (!insurer.name.empty()) {
      row.insurer = std::string(insurer.name);
      row.insurer_member_number = std::string(insurer.prefix) + RandomDigits(random_, insurer.digits);
    }
    row.sms_consent = row.phone.has_value() && random_.Percent(85);

    row.clinics.push_back(random_.Below(clinic_count));
    if (random_.Percent(25)) {
      const std::size_t second = random_.Below(clinic_count);
      if (second != row.clinics.front()) row.clinics.push_back(second);
    }
    std::sort(row.clinics.begin(), row.clinics.end());
    return row;
  }

 private:
  int UniqueDni() {
    while (true) {
      const int dni = random_.Between(kFirstDni, kLastDni);
      if (dnis_.insert(dni).second) return dni;
    }
  }

  // Born 1930-2024, with fewer of the oldest.
  std::string BirthDate() {
    using namespace std::chrono;
    const int year = random_.Percent(10) ? random_.Between(1930, 1944) : random_.Between(1945, 2024);
    const sys_days first = year_month_day{std::chrono::year{year}, January, day{1}};
    const sys_days next = year_month_day{std::chrono::year{year + 1}, January, day{1}};
    const year_month_day date{first + days{random_.Below(static_cast<std::uint64_t>((next - first).count()))}};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                       static_cast<unsigned>(date.day()));
  }

  std::string Email(const PersonName& name) {
    std::string local =
        AsciiKey(name.first.substr(0, name.first.find(' '))) + "." + AsciiKey(name.last.substr(0, name.last.find(' ')));
    if (random_.Percent(60)) local += std::to_string(random_.Between(1, 99));
    return local + "@" + std::string(EmailDomains()[random_.Weighted(domain_weights_)].domain);
  }

  std::string Address(std::string_view locality) {
    std::string address = std::string(random_.Pick(StreetNames())) + " " + std::to_string(random_.Between(100, 8999));
    if (random_.Percent(35)) {
      address +=
          " Piso " + std::to_string(random_.Between(1, 14)) + " Dto. " + static_cast<char>('A' + random_.Below(8));
    }
    return address + ", " + std::string(locality);
  }

  DemoRandom random_;
  const std::vector<int> locality_weights_;
  const std::vector<int> insurer_weights_;
  const std::vector<int> domain_weights_;
  std::unordered_set<int> dnis_;
};

}  // namespace

void GeneratePatients(DemoNetwork& network, const SeedOptions& options) {
  if (options.patients == 0) return;
  PatientGenerator generator;
  network.patients.reserve(options.patients);
  network.patients.push_back(generator.DemoPatient());
  const std::size_t clinic_count = Clinics().size();
  while (network.patients.size() < options.patients) network.patients.push_back(generator.Next(clinic_count));
}

}  // namespace healthpulse::app::seed
