#!/usr/bin/env bash
# Validates the production-like container setup without a Docker engine (CI and dev machine alike):
#   1. dclint (pinned in package-lock.json): YAML syntax and Compose-Specification schema validation
#      (always errors; cannot be disabled), then lint rules configured in .dclintrc; any error or
#      warning fails.
#   2. dockerfile-utils: syntax check of service.Dockerfile.
#   3. grep: docker-compose.yml stays in step with the embedded local stack (published host ports
#      8081-8084, 9092, 5432, 27017, 9000 and the THIDUA_* / SERVER_PORT variable names the services
#      read), the services trust Keycloak's realm, and the files it references exist.
#   4. secrets: docker-compose.yml has no demo user, no demo realm and no default secret; every
#      password and secret is a required ${VAR:?...} from .env, and .env.example lists every variable
#      the file uses, without values; the base realm has no users and no password grant;
#      docker-compose.demo.yml (the only user of the demo realm) passes dclint too.
#
# Usage (CI):  bash infra/docker/validate-compose.sh [compose-file]
#              compose-file defaults to docker-compose.yml at the repository root.
# Needs: bash, npm and network access to the npm registry on first run (tools are installed into
# infra/docker/.tools, git-ignored, reused while package-lock.json is unchanged). Node.js >= 20.19
# is used if present; otherwise a pinned Node.js build is fetched from the npm registry.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
compose=${1:-$repo/docker-compose.yml}
compose_dir=$(cd "$(dirname "$compose")" && pwd)
demo_compose=$compose_dir/docker-compose.demo.yml
env_template=$compose_dir/.env.example
tools=$here/.tools            # git-ignored
lint_tools=$tools/lint        # npm ci of package.json + package-lock.json
# dclint 3.x needs Node.js >= 20.19 (it require()s ES modules). Where the system Node.js is older,
# e.g. Debian 12's apt nodejs 18, this exact Node.js build is fetched from the npm registry instead.
fallback_node_version=22.23.3

say() { echo "validate-compose: $*"; }
fail() { echo "validate-compose: FAIL: $*" >&2; exit 1; }
node_ok() {
  "$1" -e 'const [a, b] = process.versions.node.split(".").map(Number);
           process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' >/dev/null 2>&1
}

[[ -f $compose ]] || fail "no such file: $compose"
command -v npm >/dev/null 2>&1 || fail "npm not found (needed to install the pinned tools)"

# --- Node.js for the tools --------------------------------------------------------------------
node_bin=$(command -v node || true)
if [[ -z $node_bin ]] || ! node_ok "$node_bin"; then
  system_node=$( [[ -n $node_bin ]] && "$node_bin" --version 2>/dev/null || echo none)
  case $(uname -m) in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) fail "Node.js >= 20.19 required and no fallback build for $(uname -m)" ;;
  esac
  runtime=$tools/node-$fallback_node_version
  node_bin=$runtime/node_modules/node-linux-$arch/bin/node
  if [[ ! -x $node_bin ]]; then
    say "system Node.js ($system_node) is missing or older than 20.19;" \
        "installing node-linux-$arch@$fallback_node_version into infra/docker/.tools"
    npm install --prefix "$runtime" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
      --loglevel=error "node-linux-$arch@$fallback_node_version"
  fi
  node_ok "$node_bin" || fail "could not provide Node.js >= 20.19"
fi

# --- pinned tools: reinstall only when the lockfile changed -----------------------------------
if ! cmp -s "$here/package-lock.json" "$lint_tools/package-lock.json" \
   || [[ ! -e $lint_tools/node_modules/.bin/dclint || ! -e $lint_tools/node_modules/.bin/dockerfile-utils ]]; then
  say "installing pinned tools into infra/docker/.tools (npm ci)"
  rm -rf "$lint_tools"
  mkdir -p "$lint_tools"
  cp "$here/package.json" "$here/package-lock.json" "$lint_tools/"
  npm ci --prefix "$lint_tools" --ignore-scripts --no-audit --no-fund --loglevel=error
fi
# Run the tools with the Node.js chosen above, not with whatever `env node` finds.
dclint() { "$node_bin" "$lint_tools/node_modules/.bin/dclint" "$@"; }
dockerfile_utils() { "$node_bin" "$lint_tools/node_modules/.bin/dockerfile-utils" "$@"; }

# --- 1. schema + lint ------------------------------------------------------------------------
say "dclint $(dclint --version) (Node.js $("$node_bin" --version)) on $compose"
dclint --config "$here/.dclintrc" --max-warnings 0 "$compose" \
  || fail "dclint reported problems in $compose (see above; ordering/quoting warnings can be fixed with: infra/docker/.tools/lint/node_modules/.bin/dclint --config infra/docker/.dclintrc --fix <file>)"

