#include "modules/patients/patient_service.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "modules/audit/audit_repository.h"
#include "modules/auth/password.h"
#include "modules/patients/patient_repository.h"
#include "modules/users/user_repository.h"

namespace healthpulse::patients {
namespace {

void Audit(db::Tx& tx, const Principal& caller, const std::string& action, std::int64_t patient_id,
           const nlohmann::json& details = nlohmann::json::object()) {
  auto entry = audit::ByActor(caller, action, "patient", patient_id);
  entry.patient_id = patient_id;
  entry.details_json = details.dump();
  audit::AuditRepository(tx).Append(entry);
}

// The login account's problems, named under "account.".
std::vector<FieldError> ValidateAccount(const PatientAccount& account, const PatientFields& fields) {
  users::NewUser user;
  user.username = account.username;
  user.password = account.password;
  user.full_name = fields.first_name.value_or("") + " " + fields.last_name.value_or("");
  user.role = Role::kPatient;
  std::vector<FieldError> errors;
  for (auto& e : users::ValidateNewUser(user)) {
    if (e.field == "username" || e.field == "password") errors.push_back({"account." + e.field, e.message});
  }
  return errors;
}

// The secretary's clinic for a new registration: `wanted` when it is one of hers, else
// her only clinic.
Result<std::int64_t> PickClinic(const std::vector<std::int64_t>& clinics, std::optional<std::int64_t> wanted) {
  if (wanted) {
    if (std::find(clinics.begin(), clinics.end(), *wanted) == clinics.end()) {
      return Fail(Error::Invalid("clinic_id", "must be one of your clinics"));
    }
    return *wanted;
  }
  if (clinics.size() == 1) return clinics.front();
  return Fail(Error::Invalid("clinic_id", clinics.empty() ? "you are not assigned to any clinic"
                                                          : "choose the clinic where the patient registers"));
}

}  // namespace

Result<Page<Patient>> PatientService::Search(const Principal& caller, std::string_view q, const PageRequest& page) {
  auto query = ParsePatientQuery(q);
  return db::TransactValue<Page<Patient>>(db_, [&](db::Tx& tx) -> Result<Page<Patient>> {
    return MakePage(PatientRepository(tx).Search(query, page, caller), page.limit,
                    [](const Patient& p) { return p.id; });
  });
}

Result<Patient> PatientService::Get(const Principal& caller, std::int64_t id) {
  return db::TransactValue<Patient>(db_, [&](db::Tx& tx) -> Result<Patient> {
    auto patient = PatientRepository(tx).FindVisible(id, caller);
    if (!patient) return Fail(Error::NotFound("No such patient"));
    Audit(tx, caller, "patient.viewed", id);
    return *patient;
  });
}

Result<Patient> PatientService::Create(const Principal& caller, NewPatient patient) {
  if (!Allows(caller.role, Capability::kManagePatients)) return Fail(Error::Forbidden());
  auto errors = ValidatePatientFields(patient.fields, true);
  if (patient.account) {
    auto account_errors = ValidateAccount(*patient.account, patient.fields);
    errors.insert(errors.end(), account_errors.begin(), account_errors.end());
  }
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  std::optional<std::string> hash;
  if (patient.account) hash = auth::HashPassword(patient.account->password);

  auto created = db::TransactValue<Patient>(db_, [&](db::Tx& tx) -> Result<Patient> {
    PatientRepository patients(tx);
    auto picked = PickClinic(patients.UserClinics(caller.user_id), patient.clinic_id);
    if (!picked) return Fail(picked.error());
    std::int64_t clinic_id = *picked;
    std::optional<std::int64_t> user_id;
    if (patient.account) {
      users::NewUser user;
      user.username = patient.account->username;
      user.full_name = *patient.fields.first_name + " " + *patient.fields.last_name;
      user.email = patient.fields.email.value_or(std::nullopt);
      user.role = Role::kPatient;
      auto created = users::UserRepository(tx).Insert(user, *hash);
      user_id = created.id;
    }
    auto id = patients.Insert(patient.fields, user_id);
    patients.Register(id, clinic_id);
    Audit(tx, caller, "patient.created", id, {{"clinic_id", clinic_id}, {"account", user_id.has_value()}});
    return patients.FindVisible(id, caller).value();
  });
  // A taken username belongs to the account the request described.
  if (!created) {
    for (auto& field : created.error().fields) {
      if (field.field == "username") field.field = "account.username";
    }
  }
  return created;
}

Result<Patient> PatientService::Update(const Principal& caller, std::int64_t id, PatientFields fields) {
  bool own_record_only = caller.role == Role::kPatient;
  if (!own_record_only && !Allows(caller.role, Capability::kManagePatients)) return Fail(Error::Forbidden());
  auto given = fields.GivenNames();
  if (given.empty()) return Fail(Error::Invalid("body", "send at least one field to change"));
  if (own_record_only) {
    std::vector<FieldError> refused;
    for (const auto& name : given) {
      if (!IsContactField(name)) refused.push_back({name, "patients may change only their phone, email, address and SMS consent"});
    }
    if (!refused.empty()) return Fail(Error::Invalid(std::move(refused)));
  }
  if (auto errors = ValidatePatientFields(fields, false); !errors.empty()) {
    return Fail(Error::Invalid(std::move(errors)));
  }
  return db::TransactValue<Patient>(db_, [&](db::Tx& tx) -> Result<Patient> {
    PatientRepository patients(tx);
    if (!patients.FindVisible(id, caller)) return Fail(Error::NotFound("No such patient"));
    patients.Update(id, fields);
    // The consent itself is not clinical, and who turned SMS off or on, and when, matters.
    nlohmann::json details = {{"fields", given}};
    if (fields.sms_consent) details["sms_consent"] = *fields.sms_consent;
    Audit(tx, caller, "patient.updated", id, details);
    return patients.FindVisible(id, caller).value();
  });
}

Result<Patient> PatientService::Link(const Principal& caller, PatientLink link) {
  if (!Allows(caller.role, Capability::kManagePatients)) return Fail(Error::Forbidden());
  PatientFields identity;
  identity.document_type = link.document_type;
  identity.document_number = link.document_number;
  identity.birth_date = std::optional<std::string>(link.birth_date);
  std::vector<FieldError> errors;
  if (link.document_number.empty()) errors.push_back({"document_number", "is required"});
  if (link.birth_date.empty()) errors.push_back({"birth_date", "is required"});
  if (errors.empty()) errors = ValidatePatientFields(identity, false);
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  // A miss is committed too (its audit row is the trace of someone probing the registry),
  // so the transaction returns the match or nullopt rather than an error.
  auto linked = db::TransactValue<std::optional<Patient>>(db_, [&](db::Tx& tx) -> Result<std::optional<Patient>> {
    PatientRepository patients(tx);
    auto clinic_id = PickClinic(patients.UserClinics(caller.user_id), link.clinic_id);
    if (!clinic_id) return Fail(clinic_id.error());
    auto id = patients.FindForLink(*identity.document_type, *identity.document_number, **identity.birth_date);
    if (!id) {
      auto entry = audit::ByActor(caller, "patient.link_refused", "clinic", *clinic_id);
      entry.details_json = nlohmann::json{{"clinic_id", *clinic_id}}.dump();
      audit::AuditRepository(tx).Append(entry);
      return std::optional<Patient>{};
    }
    patients.Register(*id, *clinic_id);
    Audit(tx, caller, "patient.linked", *id, {{"clinic_id", *clinic_id}});
    return patients.FindVisible(*id, caller);
  });
  if (!linked) return Fail(linked.error());
  if (!*linked) return Fail(Error::NotFound("No patient of the network has that document and birth date"));
  return std::move(**linked);
}

}  // namespace healthpulse::patients
