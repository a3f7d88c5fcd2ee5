#include "app/seed/people.h"

#include "app/seed/names.h"

namespace healthpulse::app::seed {

PersonName RandomName(DemoRandom& random, std::string_view sex) {
  const bool female = sex == "F" || (sex == "X" && random.Percent(50));
  const auto given = female ? FemaleFirstNames() : MaleFirstNames();
  PersonName name{std::string(random.Pick(given)), std::string(random.Pick(LastNames())), std::string(sex)};
  if (random.Percent(10)) {
    const auto second = random.Pick(given);
    if (second != name.first) name.first += " " + std::string(second);
  }
  if (random.Percent(10)) {
    const auto second = random.Pick(LastNames());
    if (second != name.last) name.last += " " + std::string(second);
  }
  return name;
}

std::string MobilePhone(DemoRandom& random, std::string_view area_code) {
  std::string phone = "+549";
  phone += area_code;
  const int local_digits = 10 - static_cast<int>(area_code.size());
  // Mobile lines start with 2 to 6 after the area code.
  phone += static_cast<char>('0' + random.Between(2, 6));
  phone += RandomDigits(random, local_digits - 1);
  return phone;
}

std::string RandomDigits(DemoRandom& random, int count) {
  std::string digits;
  digits.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) digits += static_cast<char>('0' + random.Below(10));
  return digits;
}

}  // namespace healthpulse::app::seed