if [[ -f $demo_compose ]]; then
  say "dclint on $demo_compose"
  dclint --config "$here/.dclintrc" --max-warnings 0 "$demo_compose" \
    || fail "dclint reported problems in $demo_compose (see above)"
fi

# --- 2. Dockerfile syntax ---------------------------------------------------------------------
say "dockerfile-utils lint infra/docker/service.Dockerfile"
dockerfile_utils lint "$here/service.Dockerfile" \
  || fail "service.Dockerfile has syntax problems"

# --- 3. in step with the embedded local stack -------------------------------------------------
say "checking ports and variable names against the local stack"
# Published host ports, e.g.  - "127.0.0.1:8081:8081"  (host side must be the local-stack port).
for port in 8081 8082 8083 8084 9092 5432 27017 9000; do
  grep -Eq "^[[:space:]]*-[[:space:]]*[\"']?([0-9.]+:)?${port}:[0-9]+[\"']?[[:space:]]*(#.*)?$" "$compose" \
    || fail "host port $port is not published in $compose (the local stack uses it)"
done
# Each service listens on its local-stack port.
for port in 8081 8082 8083 8084; do
  grep -Eq "^[[:space:]]+SERVER_PORT:[[:space:]]*[\"']?${port}[\"']?[[:space:]]*$" "$compose" \
    || fail "no service has SERVER_PORT $port in $compose"
done
# The services trust the issuer of the compose file's identity provider (Keycloak's realm thidua).
grep -Eq "^[[:space:]]+THIDUA_SECURITY_ISSUER_URI:[[:space:]]*[\"']?http://keycloak.localhost:9000/realms/thidua[\"']?[[:space:]]*$" "$compose" \
  || fail "THIDUA_SECURITY_ISSUER_URI is not Keycloak's realm thidua (http://keycloak.localhost:9000/realms/thidua) in $compose"
grep -Eq "^[[:space:]]+KC_HOSTNAME:[[:space:]]*[\"']?http://keycloak.localhost:9000[\"']?[[:space:]]*$" "$compose" \
  || fail "Keycloak's KC_HOSTNAME is not http://keycloak.localhost:9000 (the issuer the services trust) in $compose"
# Kafka's host listener must advertise the published port, or host clients get redirected.
grep -Eq "^[[:space:]]+KAFKA_ADVERTISED_LISTENERS:.*://localhost:9092" "$compose" \
  || fail "Kafka does not advertise localhost:9092 for host clients in $compose"
# The variable names the services bind (thidua.* properties, relaxed binding).
for name in THIDUA_KAFKA_BOOTSTRAP_SERVERS THIDUA_KAFKA_REPLICATION_FACTOR THIDUA_KAFKA_MIN_INSYNC_REPLICAS \
            THIDUA_POSTGRES_HOST THIDUA_POSTGRES_PORT \
            THIDUA_POSTGRES_USERNAME THIDUA_POSTGRES_PASSWORD THIDUA_MONGO_URI \
            THIDUA_KAFKA_SECURITY_PROTOCOL THIDUA_KAFKA_SASL_MECHANISM THIDUA_KAFKA_SASL_USERNAME THIDUA_KAFKA_SASL_PASSWORD \
            THIDUA_SECURITY_ISSUER_URI SERVER_PORT JAVA_TOOL_OPTIONS; do
  grep -Eq "^[[:space:]]+${name}:" "$compose" || fail "environment variable $name is not set in $compose"
done
# Files the compose file references (paths relative to the repository root). A missing bind
# source would silently become an empty directory.
for file in infra/docker/service.Dockerfile infra/docker/postgres-init.sh infra/docker/mongo-init.js \
            infra/docker/kafka-security.sh infra/identity/keycloak/thidua-realm.json; do
  grep -Fq "$file" "$compose" || fail "$compose no longer references $file"
  [[ -f $repo/$file ]] || fail "$file is referenced by $compose but missing"
done

# --- 4. secrets and demo users ---------------------------------------------------------------
say "checking that $compose has no demo user and no default secret"
# comments may name the demo file; the checks read the rest
uncommented=$(mktemp)
trap 'rm -f "$uncommented"' EXIT
sed -E 's/(^|[[:space:]])#.*$//' "$compose" > "$uncommented"
# Demo users, their shared password, the demo realm and the development secrets stay out of the base file.
for forbidden in 'ThiDua@2026' 'thidua-realm-demo' 'thidua-pages-secret' 'canbo.' 'quantri'; do
  if grep -Fn -- "$forbidden" "$uncommented"; then
    fail "$compose contains '$forbidden' (demo users and development secrets belong in docker-compose.demo.yml or .env)"
  fi
