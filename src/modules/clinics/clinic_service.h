#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/clinics/clinic.h"

namespace healthpulse::clinics {

// The clinics of the network with their floors and rooms. Every signed-in user reads;
// admins manage (Forbidden otherwise). Nothing is deleted: clinics and rooms are
// deactivated. Changes are audited. Thread-safe (stateless over the pool).
class ClinicService {
 public:
  explicit ClinicService(db::Database& db) : db_(db) {}

  Result<Page<Clinic>> List(const Principal& caller, std::optional<bool> active, const PageRequest& page);
  Result<Clinic> Get(const Principal& caller, std::int64_t id);
  // Invalid per field (timezone must be an IANA zone); Conflict on "name" when taken.
  Result<Clinic> Create(const Principal& caller, const NewClinic& clinic);
  Result<Clinic> Update(const Principal& caller, std::int64_t id, const ClinicPatch& patch);

  Result<std::vector<Floor>> ListFloors(const Principal& caller, std::int64_t clinic_id);
  // Conflict on "number" when the clinic has that floor already.
  Result<Floor> AddFloor(const Principal& caller, std::int64_t clinic_id, int number, const std::string& name);

  Result<std::vector<Room>> ListFloorRooms(const Principal& caller, std::int64_t floor_id);
  Result<Page<Room>> ListRooms(const Principal& caller, const RoomFilter& filter);
  // Conflict on "code" when the clinic has a room with that code (any case).
  Result<Room> AddRoom(const Principal& caller, std::int64_t floor_id, const NewRoom& room);
  // A room may move to another floor of the same clinic only (Invalid on floor_id).
  Result<Room> UpdateRoom(const Principal& caller, std::int64_t id, const RoomPatch& patch);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::clinics
