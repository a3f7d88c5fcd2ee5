#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"

namespace healthpulse::clinics {

// Opening hours of one weekday (1 = Monday .. 7 = Sunday), minutes since midnight.
struct OpeningHours {
  int weekday = 1;
  int opens = 0;
  int closes = 0;
};

struct Clinic {
  std::int64_t id = 0;
  std::string name;
  std::string address;
  std::optional<std::string> phone;
  std::string timezone;
  bool active = true;
  std::vector<OpeningHours> opening_hours;
};

inline constexpr const char* kDefaultTimezone = "America/Argentina/Buenos_Aires";

struct NewClinic {
  std::string name;
  std::string address;
  std::optional<std::string> phone;
  std::string timezone = kDefaultTimezone;
  std::vector<OpeningHours> opening_hours;
};

// Absent fields stay; `opening_hours` replaces the whole week when present.
struct ClinicPatch {
  std::optional<std::string> name;
  std::optional<std::string> address;
  std::optional<std::optional<std::string>> phone;
  std::optional<std::string> timezone;
  std::optional<std::vector<OpeningHours>> opening_hours;
  std::optional<bool> active;
};

struct Floor {
  std::int64_t id = 0;
  std::int64_t clinic_id = 0;
  int number = 0;
  std::string name;
};

// Room kinds: "consulting", "procedure", "other".
bool IsRoomKind(const std::string& kind);

struct Room {
  std::int64_t id = 0;
  std::int64_t floor_id = 0;
  std::int64_t clinic_id = 0;
  std::string code;
  std::string name;
  std::string kind = "consulting";
  bool active = true;
};

struct NewRoom {
  std::string code;
  std::string name;
  std::string kind = "consulting";
};

struct RoomPatch {
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::string> kind;
  std::optional<bool> active;
  std::optional<std::int64_t> floor_id;
};

struct RoomFilter {
  std::optional<std::int64_t> clinic_id;
  std::optional<std::int64_t> floor_id;
  std::optional<bool> active;
  PageRequest page;
};

// Field checks (timezone existence is checked against the database by the service).
std::vector<FieldError> ValidateNewClinic(const NewClinic& clinic);
std::vector<FieldError> ValidateClinicPatch(const ClinicPatch& patch);
std::vector<FieldError> ValidateOpeningHours(const std::vector<OpeningHours>& hours);
std::vector<FieldError> ValidateNewRoom(const NewRoom& room);
std::vector<FieldError> ValidateRoomPatch(const RoomPatch& patch);

}  // namespace healthpulse::clinics
