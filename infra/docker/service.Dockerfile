# syntax=docker/dockerfile:1
#
# One image recipe for all four Thi Đua services. The build context is the repository root:
#
#   docker build -f infra/docker/service.Dockerfile \
#     --build-arg SERVICE=review-service --build-arg SERVER_PORT=8082 \
#     -t thidua/review-service:0.1.0-SNAPSHOT .
#
# docker-compose.yml (repository root) does exactly this for the four services.
# What goes into the context is filtered by service.Dockerfile.dockerignore (next to this file).
#
# Build args:
#   SERVICE      Maven module to package: registration-service | review-service | award-service | reporting-service
#   SERVER_PORT  HTTP port the service listens on (8081 | 8082 | 8083 | 8084); EXPOSEd and set as SERVER_PORT

############################ stage 1: build the exec jar ############################
FROM maven:3.9-eclipse-temurin-17 AS build

WORKDIR /workspace

# Local repository inside the build stage, so the dependency layer below is a plain image
# layer (no reliance on the base image's settings, volumes or BuildKit cache mounts).
ENV MAVEN_ARGS="-B -ntp -Dmaven.repo.local=/workspace/.m2/repository"

# 1) POMs only. The reactor root lists every module, so every module's pom.xml is needed;
#    add a line here when a module is added to the root pom.xml. (.mvn/ carries any
#    maven.config / jvm.config; Maven comes from the image, so the wrapper itself is not used.)
COPY pom.xml ./
COPY .mvn/ .mvn/
COPY infra/contracts/pom.xml infra/contracts/
COPY infra/identity/pom.xml infra/identity/
COPY infra/embedded/pom.xml infra/embedded/
COPY infra/test-support/pom.xml infra/test-support/
COPY infra/platform/pom.xml infra/platform/
COPY infra/local-stack/pom.xml infra/local-stack/
COPY registration-service/pom.xml registration-service/
COPY review-service/pom.xml review-service/
COPY award-service/pom.xml award-service/
COPY reporting-service/pom.xml reporting-service/

# 2) Download the dependencies and plugins of the whole reactor. SERVICE is deliberately not
#    declared yet: this layer is identical for all four images, built once, and reused until a
#    pom.xml changes. (Sibling modules are excluded from resolution by the dependency plugin.)
RUN mvn dependency:go-offline

# 3) Sources: the shared infra modules and the one service being built. infra/local-stack and
#    infra/docker are kept out of the context by service.Dockerfile.dockerignore.
ARG SERVICE
RUN if [ -z "${SERVICE}" ]; then echo "build arg SERVICE is required (e.g. registration-service)" >&2; exit 1; fi
COPY infra/ infra/
COPY ${SERVICE}/ ${SERVICE}/

# 4) Package the service and the modules it depends on; tests run in CI, not in the image build.
RUN mvn -DskipTests -pl "${SERVICE}" -am package \
 && cp "${SERVICE}"/target/"${SERVICE}"-*-exec.jar /workspace/app.jar

############################ stage 2: runtime ############################
FROM eclipse-temurin:17-jre

# curl is what the health checks (below and in docker-compose.yml) call. The Ubuntu-based
# temurin images ship it today; install it only if a future base image drops it.
# Then the unprivileged user the service runs as. (Before the ARGs: one layer for all four images.)
RUN set -eu; \
    if ! command -v curl >/dev/null 2>&1; then \
      apt-get update; \
      apt-get install -y --no-install-recommends curl; \
      rm -rf /var/lib/apt/lists/*; \
    fi; \
    groupadd --gid 10001 thidua; \
    useradd --uid 10001 --gid thidua --home-dir /app --no-create-home --shell /usr/sbin/nologin thidua

ARG SERVICE
ARG SERVER_PORT
RUN if [ -z "${SERVICE}" ] || [ -z "${SERVER_PORT}" ]; then \
      echo "build args SERVICE and SERVER_PORT are required" >&2; exit 1; \
    fi

WORKDIR /app

# Owned by root, readable by everyone: the service user can run the jar but not replace it.
COPY --from=build /workspace/app.jar /app/app.jar

LABEL org.opencontainers.image.title="thidua-${SERVICE}" \
      org.opencontainers.image.description="Thi Đua ${SERVICE}"

# Defaults for `docker run`; docker-compose.yml sets these (and the THIDUA_* variables) itself.
ENV SERVER_PORT=${SERVER_PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"

EXPOSE ${SERVER_PORT}

USER 10001:10001

HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS -o /dev/null "http://localhost:${SERVER_PORT}/actuator/health" || exit 1

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
