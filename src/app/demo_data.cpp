#include "app/demo_data.h"

#include <exception>
#include <iostream>

#include "app/seed/seed.h"

namespace healthpulse::app {

bool LoadDemoData(const std::string& database_url, std::ostream& out, const seed::SeedOptions& options) {
  try {
    switch (seed::SeedDemoNetwork(database_url, out, options)) {
      case seed::SeedOutcome::kSeeded:
        out << "Demo data loaded: log in as admin, secretaria, medico or paciente (password '" << kDemoPassword
            << "').\n";
        break;
      case seed::SeedOutcome::kUsersExist:
        out << "Users exist already: demo data not loaded.\n";
        break;
    }
    return true;
  } catch (const std::exception& e) {
    std::cerr << "healthpulse: seeding failed: " << e.what() << "\n";
    return false;
  }
}

}  // namespace healthpulse::app
