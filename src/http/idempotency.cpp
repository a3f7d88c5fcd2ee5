#include "http/idempotency.h"

#include <sodium.h>

namespace healthpulse::http {

Result<std::string> ReadIdempotencyKey(const std::string& value) {
  bool visible = !value.empty() && value.size() <= 200;
  for (unsigned char c : value) visible = visible && c > 0x20 && c < 0x7f;
  if (!visible) return Fail(Error::Invalid("Idempotency-Key", "must be 1-200 visible ASCII characters"));
  return value;
}

std::string RequestFingerprint(const Request& request) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto add = [&state](const std::string& part) {
    // Each part is length-prefixed so that no two different requests concatenate alike.
    auto size = std::to_string(part.size()) + ":";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(size.data()), size.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(part.data()), part.size());
  };
  add(request.method);
  add(request.path);
  for (const auto& [name, value] : request.query) {
    add(name);
    add(value);
  }
  add(request.body);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace healthpulse::http
