#!/usr/bin/env bash
# Runs Keycloak with the demo realm thidua (thidua-realm-demo.json beside this script: the base realm plus the demo
# users and the password grant) without Docker, to check the realm:
#   bash infra/identity/keycloak/run-keycloak.sh [port]        # default port 19090; Ctrl-C stops it
# then, from the repository root:
#   ./mvnw -B -ntp -pl infra/identity -am verify -Dtest=KeycloakRealmIT -Dsurefire.failIfNoSpecifiedTests=false \
#          -Dthidua.keycloak.issuer=http://localhost:19090/realms/thidua
# Keycloak's distribution (org.keycloak:keycloak-quarkus-dist, the version of docker-compose.yml's image) comes from
# Maven Central through the project's Maven wrapper into infra/identity/target/keycloak. Java 17 runs it (21+ is
# what Keycloak recommends: set KEYCLOAK_JAVA_HOME to use another). Development mode: H2 in the distribution's data folder,
# recreated (and the realm imported afresh) on every run.
set -euo pipefail

version=26.4.7
port=${1:-19090}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
target=$repo/infra/identity/target/keycloak
home=$target/keycloak-$version

if [[ ! -x $home/bin/kc.sh ]]; then
  mkdir -p "$target"
  "$repo/mvnw" -B -ntp -q -f "$repo/infra/identity/pom.xml" dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" -DoutputDirectory="$target"
  (cd "$target" && unzip -q -o "keycloak-quarkus-dist-$version.zip")
fi
rm -rf "$home/data"
mkdir -p "$home/data/import"
cp "$here/thidua-realm-demo.json" "$home/data/import/thidua-realm.json"

if [[ -n ${KEYCLOAK_JAVA_HOME:-} ]]; then export JAVA_HOME=$KEYCLOAK_JAVA_HOME; fi
export KC_HOSTNAME=http://localhost:$port
export KC_BOOTSTRAP_ADMIN_USERNAME=admin
# a throw-away admin password unless one is given; the pages' client secret KeycloakRealmIT uses
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
export THIDUA_PAGES_CLIENT_SECRET=${THIDUA_PAGES_CLIENT_SECRET:-thidua-pages-secret}
export KC_HEALTH_ENABLED=true
export KC_HTTP_MANAGEMENT_PORT=$((port + 1))
echo "run-keycloak: Keycloak $version on http://localhost:$port (issuer http://localhost:$port/realms/thidua; admin password $KC_BOOTSTRAP_ADMIN_PASSWORD)"
exec "$home/bin/kc.sh" start-dev --import-realm --http-port "$port"
