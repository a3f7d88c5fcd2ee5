#include "modules/sms/twilio_signature.h"

#include <algorithm>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace healthpulse::sms {

std::string TwilioSignature(std::string_view auth_token, std::string_view url,
                            std::vector<std::pair<std::string, std::string>> params) {
  std::sort(params.begin(), params.end());
  std::string data(url);
  for (const auto& [name, value] : params) data += name + value;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_length = 0;
  HMAC(EVP_sha1(), auth_token.data(), static_cast<int>(auth_token.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest, &digest_length);
  std::string encoded(4 * ((digest_length + 2) / 3) + 1, '\0');
  int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()), digest, static_cast<int>(digest_length));
  encoded.resize(static_cast<std::size_t>(written));
  return encoded;
}

bool IsValidTwilioSignature(std::string_view auth_token, std::string_view url,
                            const std::vector<std::pair<std::string, std::string>>& params,
                            std::string_view signature) {
  if (auth_token.empty() || signature.empty()) return false;
  auto expected = TwilioSignature(auth_token, url, params);
  // The length of a base64 SHA-1 is public (28); only the bytes are compared in
  // constant time.
  if (expected.size() != signature.size()) return false;
  return CRYPTO_memcmp(expected.data(), signature.data(), expected.size()) == 0;
}

}  // namespace healthpulse::sms
