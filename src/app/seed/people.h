#pragma once

#include <string>
#include <string_view>

#include "app/seed/random.h"

namespace healthpulse::app::seed {

// A random person's name. `sex` is "F", "M" or "X"; an X person gets a name from either
// list. One given name in ten is compound ("María José"), one surname in ten double.
struct PersonName {
  std::string first;
  std::string last;
  std::string sex;
};
PersonName RandomName(DemoRandom& random, std::string_view sex);

// A mobile number in E.164: "+549", the area code, then the local number, ten digits
// together ("+5491145678901" for area 11).
std::string MobilePhone(DemoRandom& random, std::string_view area_code);

// `count` random decimal digits.
std::string RandomDigits(DemoRandom& random, int count);

}  // namespace healthpulse::app::seed
