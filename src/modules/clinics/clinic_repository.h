#pragma once

#include <optional>
#include <vector>

#include "db/database.h"
#include "modules/clinics/clinic.h"

namespace healthpulse::clinics {

// Clinics, their opening hours, floors and rooms within one transaction. Unique
// violations (clinics_name_key, floors_number_key, rooms_code_key) surface as the
// Errors mapped in db/constraint_errors.cpp.
class ClinicRepository {
 public:
  explicit ClinicRepository(db::Tx& tx) : tx_(tx) {}

  bool TimezoneExists(const std::string& name);

  std::int64_t Insert(const NewClinic& clinic);
  std::optional<Clinic> Find(std::int64_t id);
  std::vector<Clinic> List(std::optional<bool> active, const PageRequest& page);  // limit + 1 rows
  bool Update(std::int64_t id, const ClinicPatch& patch);  // false: no such clinic
  void ReplaceOpeningHours(std::int64_t clinic_id, const std::vector<OpeningHours>& hours);

  Floor InsertFloor(std::int64_t clinic_id, int number, const std::string& name);
  std::optional<Floor> FindFloor(std::int64_t id);
  std::vector<Floor> ListFloors(std::int64_t clinic_id);

  std::optional<Room> InsertRoom(std::int64_t floor_id, const NewRoom& room);  // nullopt: no such floor
  std::optional<Room> FindRoom(std::int64_t id);
  std::vector<Room> ListFloorRooms(std::int64_t floor_id);
  std::vector<Room> ListRooms(const RoomFilter& filter);  // limit + 1 rows
  std::optional<Room> UpdateRoom(std::int64_t id, const RoomPatch& patch);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::clinics
