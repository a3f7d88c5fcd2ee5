#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "db/database.h"

namespace healthpulse::audit {

struct ChainReport {
  std::int64_t rows_checked = 0;
  std::optional<std::int64_t> first_bad_id;  // absent when the chain is intact
  std::string problem;                        // why that row is bad
};

// Recomputes the audit chain row by row (sha256(previous hash || canonical content))
// over its own connection to `url`, and reports the first row whose stored hash or
// link to the previous row does not match: an edited row fails its own hash, a deleted
// row breaks the link of the row after it. Throws on database errors.
ChainReport VerifyAuditChain(const std::string& url);

// The same walk inside `tx`, a pooled transaction (its statements prepared), which it
// first makes REPEATABLE READ and READ ONLY so the walk sees one snapshot: it must be
// the transaction's first statement. Throws on database errors.
ChainReport VerifyAuditChain(db::Tx& tx);

}  // namespace healthpulse::audit
