#!/usr/bin/env bash
# Province-scale statistics benchmark (issues 8 and 16, "Scale"): generates the area tree (1 province, 11 cities,
# 90 counties, 1,300 townships) and 3,000 institutions in it with five years of monthly reports (about 7 million
# values: the seeded forms plus a benchmark-only form, BENCH_MCH_FP) into a MariaDB outside the repository on first
# use, then times the dashboards' reads for the province, a city, a county and a township (and the older
# whole-province reads). See docs/benchmarks.md.
#
#   bench/statistics-scale.sh                 # generate if missing, then measure
#   bench/statistics-scale.sh generate        # only generate (and check consistency)
#
# Variables: SCALE_DATA (embedded MariaDB's folder, default ~/programdesk-scale; not below /tmp),
# SCALE_URL / SCALE_USERNAME / SCALE_PASSWORD (an external MariaDB instead; an empty database),
# SCALE_INSTITUTIONS (3000), SCALE_RUNS (100 timed calls per query after 20 warm-up calls).
# Results: target/benchmarks/statistics-scale.txt (or statistics-scale-generation.txt). To start over,
# delete the SCALE_DATA folder (or drop the external database).
set -euo pipefail
cd "$(dirname "$0")/.."

args=(-B -q -Pbenchmarks -DskipProduction test -Dtest=StatisticsScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
      "-Dscale.dataDir=${SCALE_DATA:-$HOME/programdesk-scale}"
      "-Dscale.institutions=${SCALE_INSTITUTIONS:-3000}" "-Dscale.runs=${SCALE_RUNS:-100}")
if [[ -n "${SCALE_URL:-}" ]]; then
  args+=("-Dscale.url=$SCALE_URL" "-Dscale.username=${SCALE_USERNAME:-root}" "-Dscale.password=${SCALE_PASSWORD:-}")
fi
if [[ "${1:-}" == "generate" ]]; then
  args+=(-Dscale.generateOnly=true)
fi
./mvnw "${args[@]}"
