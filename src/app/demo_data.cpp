#include "app/demo_data.h"

#include <iostream>

#include <pqxx/pqxx>

#include "modules/auth/password.h"
#include "modules/users/user_repository.h"

namespace healthpulse::app {

bool LoadDemoData(db::Database& db) {
  struct DemoAccount {
    const char* username;
    const char* full_name;
    Role role;
  };
  const DemoAccount kAccounts[] = {
      {"admin", "Ana Administradora", Role::kAdmin},
      {"secretaria", "Sofía Secretaria", Role::kSecretary},
      {"medico", "Dr. Martín Médico", Role::kDoctor},
      {"paciente", "Pablo Paciente", Role::kPatient},
  };
  // The demo password is shorter than the policy allows for new passwords, so the demo
  // accounts are written directly rather than through UserService.
  auto hash = auth::HashPassword(kDemoPassword);
  bool created = false;
  auto done = db.Transact([&](db::Tx& tx) -> Result<void> {
    users::UserRepository repository(tx);
    if (repository.Count() > 0) return {};
    for (const auto& account : kAccounts) {
      users::NewUser user;
      user.username = account.username;
      user.full_name = account.full_name;
      user.role = account.role;
      repository.Insert(user, hash);
    }
    created = true;
    return {};
  });
  if (!done) {
    std::cerr << "healthpulse: seeding failed: " << done.error().message << "\n";
    return false;
  }
  std::cout << (created ? "Demo accounts created." : "Users exist already: demo data not loaded.") << "\n";
  return true;
}

}  // namespace healthpulse::app
