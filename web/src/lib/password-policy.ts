// Mirrors the server's rule (POST /auth/password, POST/PATCH /users): the server still
// decides; checking here only saves a round trip.
export const kMinPasswordLength = 10;

export function isLongEnough(password: string): boolean {
  return password.length >= kMinPasswordLength;
}
