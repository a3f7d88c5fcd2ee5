#include "modules/appointments/calendar_file.h"

namespace healthpulse::appointments {
namespace {

constexpr std::size_t kMaxLineOctets = 75;

// Appends `line` folded at 75 octets (a continuation starts with one space, which counts),
// never inside a UTF-8 sequence, then CRLF.
void AppendFolded(std::string& out, const std::string& line) {
  std::size_t at = 0;
  std::size_t budget = kMaxLineOctets;
  while (line.size() - at > budget) {
    std::size_t cut = at + budget;
    while (cut > at && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line, at, cut - at);
    out += "\r\n ";
    at = cut;
    budget = kMaxLineOctets - 1;
  }
  out.append(line, at, std::string::npos);
  out += "\r\n";
}

}  // namespace

std::string EscapeCalendarText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string RenderCalendarFile(const CalendarEntry& e) {
  std::string description = e.doctor_name;
  if (!e.room_code.empty()) description += " · " + e.room_code;
  std::string out;
  for (const std::string& line : {
           std::string("BEGIN:VCALENDAR"),
           std::string("VERSION:2.0"),
           std::string("PRODID:-//HealthPulse//Turnos//ES"),
           std::string("CALSCALE:GREGORIAN"),
           std::string("METHOD:PUBLISH"),
           std::string("BEGIN:VEVENT"),
           "UID:turno-" + std::to_string(e.appointment_id) + "@healthpulse",
           "DTSTAMP:" + e.stamp,
           "DTSTART:" + e.start,
           "DTEND:" + e.end,
           "SUMMARY:" + EscapeCalendarText("Turno — " + e.clinic_name),
           "LOCATION:" + EscapeCalendarText(e.clinic_address),
           "DESCRIPTION:" + EscapeCalendarText(description),
           std::string(e.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED"),
           std::string("END:VEVENT"),
           std::string("END:VCALENDAR"),
       }) {
    AppendFolded(out, line);
  }
  return out;
}

}  // namespace healthpulse::appointments
