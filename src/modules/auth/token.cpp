#include "modules/auth/token.h"

#include <sodium.h>

#include "core/base64url.h"

namespace healthpulse::auth {

std::string NewSessionToken() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  return Base64UrlEncode(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

std::string HashToken(std::string_view token) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace healthpulse::auth
