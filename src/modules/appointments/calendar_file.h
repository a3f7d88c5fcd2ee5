#pragma once

#include <cstdint>
#include <string>

namespace healthpulse::appointments {

// What a turno's calendar file carries: where and when, never why (no reason, diagnosis
// or note: a calendar file ends up in third-party calendars).
struct CalendarEntry {
  std::int64_t appointment_id = 0;
  // UTC in iCalendar's basic format ("20261201T130000Z").
  std::string stamp;
  std::string start;
  std::string end;
  bool cancelled = false;  // cancelled or no_show: the event says STATUS:CANCELLED
  std::string clinic_name;
  std::string clinic_address;
  std::string doctor_name;
  std::string room_code;
};

// An RFC 5545 VCALENDAR with one VEVENT: UID "turno-<id>@healthpulse" (so a second
// download updates the same event), DTSTAMP, DTSTART and DTEND in UTC, SUMMARY
// "Turno — <clinic>", LOCATION the clinic's address, DESCRIPTION the doctor and room.
// Text values are escaped (backslash, comma, semicolon, newline), lines end in CRLF and
// are folded at 75 octets without splitting a UTF-8 character.
std::string RenderCalendarFile(const CalendarEntry& entry);

// RFC 5545 §3.3.11 TEXT escaping: "\\", "\;", "\,", "\n" for newlines (CR dropped).
std::string EscapeCalendarText(const std::string& text);

}  // namespace healthpulse::appointments
