#include "core/csv.h"

#include <gtest/gtest.h>

namespace healthpulse {
namespace {

using Cells = std::vector<std::string>;

TEST(SplitCsvRecord, ReadsQuotedSeparatorsAndDoubledQuotes) {
  EXPECT_EQ(SplitCsvRecord("E11,\"Diabetes, tipo 2\",2"), (Cells{"E11", "Diabetes, tipo 2", "2"}));
  EXPECT_EQ(SplitCsvRecord("a;\"dice \"\"hola\"\"\";c", ';'), (Cells{"a", "dice \"hola\"", "c"}));
  EXPECT_EQ(SplitCsvRecord("a,,b\r"), (Cells{"a", "", "b"}));  // CRLF files read like LF ones
  EXPECT_EQ(SplitCsvRecord(""), (Cells{""}));
}

}  // namespace
}  // namespace healthpulse
