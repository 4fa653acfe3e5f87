# syntax=docker/dockerfile:1
#
# Program Desk container image.
#
#   docker build -t program-desk .
#   docker compose up --build      (with compose.yaml: app + MariaDB)
#
# Runtime configuration (environment variables):
#   SPRING_DATASOURCE_URL       required: an external MariaDB, e.g. jdbc:mariadb://db:3306/programdesk
#                               (without it the app would start its embedded MariaDB in /app/data,
#                               which this image does not support: /app is read-only for the app user)
#   SPRING_DATASOURCE_USERNAME  database user
#   SPRING_DATASOURCE_PASSWORD  database password
#   PROGRAMDESK_ADMIN_PASSWORD  initial password of the admin account; only used when the schema
#                               is empty (first start), ignored afterwards
#   PORT                        optional, HTTP port (default 8080; the health check follows it,
#                               EXPOSE and compose.yaml's mapping do not)
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
RUN ./mvnw -B -DskipTests package \
    && java -Djarmode=tools -jar target/program-desk.jar extract --destination target/app

# ---- runtime stage ----------------------------------------------------------------------------
FROM eclipse-temurin:25-jre-noble

LABEL org.opencontainers.image.title="Program Desk"

# Printable supervision reports embed a Chinese font found on the system (Noto Sans CJK).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 programdesk \
    && useradd --system --uid 10001 --gid programdesk --create-home --home-dir /home/programdesk \
        --shell /usr/sbin/nologin programdesk

WORKDIR /app
# production's layout (deploy/prepare.sh): the extracted jar and its lib/, and the JVM flags of
# deploy/jvm.options. Owned by root, world-readable: the app user can run but not modify it.
COPY --from=build --chmod=0755 /build/target/app/ /app/
COPY --chmod=0644 deploy/jvm.options /app/jvm.options

USER programdesk
EXPOSE 8080
# The heap: a share of the container's memory (deploy/start.sh sets -Xmx1g instead).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

# The JRE image has no curl/wget; bash's /dev/tcp talks HTTP/1.0 to the actuator instead.
# Anonymous callers get only {"status":"UP"} (details need ADMIN), which is all we match.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'

# No AOT cache in the image yet: its training run needs the database (deploy/prepare.sh).
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/program-desk.jar"]
