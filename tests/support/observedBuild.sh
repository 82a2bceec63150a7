#!/usr/bin/env bash
# The real site build, observed: it appends "start PGID" and "end PGID" to $BUILD_LOG (the process group is the CMS
# instance that runs it), and while the file named by $BUILD_GATE exists it waits before building, so a test can
# hold a build in the middle.
set -euo pipefail
group=$(ps -o pgid= $$ | tr -d ' ')
echo "start $group" >> "$BUILD_LOG"
while [ -n "${BUILD_GATE:-}" ] && [ -e "$BUILD_GATE" ]; do sleep 0.1; done
node_modules/.bin/tsx scripts/build-site.ts "$@"
echo "end $group" >> "$BUILD_LOG"
