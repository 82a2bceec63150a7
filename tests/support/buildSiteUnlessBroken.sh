#!/usr/bin/env bash
# The real site build, except that while the file named by BREAK_SITE_BUILD exists it first adds an invalid entry
# to the snapshot: the site then rejects the bundle, as it would a broken export.
set -euo pipefail
if [ -n "${BREAK_SITE_BUILD:-}" ] && [ -e "$BREAK_SITE_BUILD" ]; then
  for ((i = 1; i <= $#; i++)); do
    if [ "${!i}" = "--content" ]; then j=$((i + 1)); echo '{"slug": "broken",' > "${!j}/glossary/broken.json"; fi
  done
fi
exec node_modules/.bin/tsx scripts/build-site.ts "$@"
