#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace healthpulse::sms {

// The one order of an outbox message's statuses (DESIGN.md §7): pending → sending →
// sent → one of delivered, undelivered, failed; expired, skipped and simulated end a
// message that never reached Twilio. A status moves only forward: a late `sent`
// callback never overwrites `delivered`, and a final status never changes.
// True when a message in `from` may move to `to`; false for the same status, a step
// back, a move between two final statuses, or an unknown status.
bool StatusMovesForward(std::string_view from, std::string_view to);

// The outbox status a Twilio MessageStatus callback means: accepted, scheduled, queued
// and sending are `sent` (Twilio has the message), sent is `sent`, delivered and read
// are `delivered`, undelivered is `undelivered`, failed and canceled are `failed`.
// nullopt for a status Twilio may add later (recorded, changes nothing).
std::optional<std::string> StatusFromTwilio(std::string_view message_status);

}  // namespace healthpulse::sms
