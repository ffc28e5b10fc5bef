#!/usr/bin/env bash
# Renders `claims compare --format html` of the given paths (default: the seeds)
# and screenshots it in headless chromium, to look at the page:
#   scripts/html-screenshot.sh [paths…]   → scratch/report.html, scratch/report.png
# Flags as the browser test uses: fresh profile, no background network.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "no browser at $chromium (apt-get install -y chromium)" >&2; exit 2; }
mkdir -p scratch
node bin/claims.js compare --format html "$@" > scratch/report.html
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$PWD/scratch/report.png" \
  --window-size="${WINDOW:-1280,2000}" "file://$PWD/scratch/report.html" 2>/dev/null
echo "scratch/report.html, scratch/report.png" >&2
