#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/database.h"
#include "test_database.h"

namespace healthpulse {
namespace {

// Enough turnos (20,000 over four clinics, twenty doctors and 500 patients) that
// PostgreSQL's choices are the ones it makes in production: reading the table whole is
// what it does when no index fits a role's visibility.
class AppointmentListPlanTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    Sql("INSERT INTO clinics (name, timezone) SELECT 'Clinica ' || c, 'UTC' FROM generate_series(1, 4) c;"
        "INSERT INTO floors (clinic_id, number) SELECT c, 1 FROM generate_series(1, 4) c;"
        "INSERT INTO rooms (floor_id, clinic_id, code) SELECT c, c, 'R' || r FROM generate_series(1, 4) c, "
        "  generate_series(1, 5) r;"
        "INSERT INTO nomenclators (name) VALUES ('NN');"
        "INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30);"
        "INSERT INTO users (username, password_hash, full_name, role)"
        "  SELECT 'doc' || d, 'x', 'Doc ' || d, 'doctor' FROM generate_series(1, 20) d;"
        "INSERT INTO users (username, password_hash, full_name, role) VALUES ('sec', 'x', 'Sec', 'secretary'),"
        "  ('admin', 'x', 'Admin', 'admin');"
        "INSERT INTO users (username, password_hash, full_name, role)"
        "  SELECT 'pac' || p, 'x', 'Pac ' || p, 'patient' FROM generate_series(1, 500) p;"
        "INSERT INTO doctors (user_id, specialty) SELECT d, 'Clínica' FROM generate_series(1, 20) d;"
        "INSERT INTO user_clinics SELECT 21, c FROM generate_series(1, 2) c;"
        "INSERT INTO patients (first_name, last_name, document_number, user_id)"
        "  SELECT 'P', 'N' || p, (10000000 + p)::text, 22 + p FROM generate_series(1, 500) p;"
        // Doctor d works in room d of clinic (d - 1) / 5 + 1; ten minutes apart, never overlapping.
        "INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at)"
        "  SELECT 1 + i % 500, 1 + i % 20, 1 + i % 20, 1, 1 + (i % 20) / 5,"
        "         timestamptz '2026-01-01' + i * interval '10 minutes',"
        "         timestamptz '2026-01-01' + i * interval '10 minutes' + interval '5 minutes'"
        "  FROM generate_series(1, 20000) i;"
        "ANALYZE");
  }

  struct Caller {
    const char* role;
    int user_id;
  };
  static constexpr Caller kCallers[] = {{"admin", 22}, {"secretary", 21}, {"doctor", 3}, {"patient", 30}};

  static void CollectSeqScans(const nlohmann::json& node, std::vector<std::string>& out) {
    if (node.value("Node Type", "") == "Seq Scan") out.push_back(node.value("Relation Name", "?"));
    if (node.contains("Plans")) {
      for (const auto& child : node["Plans"]) CollectSeqScans(child, out);
    }
  }
};

// The list statements as the repository runs them (sql/queries/appointments/*.sql),
// prepared with the server's parameter types.
constexpr const char* kParameterTypes = "(bigint, int, bigint, bigint, bigint, bigint, text, timestamptz, timestamptz, text, bigint)";

TEST_F(AppointmentListPlanTest, EveryRolesListWalksAnIndexAndHasALimit) {
  pqxx::connection c(url_);
  pqxx::nontransaction n(c);
  n.exec(std::string("PREPARE list ") + kParameterTypes + " AS " + std::string(db::QueryText("list_appointments")));
  n.exec(std::string("PREPARE list_doctor ") + kParameterTypes + " AS " +
         std::string(db::QueryText("list_doctor_appointments")));
  struct Statement {
    const char* name;
    const char* filters;  // $3-$9
  } statements[] = {
      {"list", "NULL, NULL, NULL, NULL, NULL, NULL, NULL"},
      {"list", "NULL, NULL, NULL, NULL, NULL, '2026-02-01T00:00:00Z', '2026-02-08T00:00:00Z'"},
      {"list_doctor", "3, NULL, NULL, NULL, NULL, '2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z'"},
  };
  // The server's connections run these many times, for every role: warm the plan cache
  // the same way, so a generic plan PostgreSQL would switch to shows up too.
  for (int round = 0; round < 6; ++round) {
    for (const auto& s : statements) {
      for (const auto& caller : kCallers) {
        n.exec(std::string("EXECUTE ") + s.name + "(0, 51, " + s.filters + ", '" + caller.role + "', " +
               std::to_string(caller.user_id) + ")");
      }
    }
  }
  for (const auto& s : statements) {
    for (const auto& caller : kCallers) {
      std::string call = std::string(s.name) + "(0, 51, " + s.filters + ", '" + caller.role + "', " +
                         std::to_string(caller.user_id) + ")";
      auto plan = nlohmann::json::parse(n.exec("EXPLAIN (FORMAT JSON) EXECUTE " + call)[0][0].c_str());
      const auto& top = plan.at(0).at("Plan");
      EXPECT_EQ(top.value("Node Type", ""), "Limit") << call << ": a list is always bounded\n" << plan.dump(1);
      std::vector<std::string> seq_scans;
      CollectSeqScans(top, seq_scans);
      EXPECT_EQ(std::count(seq_scans.begin(), seq_scans.end(), "appointments"), 0)
          << call << " reads the whole appointments table\n" << plan.dump(1);
    }
  }
}

// The index-walking pre-filters may only help the planner: each role sees exactly the
// turnos appointment_visible_to admits, in the same order.
TEST_F(AppointmentListPlanTest, EachRoleListsExactlyWhatTheVisibilityRuleAdmits) {
  pqxx::connection c(url_);
  pqxx::nontransaction n(c);
  n.exec(std::string("PREPARE list ") + kParameterTypes + " AS " + std::string(db::QueryText("list_appointments")));
  for (const auto& caller : kCallers) {
    std::string who = std::string("'") + caller.role + "', " + std::to_string(caller.user_id);
    std::vector<long long> listed, admitted;
    for (const auto& row : n.exec("EXECUTE list(0, 100000, NULL, NULL, NULL, NULL, NULL, NULL, NULL, " + who + ")")) {
      listed.push_back(row[0].as<long long>());
    }
    for (const auto& row : n.exec("SELECT v.id FROM appointment_views v WHERE appointment_visible_to(v.clinic_id, "
                                  "v.doctor_user_id, v.patient_user_id, " +
                                  who + ") ORDER BY v.starts_at, v.id")) {
      admitted.push_back(row[0].as<long long>());
    }
    EXPECT_FALSE(admitted.empty()) << caller.role;
    EXPECT_EQ(listed, admitted) << caller.role;
  }
}

}  // namespace
}  // namespace healthpulse
