# HealthPulse: `make run` and `make test` are the two commands (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := run

PG_DIR        := var/pg
PG_PORT       ?= 5433
RELEASE_DIR   := build/release
ASAN_DIR      := build/asan
PRIVATE_DB    := $(shell scripts/pg.sh url $(CURDIR)/$(PG_DIR) $(PG_PORT) 2>/dev/null)

.PHONY: run test stop deps web web-deps release asan bench fuzz clean

deps:
	@scripts/install-deps.sh

web-deps: deps
	@if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then \
	  cd web && npm ci --no-audit --no-fund; fi
	@if [ ! -d tests/node_modules ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then \
	  cd tests && npm ci --no-audit --no-fund; fi

web: web-deps
	@cd web && npm run --silent build

release: deps
	@cmake -S . -B $(RELEASE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@ninja -C $(RELEASE_DIR) healthpulse

asan: deps
	@cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHEALTHPULSE_SANITIZE=ON >/dev/null
	@ninja -C $(ASAN_DIR)

run: release web
	@if [ -n "$$HEALTHPULSE_DATABASE_URL" ]; then \
	  $(RELEASE_DIR)/healthpulse migrate && exec $(RELEASE_DIR)/healthpulse serve; \
	fi; \
	scripts/pg.sh start $(CURDIR)/$(PG_DIR) $(PG_PORT) && \
	export HEALTHPULSE_DATABASE_URL="$(PRIVATE_DB)" && \
	$(RELEASE_DIR)/healthpulse migrate && \
	$(RELEASE_DIR)/healthpulse seed && \
	echo && echo "HealthPulse on http://localhost:$${HEALTHPULSE_PORT:-8080}" && \
	echo "Demo logins (password 'healthpulse'): admin, secretaria, medico, paciente" && \
	echo "Ctrl-C stops the server; 'make stop' stops the private database." && echo && \
	exec $(RELEASE_DIR)/healthpulse serve

stop:
	@scripts/pg.sh stop $(CURDIR)/$(PG_DIR)

test: asan web
	@scripts/test.sh

# libFuzzer targets (tests/fuzz), FUZZ_SECONDS each (default 60); fails on a crash.
FUZZ_SECONDS ?= 60
fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS)

# Benchmarks (bench/): reported as ratios measured side by side, never asserted in tests.
bench: release
	@bench/patient_search.sh
	@bench/booking.sh
	@bench/doctor_day.sh
	@bench/patient_record.sh

clean:
	rm -rf build web/dist
