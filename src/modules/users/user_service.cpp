#include "modules/users/user_service.h"

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "modules/audit/audit_repository.h"
#include "modules/auth/password.h"
#include "modules/auth/session_repository.h"
#include "modules/users/user_repository.h"

namespace healthpulse::users {
namespace {

// Names of the fields a patch changes; the audit log records which, never the values
// of secrets.
nlohmann::json ChangedFields(const UserPatch& patch) {
  nlohmann::json fields = nlohmann::json::array();
  if (patch.full_name) fields.push_back("full_name");
  if (patch.email) fields.push_back("email");
  if (patch.phone) fields.push_back("phone");
  if (patch.role) fields.push_back("role");
  if (patch.active) fields.push_back("active");
  if (patch.clinic_ids) fields.push_back("clinic_ids");
  if (patch.specialty) fields.push_back("specialty");
  if (patch.license_number) fields.push_back("license_number");
  if (patch.password) fields.push_back("password");
  return fields;
}

}  // namespace

Result<User> UserService::Me(const Principal& caller) {
  std::optional<User> user;
  auto done = db_.Transact([&](db::Tx& tx) -> Result<void> {
    user = UserRepository(tx).FindById(caller.user_id);
    return {};
  });
  if (!done) return Fail(done.error());
  if (!user) return Fail(Error::Unauthenticated());
  return *user;
}

Result<Page<User>> UserService::List(const Principal& caller, const UserFilter& filter) {
  if (!Allows(caller.role, Capability::kManageUsers)) return Fail(Error::Forbidden());
  Page<User> page;
  auto done = db_.Transact([&](db::Tx& tx) -> Result<void> {
    page = MakePage(UserRepository(tx).List(filter), filter.page.limit, [](const User& u) { return u.id; });
    return {};
  });
  if (!done) return Fail(done.error());
  return page;
}

Result<User> UserService::Get(const Principal& caller, std::int64_t id) {
  if (!Allows(caller.role, Capability::kManageUsers) && caller.user_id != id) return Fail(Error::NotFound());
  std::optional<User> user;
  auto done = db_.Transact([&](db::Tx& tx) -> Result<void> {
    user = UserRepository(tx).FindById(id);
    return {};
  });
  if (!done) return Fail(done.error());
  if (!user) return Fail(Error::NotFound("No such user"));
  return *user;
}

Result<User> UserService::Create(const Principal& caller, const NewUser& user) {
  if (!Allows(caller.role, Capability::kManageUsers)) return Fail(Error::Forbidden());
  if (auto errors = ValidateNewUser(user); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  auto hash = auth::HashPassword(user.password);
  User created;
  auto done = db_.Transact([&](db::Tx& tx) -> Result<void> {
    created = UserRepository(tx).Insert(user, hash);
    auto entry = audit::ByActor(caller, "user.created", "user", created.id);
    entry.details_json = nlohmann::json{{"username", created.username}, {"role", ToString(created.role)}}.dump();
    audit::AuditRepository(tx).Append(entry);
    return {};
  });
  if (!done) return Fail(done.error());
  return created;
}

Result<User> UserService::Update(const Principal& caller, std::int64_t id, const UserPatch& patch) {
  auto updated = Apply(caller, id, patch);
  if (updated) sessions_.ForgetUser(id);
  return updated;
}

Result<User> UserService::Apply(const Principal& caller, std::int64_t id, const UserPatch& patch) {
  if (!Allows(caller.role, Capability::kManageUsers)) return Fail(Error::Forbidden());
  if (id == caller.user_id && patch.active == false) {
    return Fail(Error::Conflict("You cannot deactivate your own account", "active"));
  }
  if (id == caller.user_id && patch.role && *patch.role != Role::kAdmin) {
    return Fail(Error::Conflict("You cannot remove your own admin role", "role"));
  }
  if (patch.password) {
    if (auto policy = auth::CheckPasswordPolicy("password", *patch.password); !policy) return Fail(policy.error());
  }
  std::optional<std::string> hash;
  if (patch.password) hash = auth::HashPassword(*patch.password);
  return db::TransactValue<User>(db_, [&](db::Tx& tx) -> Result<User> {
    UserRepository users(tx);
    auto current = users.FindById(id);
    if (!current) return Fail(Error::NotFound("No such user"));
    if (auto errors = ValidateUserPatch(patch, patch.role.value_or(current->role)); !errors.empty()) {
      return Fail(Error::Invalid(std::move(errors)));
    }
    auto updated = users.Update(id, patch, hash).value();
    auth::SessionRepository sessions(tx);
    if (patch.active == false || patch.password) {
      sessions.DeleteUserSessions(id, std::nullopt);
    } else {
      sessions.AnnounceUserChanged(id);  // a new role must not wait for cached sessions to expire
    }
    bool deactivation = patch.active == false && ChangedFields(patch).size() == 1;
    auto entry = audit::ByActor(caller, deactivation ? "user.deactivated" : "user.updated", "user", id);
    entry.details_json = nlohmann::json{{"fields", ChangedFields(patch)}}.dump();
    audit::AuditRepository(tx).Append(entry);
    return updated;
  });
}

Result<User> UserService::Deactivate(const Principal& caller, std::int64_t id) {
  UserPatch patch;
  patch.active = false;
  return Update(caller, id, patch);
}

}  // namespace healthpulse::users