done
# No default value (${VAR:-x}, ${VAR-x}) for any variable: secrets come from .env or compose stops.
if grep -En '\$\{[A-Za-z_][A-Za-z0-9_]*:?-' "$uncommented"; then
  fail "$compose gives a variable a default value (above); secrets must come from .env"
fi
# Every variable whose name says password, secret or admin user is a required ${VAR:?...}.
while IFS= read -r line; do
  value=${line#*:}
  value=$(echo "$value" | sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//; s/^"(.*)"$/\1/')
  [[ $value =~ ^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]*\}$ ]] \
    || fail "a secret in $compose is not a required variable from .env: $(echo "$line" | sed -E 's/:.*/: .../')"
done < <(grep -E '^[[:space:]]+[A-Z0-9_]*(PASSWORD|SECRET|ADMIN)[A-Z0-9_]*:' "$uncommented")
# .env.example names every variable the file uses and gives none a value.
[[ -f $env_template ]] || fail "no $env_template (the committed template of .env)"
if grep -En '^[[:space:]]*[A-Za-z_][A-Za-z0-9_]*=[^[:space:]]' "$env_template"; then
  fail "$env_template gives a value (above); the template stays empty"
fi
for variable in $(grep -oE '\$\{[A-Za-z_][A-Za-z0-9_]*' "$uncommented" | cut -c3- | sort -u); do
  grep -Eq "^${variable}=\s*$" "$env_template" || fail "$env_template does not list $variable (used by $compose)"
done
# Every store authenticates, each service as itself: Kafka only over SASL with ACLs and no anonymous access, each
# service its own Kafka user, MongoDB user (in its URI) and PostgreSQL role.
grep -Eq '^[[:space:]]+KAFKA_LISTENER_SECURITY_PROTOCOL_MAP:' "$uncommented" \
  && ! grep -E '^[[:space:]]+KAFKA_LISTENER_SECURITY_PROTOCOL_MAP:' "$uncommented" | grep -Eq ':PLAINTEXT(,|[[:space:]]*$)' \
  || fail "a Kafka listener in $compose accepts clients without SASL"
grep -Eq '^[[:space:]]+KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND:[[:space:]]*"?false"?' "$uncommented" \
  || fail "Kafka in $compose must refuse what no ACL allows (KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND: false)"
for service in registration review award reporting; do
  users=$(grep -Ec "^[[:space:]]+THIDUA_KAFKA_SASL_USERNAME:[[:space:]]*${service}[[:space:]]*$" "$uncommented" || true)
  [[ $users == 1 ]] || fail "$service-service has no Kafka user of its own in $compose"
  grep -Eq "^[[:space:]]+THIDUA_MONGO_URI:[[:space:]]*mongodb://${service}-service:\\$\{MONGO_${service^^}_PASSWORD:\?" "$uncommented" \
    || fail "$service-service has no MongoDB user of its own in $compose"
done
for service in registration review award; do
  grep -Eq "^[[:space:]]+THIDUA_POSTGRES_USERNAME:[[:space:]]*${service}[[:space:]]*$" "$uncommented" \
    || fail "$service-service has no PostgreSQL role of its own in $compose"
done
# The base realm: no users, no client with the password grant (direct access grants), no literal secret.
"$node_bin" -e '
  const realm = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const problems = [];
  if ((realm.users || []).length) problems.push(realm.users.length + " users");
  for (const client of realm.clients || []) {
    if (client.directAccessGrantsEnabled) problems.push("password grant on " + client.clientId);
    if (client.secret && !/^\$\{[A-Z0-9_]+\}$/.test(client.secret)) problems.push("literal secret of " + client.clientId);
  }
  if (problems.length) { console.error(problems.join(", ")); process.exit(1); }
' "$repo/infra/identity/keycloak/thidua-realm.json" \
  || fail "infra/identity/keycloak/thidua-realm.json must have no users, no password grant, no literal secret"
if [[ -f $demo_compose ]]; then
  grep -Fq "infra/identity/keycloak/thidua-realm-demo.json" "$demo_compose" \
    || fail "$demo_compose does not import the demo realm"
  [[ -f $repo/infra/identity/keycloak/thidua-realm-demo.json ]] || fail "the demo realm file is missing"
fi

say "OK ($compose, ${SECONDS}s)"
