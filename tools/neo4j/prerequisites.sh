#!/usr/bin/env bash
# What the project's own Neo4j needs on the machine: a Java 17 or 21 and Maven (which fetches the
# pinned Neo4j jars from Maven Central once). Installs Debian's packages where apt exists;
# elsewhere says exactly what to install. Called by `make run` and `make test`.
set -euo pipefail

java_ok() {
  local j
  for j in ${KG_NEO4J_JAVA:-} ${JAVA_HOME:+$JAVA_HOME/bin/java} $(command -v java || true) /usr/lib/jvm/*/bin/java; do
    [ -x "$j" ] || continue
    if "$j" -version 2>&1 | grep -Eq 'version "(17|21)[."]'; then return 0; fi
  done
  return 1
}

missing=()
java_ok || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the project's Neo4j (Java 17 and Maven)"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
fi
