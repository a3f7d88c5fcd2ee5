#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <utility>

#include "app/seed/catalog.h"
#include "app/seed/names.h"
#include "app/seed/network.h"
#include "app/seed/people.h"
#include "app/seed/random.h"

namespace healthpulse::app::seed {
namespace {

constexpr std::uint64_t kStaffSeed = 0x4865616c74685032;  // "HealthP2"
constexpr std::string_view kStaffEmailDomain = "@healthpulse.com.ar";

// Shifts a doctor may work at one clinic, minutes since midnight. They lie within every
// clinic's opening hours (catalog.h): weekdays 07:00-21:00, Saturdays 08:00-13:00.
constexpr std::pair<int, int> kWeekdayShifts[] = {
    {7 * 60, 11 * 60},  {8 * 60, 12 * 60},  {8 * 60, 14 * 60},  {9 * 60, 13 * 60},
    {10 * 60, 14 * 60}, {13 * 60, 17 * 60}, {14 * 60, 18 * 60}, {14 * 60, 20 * 60},
    {15 * 60, 19 * 60}, {16 * 60, 20 * 60}, {17 * 60, 21 * 60}, {8 * 60, 16 * 60},
};
constexpr std::pair<int, int> kSaturdayShifts[] = {{8 * 60, 13 * 60}, {8 * 60, 12 * 60}, {9 * 60, 13 * 60}};

struct DemoAccount {
  const char* username;
  const char* full_name;
  const char* role;
};
constexpr DemoAccount kDemoAccounts[] = {
    {"admin", "Ana Administradora", "admin"},
    {"secretaria", "Sofía Secretaria", "secretary"},
    {"medico", "Dr. Martín Médico", "doctor"},
    {"paciente", "Pablo Paciente", "patient"},
};
constexpr const char* kDemoDoctorLicense = "MN 100001";

class StaffGenerator {
 public:
  explicit StaffGenerator(DemoNetwork& network) : network_(network), random_(kStaffSeed) {}

  void AddDemoAccounts() {
    for (const auto& account : kDemoAccounts) {
      network_.users.push_back({account.username, account.full_name, std::nullopt, std::nullopt, account.role, {}});
      usernames_.insert(account.username);
    }
    network_.users[kDemoSecretary].clinics = {0};
    network_.users[kDemoDoctor].clinics = {0};
    network_.doctors.push_back({kDemoDoctor, std::string(Specialties()[0].name), kDemoDoctorLicense});
    licenses_.insert(kDemoDoctorLicense);
    for (int weekday = 1; weekday <= 5; ++weekday) network_.schedule_blocks.push_back({0, 0, weekday, 8 * 60, 16 * 60});
  }

  void AddDoctor() {
    const std::string sex = random_.Percent(55) ? "F" : "M";
    const auto name = RandomName(random_, sex);
    const std::size_t specialty = random_.Weighted(SpecialtyWeights());
    const auto clinics = DoctorClinics(specialty);

    const std::string title = sex == "F" ? "dra" : "dr";
    const auto suffix = UniqueSuffix(title + "." + AsciiKey(name.last) + "." + AsciiKey(name.first) + ".");
    const std::size_t user = network_.users.size();
    network_.users.push_back(
        {title + "." + AsciiKey(name.last) + "." + AsciiKey(name.first) + "." + suffix,
         (sex == "F" ? "Dra. " : "Dr. ") + name.first + " " + name.last,
         AsciiKey(name.first) + "." + AsciiKey(name.last) + suffix + std::string(kStaffEmailDomain),
         MobilePhone(random_, "11"), "doctor", clinics});
    const std::size_t doctor = network_.doctors.size();
    network_.doctors.push_back({user, std::string(Specialties()[specialty].name), License(clinics.front())});
    AddSchedule(doctor, clinics);
  }

  void AddSecretaries(std::size_t clinic) {
    const int count = random_.Between(2, 4);
    for (int i = 0; i < count; ++i) {
      const auto name = RandomName(random_, random_.Percent(85) ? "F" : "M");
      const auto base = AsciiKey(name.first) + "." + AsciiKey(name.last);
      const auto suffix = UniqueSuffix(base);
      network_.users.push_back({base + suffix,
                                name.first + " " + name.last,
                                base + suffix + std::string(kStaffEmailDomain),
                                MobilePhone(random_, "11"),
                                "secretary",
                                {clinic}});
    }
  }

