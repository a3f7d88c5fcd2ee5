#pragma once

namespace healthpulse::sms {

// Twilio error codes that no retry can fix (DESIGN.md §7): 21211 invalid 'To' number,
// 21614 not a mobile number, 30005 unknown destination, 30006 landline or unreachable
// carrier, 21610 the recipient replied STOP. The message ends failed and the phone goes
// on the "fix this phone" list.
constexpr bool IsPermanentTwilioError(int code) {
  return code == 21211 || code == 21614 || code == 30005 || code == 30006 || code == 21610;
}

// 21610: the recipient unsubscribed at the carrier; the patient is opted out too.
constexpr bool TwilioErrorOptsOut(int code) { return code == 21610; }

}  // namespace healthpulse::sms
