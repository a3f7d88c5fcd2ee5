#include <gtest/gtest.h>

#include "db/database.h"

namespace healthpulse::db {
namespace {

TEST(WithConnectionDefaults, AddsTimeoutAndKeepalivesUnlessTheUrlSetsThem) {
  struct Row {
    const char* url;
    const char* expected;
  } rows[] = {
      {"host=/run port=5433 dbname=x",
       "host=/run port=5433 dbname=x connect_timeout=5 keepalives=1 keepalives_idle=30 keepalives_interval=10 "
       "keepalives_count=3"},
      {"host=db connect_timeout=2 keepalives=0",
       "host=db connect_timeout=2 keepalives=0 keepalives_idle=30 keepalives_interval=10 keepalives_count=3"},
      {"postgresql://u@db/x",
       "postgresql://u@db/x?connect_timeout=5&keepalives=1&keepalives_idle=30&keepalives_interval=10&keepalives_count=3"},
      {"postgres://u@db/x?sslmode=require&keepalives_idle=5",
       "postgres://u@db/x?sslmode=require&keepalives_idle=5&connect_timeout=5&keepalives=1&keepalives_interval=10&"
       "keepalives_count=3"},
      // A key that only ends like ours is not ours.
      {"host=db xconnect_timeout=9",
       "host=db xconnect_timeout=9 connect_timeout=5 keepalives=1 keepalives_idle=30 keepalives_interval=10 "
       "keepalives_count=3"},
  };
  for (const auto& row : rows) EXPECT_EQ(WithConnectionDefaults(row.url), row.expected) << row.url;
  EXPECT_EQ(WithConnectionDefaults("host=db keepalives=1 keepalives_idle=1 keepalives_interval=1 keepalives_count=1", 2),
            "host=db keepalives=1 keepalives_idle=1 keepalives_interval=1 keepalives_count=1 connect_timeout=2");
}

}  // namespace
}  // namespace healthpulse::db