 private:
  static std::span<const int> SpecialtyWeights() {
    static const std::vector<int> weights = [] {
      std::vector<int> w;
      for (const auto& s : Specialties()) w.push_back(s.weight);
      return w;
    }();
    return weights;
  }

  // One clinic (seven doctors in ten) or two, among those offering the specialty.
  std::vector<std::size_t> DoctorClinics(std::size_t specialty) {
    std::set<std::size_t> offering;
    const auto& name = Specialties()[specialty].name;
    for (const auto& practice : network_.practices) {
      if (practice.specialty == name) offering.insert(practice.clinics.begin(), practice.clinics.end());
    }
    std::vector<std::size_t> candidates(offering.begin(), offering.end());
    random_.Shuffle(std::span<std::size_t>(candidates));
    const std::size_t count = std::min<std::size_t>(candidates.size(), random_.Percent(70) ? 1 : 2);
    candidates.resize(count);
    return candidates;  // the first is the doctor's main clinic
  }

  // A suffix of three digits that makes `base + suffix` an unused username.
  std::string UniqueSuffix(const std::string& base) {
    while (true) {
      auto suffix = std::to_string(random_.Between(100, 999));
      if (usernames_.insert(base + suffix).second) return suffix;
    }
  }

  // A national (MN) or, for a doctor based in the province, provincial (MP) license.
  std::string License(std::size_t main_clinic) {
    const std::string kind = Clinics()[main_clinic].in_province ? "MP " : "MN ";
    while (true) {
      auto license = kind + std::to_string(random_.Between(20000, 179999));
      if (licenses_.insert(license).second) return license;
    }
  }

  // Two to five weekdays at the main clinic (sometimes Saturday too), two or three at a
  // second one, never overlapping on a weekday: that is the database's exclusion rule.
  void AddSchedule(std::size_t doctor, const std::vector<std::size_t>& clinics) {
    std::array<std::vector<std::pair<int, int>>, 8> busy;
    for (std::size_t k = 0; k < clinics.size(); ++k) {
      std::array<int, 5> days = {1, 2, 3, 4, 5};
      random_.Shuffle(std::span<int>(days));
      std::vector<int> chosen(days.begin(), days.begin() + random_.Between(2, k == 0 ? 5 : 3));
      if (k == 0 && random_.Percent(20)) chosen.push_back(6);
      std::sort(chosen.begin(), chosen.end());
      const std::span<const std::pair<int, int>> weekday_shifts(kWeekdayShifts);
      const std::size_t preferred = random_.Below(weekday_shifts.size());
      for (int day : chosen) {
        const auto shifts = day == 6 ? std::span<const std::pair<int, int>>(kSaturdayShifts) : weekday_shifts;
        const std::size_t first = day == 6 ? random_.Below(shifts.size()) : preferred;
        for (std::size_t attempt = 0; attempt < shifts.size(); ++attempt) {
          const auto [from, to] = shifts[(first + attempt) % shifts.size()];
          auto& taken = busy[static_cast<std::size_t>(day)];
          const bool overlaps =
              std::any_of(taken.begin(), taken.end(), [&](const auto& t) { return from < t.second && t.first < to; });
          if (overlaps) continue;
          taken.emplace_back(from, to);
          network_.schedule_blocks.push_back({doctor, clinics[k], day, from, to});
          break;
        }
      }
    }
  }

  DemoNetwork& network_;
  DemoRandom random_;
  std::set<std::string> usernames_;
  std::set<std::string> licenses_;
};

}  // namespace

void GenerateStaff(DemoNetwork& network, const SeedOptions& options) {
  StaffGenerator generator(network);
  generator.AddDemoAccounts();
  for (std::size_t i = 1; i < options.doctors; ++i) generator.AddDoctor();
  for (std::size_t clinic = 0; clinic < Clinics().size(); ++clinic) generator.AddSecretaries(clinic);
}

}  // namespace healthpulse::app::seed
