#include "modules/clinics/clinic_repository.h"

#include <sstream>

#include <pqxx/pqxx>

#include "core/time_of_day.h"
#include "db/field.h"

namespace healthpulse::clinics {
namespace {

// "1 08:00 20:00,2 08:00 20:00" as built by select_clinic.sql.
std::vector<OpeningHours> ParseHours(const std::string& text) {
  std::vector<OpeningHours> hours;
  std::istringstream items(text);
  std::string item;
  while (std::getline(items, item, ',')) {
    std::istringstream parts(item);
    std::string opens, closes;
    OpeningHours h;
    parts >> h.weekday >> opens >> closes;
    h.opens = ParseTimeOfDay(opens).value_or(0);
    h.closes = ParseTimeOfDay(closes).value_or(0);
    hours.push_back(h);
  }
  return hours;
}

Clinic ClinicFromRow(const pqxx::row& row) {
  return Clinic{row["id"].as<std::int64_t>(),
                row["name"].as<std::string>(),
                row["address"].as<std::string>(),
                db::Nullable<std::string>(row["phone"]),
                row["timezone"].as<std::string>(),
                row["active"].as<bool>(),
                ParseHours(row["opening_hours"].as<std::string>())};
}

Floor FloorFromRow(const pqxx::row& row) {
  return Floor{row["id"].as<std::int64_t>(), row["clinic_id"].as<std::int64_t>(), row["number"].as<int>(),
               row["name"].as<std::string>()};
}

Room RoomFromRow(const pqxx::row& row) {
  return Room{row["id"].as<std::int64_t>(),  row["floor_id"].as<std::int64_t>(), row["clinic_id"].as<std::int64_t>(),
              row["code"].as<std::string>(), row["name"].as<std::string>(),      row["kind"].as<std::string>(),
              row["active"].as<bool>()};
}

}  // namespace

bool ClinicRepository::TimezoneExists(const std::string& name) {
  return tx_.raw().exec_prepared1("select_timezone_exists", name)["timezone_exists"].as<bool>();
}

std::int64_t ClinicRepository::Insert(const NewClinic& c) {
  auto id = tx_.raw().exec_prepared1("insert_clinic", c.name, c.address, c.phone, c.timezone)["id"].as<std::int64_t>();
  ReplaceOpeningHours(id, c.opening_hours);
  return id;
}

std::optional<Clinic> ClinicRepository::Find(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_clinic", id);
  if (rows.empty()) return std::nullopt;
  return ClinicFromRow(rows[0]);
}

std::vector<Clinic> ClinicRepository::List(std::optional<bool> active, const PageRequest& page) {
  return db::MapRows<Clinic>(tx_.raw().exec_prepared("list_clinics", page.cursor_id.value_or(0), page.limit + 1, active),
                      ClinicFromRow);
}

bool ClinicRepository::Update(std::int64_t id, const ClinicPatch& p) {
  auto rows = tx_.raw().exec_prepared("update_clinic", id, p.name, p.address, p.phone.value_or(std::nullopt),
                                      p.phone.has_value(), p.timezone, p.active);
  if (rows.empty()) return false;
  if (p.opening_hours) ReplaceOpeningHours(id, *p.opening_hours);
  return true;
}

void ClinicRepository::ReplaceOpeningHours(std::int64_t clinic_id, const std::vector<OpeningHours>& hours) {
  tx_.raw().exec_prepared0("delete_clinic_hours", clinic_id);
  for (const auto& h : hours) {
    tx_.raw().exec_prepared0("insert_clinic_hours", clinic_id, h.weekday, FormatTimeOfDay(h.opens),
                             FormatTimeOfDay(h.closes));
  }
}

Floor ClinicRepository::InsertFloor(std::int64_t clinic_id, int number, const std::string& name) {
  return FloorFromRow(tx_.raw().exec_prepared1("insert_floor", clinic_id, number, name));
}

std::optional<Floor> ClinicRepository::FindFloor(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_floor", id);
  if (rows.empty()) return std::nullopt;
  return FloorFromRow(rows[0]);
}

std::vector<Floor> ClinicRepository::ListFloors(std::int64_t clinic_id) {
  return db::MapRows<Floor>(tx_.raw().exec_prepared("list_clinic_floors", clinic_id), FloorFromRow);
}

std::optional<Room> ClinicRepository::InsertRoom(std::int64_t floor_id, const NewRoom& r) {
  auto rows = tx_.raw().exec_prepared("insert_room", floor_id, r.code, r.name, r.kind);
  if (rows.empty()) return std::nullopt;
  return RoomFromRow(rows[0]);
}

std::optional<Room> ClinicRepository::FindRoom(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_room", id);
  if (rows.empty()) return std::nullopt;
  return RoomFromRow(rows[0]);
}

std::vector<Room> ClinicRepository::ListFloorRooms(std::int64_t floor_id) {
  return db::MapRows<Room>(tx_.raw().exec_prepared("list_floor_rooms", floor_id), RoomFromRow);
}

std::vector<Room> ClinicRepository::ListRooms(const RoomFilter& f) {
  return db::MapRows<Room>(tx_.raw().exec_prepared("list_rooms", f.page.cursor_id.value_or(0), f.page.limit + 1, f.clinic_id,
                                            f.floor_id, f.active),
                    RoomFromRow);
}

std::optional<Room> ClinicRepository::UpdateRoom(std::int64_t id, const RoomPatch& p) {
  auto rows = tx_.raw().exec_prepared("update_room", id, p.code, p.name, p.kind, p.active, p.floor_id);
  if (rows.empty()) return std::nullopt;
  return RoomFromRow(rows[0]);
}

}  // namespace healthpulse::clinics
