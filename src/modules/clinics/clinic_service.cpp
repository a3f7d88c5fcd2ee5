#include "modules/clinics/clinic_service.h"

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "modules/audit/audit_repository.h"
#include "modules/clinics/clinic_repository.h"

namespace healthpulse::clinics {
namespace {

void Audit(db::Tx& tx, const Principal& caller, const std::string& action, const std::string& type, std::int64_t id) {
  audit::AuditRepository(tx).Append(audit::ByActor(caller, action, type, id));
}

Result<void> CheckTimezone(ClinicRepository& repository, const std::optional<std::string>& timezone) {
  if (timezone && !repository.TimezoneExists(*timezone)) {
    return Fail(Error::Invalid("timezone", "is not a known IANA time zone (e.g. America/Argentina/Buenos_Aires)"));
  }
  return {};
}

}  // namespace

Result<Page<Clinic>> ClinicService::List(const Principal& caller, std::optional<bool> active, const PageRequest& page) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<Page<Clinic>>(db_, [&](db::Tx& tx) -> Result<Page<Clinic>> {
    return MakePage(ClinicRepository(tx).List(active, page), page.limit, [](const Clinic& c) { return c.id; });
  });
}

Result<Clinic> ClinicService::Get(const Principal& caller, std::int64_t id) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<Clinic>(db_, [&](db::Tx& tx) -> Result<Clinic> {
    auto clinic = ClinicRepository(tx).Find(id);
    if (!clinic) return Fail(Error::NotFound("No such clinic"));
    return *clinic;
  });
}

Result<Clinic> ClinicService::Create(const Principal& caller, const NewClinic& clinic) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (auto errors = ValidateNewClinic(clinic); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<Clinic>(db_, [&](db::Tx& tx) -> Result<Clinic> {
    ClinicRepository repository(tx);
    if (auto ok = CheckTimezone(repository, clinic.timezone); !ok) return Fail(ok.error());
    auto id = repository.Insert(clinic);
    Audit(tx, caller, "clinic.created", "clinic", id);
    return repository.Find(id).value();
  });
}

Result<Clinic> ClinicService::Update(const Principal& caller, std::int64_t id, const ClinicPatch& patch) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (auto errors = ValidateClinicPatch(patch); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<Clinic>(db_, [&](db::Tx& tx) -> Result<Clinic> {
    ClinicRepository repository(tx);
    if (auto ok = CheckTimezone(repository, patch.timezone); !ok) return Fail(ok.error());
    if (!repository.Update(id, patch)) return Fail(Error::NotFound("No such clinic"));
    Audit(tx, caller, patch.active == false ? "clinic.deactivated" : "clinic.updated", "clinic", id);
    return repository.Find(id).value();
  });
}

Result<std::vector<Floor>> ClinicService::ListFloors(const Principal& caller, std::int64_t clinic_id) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<std::vector<Floor>>(db_, [&](db::Tx& tx) -> Result<std::vector<Floor>> {
    ClinicRepository repository(tx);
    if (!repository.Find(clinic_id)) return Fail(Error::NotFound("No such clinic"));
    return repository.ListFloors(clinic_id);
  });
}

Result<Floor> ClinicService::AddFloor(const Principal& caller, std::int64_t clinic_id, int number,
                                      const std::string& name) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (number < -10 || number > 200) return Fail(Error::Invalid("number", "must be from -10 to 200"));
  if (name.find_first_not_of(' ') == std::string::npos || name.size() > 100) {
    return Fail(Error::Invalid("name", "must be 1-100 characters"));
  }
  return db::TransactValue<Floor>(db_, [&](db::Tx& tx) -> Result<Floor> {
    ClinicRepository repository(tx);
    if (!repository.Find(clinic_id)) return Fail(Error::NotFound("No such clinic"));
    auto floor = repository.InsertFloor(clinic_id, number, name);
    Audit(tx, caller, "floor.created", "floor", floor.id);
    return floor;
  });
}

Result<std::vector<Room>> ClinicService::ListFloorRooms(const Principal& caller, std::int64_t floor_id) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<std::vector<Room>>(db_, [&](db::Tx& tx) -> Result<std::vector<Room>> {
    ClinicRepository repository(tx);
    if (!repository.FindFloor(floor_id)) return Fail(Error::NotFound("No such floor"));
    return repository.ListFloorRooms(floor_id);
  });
}

Result<Page<Room>> ClinicService::ListRooms(const Principal& caller, const RoomFilter& filter) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<Page<Room>>(db_, [&](db::Tx& tx) -> Result<Page<Room>> {
    return MakePage(ClinicRepository(tx).ListRooms(filter), filter.page.limit, [](const Room& r) { return r.id; });
  });
}

Result<Room> ClinicService::AddRoom(const Principal& caller, std::int64_t floor_id, const NewRoom& room) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (auto errors = ValidateNewRoom(room); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<Room>(db_, [&](db::Tx& tx) -> Result<Room> {
    auto created = ClinicRepository(tx).InsertRoom(floor_id, room);
    if (!created) return Fail(Error::NotFound("No such floor"));
    Audit(tx, caller, "room.created", "room", created->id);
    return *created;
  });
}

Result<Room> ClinicService::UpdateRoom(const Principal& caller, std::int64_t id, const RoomPatch& patch) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (auto errors = ValidateRoomPatch(patch); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<Room>(db_, [&](db::Tx& tx) -> Result<Room> {
    ClinicRepository repository(tx);
    auto room = repository.FindRoom(id);
    if (!room) return Fail(Error::NotFound("No such room"));
    if (patch.floor_id) {
      auto floor = repository.FindFloor(*patch.floor_id);
      if (!floor || floor->clinic_id != room->clinic_id) {
        return Fail(Error::Invalid("floor_id", "must be a floor of the room's own clinic"));
      }
    }
    auto updated = repository.UpdateRoom(id, patch).value();
    Audit(tx, caller, patch.active == false ? "room.deactivated" : "room.updated", "room", id);
    return updated;
  });
}

}  // namespace healthpulse::clinics
