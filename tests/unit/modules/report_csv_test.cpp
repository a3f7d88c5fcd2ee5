#include <gtest/gtest.h>

#include "core/csv.h"
#include "modules/reports/report_csv.h"

namespace healthpulse::reports {
namespace {

TEST(ReportCsv, QuotesOnlyCellsThatNeedIt) {
  const std::pair<std::string, std::string> kCells[] = {
      {"Pérez", "Pérez"},
      {"Pérez, Ana", "\"Pérez, Ana\""},
      {"el \"Tano\"", "\"el \"\"Tano\"\"\""},
      {"dos\nlíneas", "\"dos\nlíneas\""},
      {"", ""},
  };
  for (const auto& [text, cell] : kCells) EXPECT_EQ(CsvCell(text), cell) << text;
}

TEST(ReportCsv, DoctorPerformanceHasAHeaderAndOneRowPerDoctor) {
  DoctorPerformanceReport report;
  DoctorPerformanceItem ana;
  ana.doctor_id = 3;
  ana.doctor_name = "Pérez, Ana \"la Dra\"";
  ana.specialty = "Clínica";
  ana.appointments = 4;
  ana.by_status.finished = 2;
  ana.by_status.cancelled = 1;
  ana.by_status.no_show = 1;
  ana.no_show_rate = 0.3333;
  ana.mean_wait_minutes = 12.5;
  DoctorPerformanceItem luis;
  luis.doctor_id = 7;
  luis.doctor_name = "Luis";
  report.items = {ana, luis};
  auto csv = DoctorPerformanceCsv(report);
  EXPECT_EQ(csv,
            "doctor_id,doctor_name,specialty,appointments,registered,confirmed,waiting,in_progress,finished,"
            "cancelled,no_show,no_show_rate,mean_wait_minutes,mean_consultation_minutes,mean_call_delay_minutes,"
            "on_time_rate,scheduled_minutes,booked_minutes,scheduled_booked_share\r\n"
            "3,\"Pérez, Ana \"\"la Dra\"\"\",Clínica,4,0,0,0,0,2,1,1,0.3333,12.5,,,,0,0,\r\n"
            "7,Luis,,0,0,0,0,0,0,0,0,,,,,,0,0,\r\n");
  // What a CSV reader gets back is the name as stored.
  auto second_line = csv.substr(csv.find("\r\n") + 2);
  second_line = second_line.substr(0, second_line.find("\r\n"));
  EXPECT_EQ(SplitCsvRecord(second_line).at(1), ana.doctor_name);
}

TEST(ReportCsv, RoomOccupancyListsTheRooms) {
  RoomOccupancyReport report;
  report.items = {RoomOccupancyItem{1, 2, 1, 3, "C-1", 600, 90, 42.5, 0.15},
                  RoomOccupancyItem{1, 2, 1, 4, "C,2", 0, 30, 0, std::nullopt}};
  EXPECT_EQ(RoomOccupancyCsv(report),
            "clinic_id,floor_id,floor_number,room_id,room_code,open_minutes,booked_minutes,used_minutes,occupancy\r\n"
            "1,2,1,3,C-1,600,90,42.5,0.15\r\n"
            "1,2,1,4,\"C,2\",0,30,0,\r\n");
}

TEST(ReportCsv, PopulationHealthShowsSmallCellsAsLessThanFive) {
  PopulationHealthReport report;
  report.population = Cell(120, false);
  report.conditions = {ConditionPrevalence{"E10-E14", "Diabetes mellitus", Cell(12, false), 100.0, 81.3},
                       ConditionPrevalence{"J45", "Asma", Cell(3, false), std::nullopt, std::nullopt}};
  report.groups = {PopulationGroup{4, "60-64", "F", "E10-E14", Cell(2, false), Cell(9, false), std::nullopt},
                   PopulationGroup{4, "60-64", std::nullopt, "J45", Cell(3, true), Cell(9, true), 333.3}};
  EXPECT_EQ(PopulationHealthCsv(report),
            "scope,clinic_id,age_band,sex,code,name,patients,population,per_1000,age_standardized_per_1000\r\n"
            "network,,,,E10-E14,Diabetes mellitus,12,120,100,81.3\r\n"
            "network,,,,J45,Asma,<5,120,,\r\n"
            "group,4,60-64,F,E10-E14,,<5,9,,\r\n"
            "group,4,60-64,,J45,,3,9,333.3,\r\n");
}

}  // namespace
}  // namespace healthpulse::reports
