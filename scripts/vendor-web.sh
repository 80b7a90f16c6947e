#!/bin/sh
# vendor-web.sh refreshes the third-party browser assets that the web UI
# embeds (web/static/vendor/). The output is committed, so users and CI never
# need npm; run this only to upgrade a library, then review the diff and
# update web/static/vendor/LICENSES.md if a licence changed.
#
# Usage: scripts/vendor-web.sh   (from anywhere inside the repository)
set -eu

LEAFLET=1.9.4
UPLOT=1.6.32
TOPOJSON=3.1.0
WORLD_ATLAS=2.0.2

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/web/static/vendor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --ignore-scripts: we only copy static files, so no package code needs to run.
npm install --prefix "$tmp" --no-audit --no-fund --ignore-scripts --no-save \
	"leaflet@$LEAFLET" "uplot@$UPLOT" "topojson-client@$TOPOJSON" "world-atlas@$WORLD_ATLAS"
nm="$tmp/node_modules"

rm -rf "$dest/leaflet" "$dest/uplot" "$dest/topojson-client" "$dest/world-atlas"
mkdir -p "$dest/leaflet/images" "$dest/uplot" "$dest/topojson-client" "$dest/world-atlas"

cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$nm/leaflet/LICENSE" "$dest/leaflet/"
# leaflet.css refers to these images (layer control, default marker).
cp "$nm/leaflet/dist/images/"*.png "$dest/leaflet/images/"
cp "$nm/uplot/dist/uPlot.iife.min.js" "$nm/uplot/dist/uPlot.min.css" "$nm/uplot/LICENSE" "$dest/uplot/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$nm/topojson-client/LICENSE" "$dest/topojson-client/"
# 110m draws the world view quickly; 50m (about 750 kB) is swapped in when the
# user zooms in. 10m is too large to embed for the benefit.
cp "$nm/world-atlas/countries-110m.json" "$nm/world-atlas/countries-50m.json" "$nm/world-atlas/LICENSE" "$dest/world-atlas/"

cat > "$dest/VERSIONS" <<VERSIONS
leaflet $LEAFLET
uplot $UPLOT
topojson-client $TOPOJSON
world-atlas $WORLD_ATLAS
VERSIONS
echo "vendored into $dest"
