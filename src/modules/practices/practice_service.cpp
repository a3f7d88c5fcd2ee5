#include "modules/practices/practice_service.h"

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "modules/audit/audit_repository.h"
#include "modules/practices/practice_repository.h"

namespace healthpulse::practices {

Result<Page<Nomenclator>> PracticeService::ListNomenclators(const Principal& caller, const PageRequest& page) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<Page<Nomenclator>>(db_, [&](db::Tx& tx) -> Result<Page<Nomenclator>> {
    return MakePage(PracticeRepository(tx).ListNomenclators(page), page.limit,
                    [](const Nomenclator& n) { return n.id; });
  });
}

Result<Nomenclator> PracticeService::CreateNomenclator(const Principal& caller, const std::string& name,
                                                       const std::string& version) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  std::vector<FieldError> errors;
  if (name.find_first_not_of(' ') == std::string::npos || name.size() > 200) {
    errors.push_back({"name", "must be 1-200 characters"});
  }
  if (version.find_first_not_of(' ') == std::string::npos || version.size() > 50) {
    errors.push_back({"version", "must be 1-50 characters (e.g. 2024)"});
  }
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<Nomenclator>(db_, [&](db::Tx& tx) -> Result<Nomenclator> {
    auto created = PracticeRepository(tx).InsertNomenclator(name, version);
    audit::AuditRepository(tx).Append(audit::ByActor(caller, "nomenclator.created", "nomenclator", created.id));
    return created;
  });
}

Result<ImportResult> PracticeService::Import(const Principal& caller, std::int64_t nomenclator_id,
                                             std::string_view csv) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  auto rows = ParsePracticeCsv(csv);
  if (!rows) return Fail(rows.error());
  return db::TransactValue<ImportResult>(db_, [&](db::Tx& tx) -> Result<ImportResult> {
    PracticeRepository repository(tx);
    if (!repository.FindNomenclator(nomenclator_id)) return Fail(Error::NotFound("No such nomenclator"));
    ImportResult result;
    for (const auto& row : *rows) {
      if (repository.Upsert(nomenclator_id, row)) {
        ++result.created;
      } else {
        ++result.updated;
      }
    }
    auto entry = audit::ByActor(caller, "nomenclator.imported", "nomenclator", nomenclator_id);
    entry.details_json = nlohmann::json{{"created", result.created}, {"updated", result.updated}}.dump();
    audit::AuditRepository(tx).Append(entry);
    return result;
  });
}

Result<Page<Practice>> PracticeService::List(const Principal& caller, const PracticeFilter& filter) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<Page<Practice>>(db_, [&](db::Tx& tx) -> Result<Page<Practice>> {
    return MakePage(PracticeRepository(tx).List(filter), filter.page.limit, [](const Practice& p) { return p.id; });
  });
}

Result<Practice> PracticeService::Create(const Principal& caller, const NewPractice& practice) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (auto errors = ValidateNewPractice(practice); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<Practice>(db_, [&](db::Tx& tx) -> Result<Practice> {
    PracticeRepository repository(tx);
    auto id = repository.Insert(practice);
    audit::AuditRepository(tx).Append(audit::ByActor(caller, "practice.created", "practice", id));
    return repository.Find(id).value();
  });
}

Result<Practice> PracticeService::Update(const Principal& caller, std::int64_t id, const PracticePatch& patch) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (auto errors = ValidatePracticePatch(patch); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<Practice>(db_, [&](db::Tx& tx) -> Result<Practice> {
    PracticeRepository repository(tx);
    if (!repository.Update(id, patch)) return Fail(Error::NotFound("No such practice"));
    audit::AuditRepository(tx).Append(audit::ByActor(caller, "practice.updated", "practice", id));
    return repository.Find(id).value();
  });
}

}  // namespace healthpulse::practices
