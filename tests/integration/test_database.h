#pragma once

#include <atomic>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "db/migrator.h"

namespace healthpulse::testing {

// A fresh, migrated database per test, created in the throwaway cluster named by
// HEALTHPULSE_TEST_DATABASE_URL (scripts/test-integration.sh starts one) and dropped after.
class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* admin = std::getenv("HEALTHPULSE_TEST_DATABASE_URL");
    ASSERT_NE(admin, nullptr) << "HEALTHPULSE_TEST_DATABASE_URL must name a throwaway cluster";
    admin_url_ = admin;
    static std::atomic<int> counter{0};
    name_ = "it_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    pqxx::connection c(admin_url_);
    pqxx::nontransaction(c).exec("CREATE DATABASE " + name_ + (template_.empty() ? "" : " TEMPLATE " + template_));
    url_ = WithDatabase(admin_url_, name_);
    if (migrate_) db::Migrate(url_);
  }

  void TearDown() override {
    if (name_.empty()) return;
    pqxx::connection c(admin_url_);
    pqxx::nontransaction(c).exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  }

  // Runs SQL directly, bypassing the application (as an attacker with DB access would).
  pqxx::result Sql(const std::string& sql) {
    pqxx::connection c(url_);
    pqxx::work w(c);
    auto r = w.exec(sql);
    w.commit();
    return r;
  }

  // The key=value connection string `url` with its dbname replaced.
  static std::string WithDatabase(const std::string& url, const std::string& name) {
    return url + " dbname=" + name;
  }

  bool migrate_ = true;
  // When set (before SetUp), the database starts as a copy of this one: a fixture whose
  // setup is costly (reference data) prepares it once per process and sets migrate_ false.
  std::string template_;
  std::string admin_url_;
  std::string name_;
  std::string url_;
};

}  // namespace healthpulse::testing
