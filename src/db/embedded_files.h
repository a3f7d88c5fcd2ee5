#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace healthpulse::embedded {

// A file compiled into the binary: its name without extension and its text.
struct NamedText {
  std::string_view name;
  std::string_view text;
};

// Every sql/queries/**/*.sql, sorted by path; the name is the prepared statement's name.
const std::vector<NamedText>& Queries();

// Every sql/migrations/*.sql sorted by name ("0001_platform", ...).
const std::vector<NamedText>& Migrations();

// Every data/*.csv (reference data such as the CIE-10 catalog), sorted by name.
const std::vector<NamedText>& DataFiles();

// The text of data/<name>.csv. Throws std::out_of_range for an unknown name.
std::string_view DataFile(std::string_view name);

// api/openapi.json.
std::string_view OpenApiSpec();

}  // namespace healthpulse::embedded
