#pragma once

#include <memory>
#include <string>

#include <pqxx/pqxx>

namespace healthpulse::db {

// Opens one connection in UTC with no prepared statements (migrations, admin
// commands, the pool's own connections), with WithConnectionDefaults' connect timeout
// and keepalives. Throws pqxx::broken_connection.
std::unique_ptr<pqxx::connection> Connect(const std::string& url);

}  // namespace healthpulse::db
