#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace healthpulse {

// Splits one CSV record (a line without its newline) into cells, RFC 4180 style: a
// quoted cell may hold the separator and "" for a quote. A carriage return outside
// quotes is dropped, so CRLF files read like LF ones. Cells are not trimmed.
std::vector<std::string> SplitCsvRecord(std::string_view line, char separator = ',');

}  // namespace healthpulse
