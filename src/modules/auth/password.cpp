#include "modules/auth/password.h"

#include <stdexcept>

#include <sodium.h>

namespace healthpulse::auth {
namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19u * 1024u * 1024u;

void EnsureSodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialize");
}

}  // namespace

std::string HashPassword(std::string_view password) {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("password hashing ran out of memory");
  }
  return out;
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  EnsureSodium();
  std::string terminated(hash);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

void SpendVerificationTime(std::string_view password) {
  // A fixed hash of a random password: verification fails after doing the full work.
  static const std::string kDecoy = HashPassword("decoy password that nobody has");
  VerifyPassword(kDecoy, password);
}

Result<void> CheckPasswordPolicy(const std::string& field, std::string_view password) {
  // Length in characters, not bytes, so accented passwords are not penalised.
  std::size_t characters = 0;
  for (unsigned char c : password) {
    if ((c & 0xC0) != 0x80) ++characters;
  }
  if (characters < kMinPasswordLength) {
    return Fail(Error::Invalid(field, "must be at least " + std::to_string(kMinPasswordLength) + " characters"));
  }
  if (password.size() > 1024) return Fail(Error::Invalid(field, "must be at most 1024 bytes"));
  return {};
}

}  // namespace healthpulse::auth
