#include "modules/practices/practice_repository.h"

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::practices {
namespace {

Nomenclator NomenclatorFromRow(const pqxx::row& row) {
  return {row["id"].as<std::int64_t>(), row["name"].as<std::string>(), row["version"].as<std::string>()};
}

Practice PracticeFromRow(const pqxx::row& row) {
  return {row["id"].as<std::int64_t>(),       row["nomenclator_id"].as<std::int64_t>(),
          row["code"].as<std::string>(),      row["name"].as<std::string>(),
          row["specialty"].as<std::string>(), row["duration_minutes"].as<int>(),
          row["active"].as<bool>(),           db::IdList(row["clinic_ids"])};
}

}  // namespace

Nomenclator PracticeRepository::InsertNomenclator(const std::string& name, const std::string& version) {
  return NomenclatorFromRow(tx_.raw().exec_prepared1("insert_nomenclator", name, version));
}

std::optional<Nomenclator> PracticeRepository::FindNomenclator(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_nomenclator", id);
  if (rows.empty()) return std::nullopt;
  return NomenclatorFromRow(rows[0]);
}

std::vector<Nomenclator> PracticeRepository::ListNomenclators(const PageRequest& page) {
  return db::MapRows<Nomenclator>(
      tx_.raw().exec_prepared("list_nomenclators", page.cursor_id.value_or(0), page.limit + 1), NomenclatorFromRow);
}

std::int64_t PracticeRepository::Insert(const NewPractice& p) {
  auto id =
      tx_.raw()
          .exec_prepared1("insert_practice", p.nomenclator_id, p.code, p.name, p.specialty, p.duration_minutes)["id"]
          .as<std::int64_t>();
  ReplaceClinics(id, p.clinic_ids);
  return id;
}

std::optional<Practice> PracticeRepository::Find(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_practice", id);
  if (rows.empty()) return std::nullopt;
  return PracticeFromRow(rows[0]);
}

std::vector<Practice> PracticeRepository::List(const PracticeFilter& f) {
  std::optional<std::string> pattern;
  if (f.q) pattern = SearchPattern(*f.q);
  return db::MapRows<Practice>(tx_.raw().exec_prepared("list_practices", f.page.cursor_id.value_or(0),
                                                       f.page.limit + 1, f.nomenclator_id, pattern, f.clinic_id,
                                                       f.specialty, f.active),
                               PracticeFromRow);
}

bool PracticeRepository::Update(std::int64_t id, const PracticePatch& p) {
  auto rows = tx_.raw().exec_prepared("update_practice", id, p.code, p.name, p.specialty, p.duration_minutes, p.active);
  if (rows.empty()) return false;
  if (p.clinic_ids) ReplaceClinics(id, *p.clinic_ids);
  return true;
}

void PracticeRepository::ReplaceClinics(std::int64_t practice_id, const std::vector<std::int64_t>& clinic_ids) {
  tx_.raw().exec_prepared0("delete_practice_clinics", practice_id);
  for (auto clinic_id : clinic_ids) tx_.raw().exec_prepared0("insert_practice_clinic", practice_id, clinic_id);
}

bool PracticeRepository::Upsert(std::int64_t nomenclator_id, const CsvPractice& row) {
  return tx_.raw()
      .exec_prepared1("upsert_practice", nomenclator_id, row.code, row.name, row.specialty,
                      row.duration_minutes)["created"]
      .as<bool>();
}

}  // namespace healthpulse::practices
