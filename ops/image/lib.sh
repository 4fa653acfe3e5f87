# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# Shared by ops/image/build-local and ops/image/run-local: source it after `set -euo pipefail`.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# The cached base root file system and jlinked runtimes: kept between builds, outside /tmp and home folders.
IMAGE_CACHE=${PROGRAMDESK_IMAGE_CACHE:-/var/cache/program-desk-image}
IMAGE_NAME=localhost/program-desk
# The project's version from pom.xml (the first <version> after <artifactId>program-desk</artifactId>).
APP_VERSION=$(sed -n '/<artifactId>program-desk<\/artifactId>/,/<version>/{s/.*<version>\(.*\)<\/version>.*/\1/p}' "$ROOT/pom.xml" | head -1)
IMAGE=$IMAGE_NAME:${APP_VERSION:?no version in pom.xml}

# Installs the Debian packages named as arguments that are missing (root only; another process may hold
# the dpkg lock, so apt waits for it).
install_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || { echo "missing packages: ${missing[*]} (install them as root)" >&2; exit 1; }
  echo "installing ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
}

image_exists() { buildah inspect --type image "$1" > /dev/null 2>&1; }
