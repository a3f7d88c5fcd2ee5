#include "db/embedded_files.h"

#include <stdexcept>
#include <string>

namespace healthpulse::embedded {

std::string_view DataFile(std::string_view name) {
  for (const auto& file : DataFiles()) {
    if (file.name == name) return file.text;
  }
  throw std::out_of_range("no embedded data file named " + std::string(name));
}

}  // namespace healthpulse::embedded
