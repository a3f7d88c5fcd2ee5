#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "modules/appointments/calendar_file.h"

namespace healthpulse::appointments {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    auto end = text.find("\r\n", at);
    EXPECT_NE(end, std::string::npos) << "every line ends in CRLF";
    if (end == std::string::npos) break;
    lines.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  return lines;
}

CalendarEntry Entry() {
  CalendarEntry e;
  e.appointment_id = 42;
  e.stamp = "20261201T150000Z";
  e.start = "20261203T130000Z";
  e.end = "20261203T133000Z";
  e.clinic_name = "Clínica Centro";
  e.clinic_address = "Av. de Mayo 500, piso 2; CABA";
  e.doctor_name = "Dra. Ana Pérez";
  e.room_code = "A-101";
  return e;
}

TEST(CalendarFile, EscapesTextValues) {
  const std::pair<std::string, std::string> kCases[] = {
      {"Av. de Mayo 500, CABA", "Av. de Mayo 500\\, CABA"},
      {"piso 2; depto B", "piso 2\\; depto B"},
      {"C:\\ruta", "C:\\\\ruta"},
      {"dos\r\nlíneas", "dos\\nlíneas"},
      {"", ""},
  };
  for (const auto& [text, escaped] : kCases) EXPECT_EQ(EscapeCalendarText(text), escaped) << text;
}

TEST(CalendarFile, OneEventInUtcWithTheClinicAsSummaryAndItsAddressAsLocation) {
  auto lines = Lines(RenderCalendarFile(Entry()));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  auto has = [&](const std::string& line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
  for (const char* line : {"VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT", "UID:turno-42@healthpulse",
                           "DTSTAMP:20261201T150000Z", "DTSTART:20261203T130000Z", "DTEND:20261203T133000Z",
                           "SUMMARY:Turno — Clínica Centro", "LOCATION:Av. de Mayo 500\\, piso 2\\; CABA",
                           "STATUS:CONFIRMED"}) {
    EXPECT_TRUE(has(line)) << line;
  }
  auto cancelled = Entry();
  cancelled.cancelled = true;
  auto text = RenderCalendarFile(cancelled);
  EXPECT_NE(text.find("\r\nSTATUS:CANCELLED\r\n"), std::string::npos) << text;
}

TEST(CalendarFile, LongLinesFoldAt75OctetsWithoutSplittingACharacter) {
  auto e = Entry();
  e.clinic_address = "Avenida Presidente Figueroa Alcorta 7597, Núñez, Ciudad Autónoma de Buenos Aires, Argentina ñññññññññ";
  auto text = RenderCalendarFile(e);
  std::string unfolded;
  for (const auto& line : Lines(text)) {
    EXPECT_LE(line.size(), 75u) << line;
    // A continuation never starts inside a UTF-8 sequence (after its leading space).
    if (!line.empty() && line[0] == ' ') {
      ASSERT_GT(line.size(), 1u);
      EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80) << line;
      unfolded += line.substr(1);
    } else {
      unfolded += "\n" + line;
    }
  }
  EXPECT_NE(unfolded.find("\nLOCATION:" + EscapeCalendarText(e.clinic_address) + "\n"), std::string::npos) << unfolded;
}

}  // namespace
}  // namespace healthpulse::appointments
