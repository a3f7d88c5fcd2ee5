#pragma once

#include <span>
#include <string>
#include <string_view>

namespace healthpulse::app::seed {

// Word lists for the demo data (Argentine Spanish, UTF-8). Each list is fixed: its order
// is part of what makes the generated data the same on every run.

std::span<const std::string_view> FemaleFirstNames();
std::span<const std::string_view> MaleFirstNames();
std::span<const std::string_view> LastNames();
// Streets of Buenos Aires and its suburbs, with their prefix ("Av. Corrientes").
std::span<const std::string_view> StreetNames();

// Where someone lives: `name` ends the address ("Caballito, CABA"); `area_code` is the
// local part of a mobile number's area (11 for AMBA); `weight` is relative frequency.
struct Locality {
  std::string_view name;
  std::string_view area_code;
  int weight;
};
std::span<const Locality> Localities();

// A health insurer (obra social or prepaga) and how its member numbers look:
// `prefix` followed by `digits` random digits. `weight` is relative frequency; the
// entry with an empty name stands for "particular" (no insurer).
struct Insurer {
  std::string_view name;
  std::string_view prefix;
  int digits;
  int weight;
};
std::span<const Insurer> Insurers();

// E-mail domains with relative weights.
struct EmailDomain {
  std::string_view domain;
  int weight;
};
std::span<const EmailDomain> EmailDomains();

// `text` lower-cased with Spanish accents and ñ folded to ASCII and every character that
// is not a letter or digit dropped: "María José" -> "mariajose". For usernames and
// e-mail addresses.
std::string AsciiKey(std::string_view text);

}  // namespace healthpulse::app::seed
