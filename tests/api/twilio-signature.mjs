// Signs requests as Twilio does (DESIGN.md §7), for the webhook tests: base64(HMAC-SHA1(
// auth token, public URL + path and query + each POST parameter name and value, sorted
// by name)). The server under test is started with the same token and public URL
// (scripts/test.sh), which Twilio would reach through a proxy.
import crypto from 'node:crypto';

export const TWILIO_AUTH_TOKEN = process.env.HEALTHPULSE_TEST_TWILIO_AUTH_TOKEN || '';
export const PUBLIC_URL = process.env.HEALTHPULSE_TEST_PUBLIC_URL || '';

/** The X-Twilio-Signature of a form post of `params` ([[name, value], ...]) to `target`. */
export function twilioSignature(target, params, { token = TWILIO_AUTH_TOKEN, publicUrl = PUBLIC_URL } = {}) {
  const sorted = [...params].sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const data = publicUrl + target + sorted.map(([name, value]) => name + value).join('');
  return crypto.createHmac('sha1', token).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** The form body of `params`, encoded as Twilio sends it. */
export function formBody(params) {
  return params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}
