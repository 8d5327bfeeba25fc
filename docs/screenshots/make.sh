#!/bin/sh
# Renders the sample organization into docs/screenshots/: the main window's pages (overview, findings, plan,
# planning choices, inventory, read-only review, and the German overview) under xvfb-run; pages of the checklist PDF
# and of the inventory report through pdftoppm; and both as HTML through headless chromium (offline).
#
#   cmake --build build --target exchange-transition-planner etp-window-shots
#   docs/screenshots/make.sh [build/app/exchange-transition-planner]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/../../build/app/exchange-transition-planner}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shots=$(dirname "$app")/../tests/etp-window-shots

# The window, as a person sees it: a real X server (xvfb) at 1280x800, English, then the German overview.
xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$here" >/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$here" --lang de >/dev/null
rm -f "$here/.review-sample.etplan" "$here"/window-[!o]*-de.png

export QT_QPA_PLATFORM=offscreen

"$app" sample --out "$work/sample.etplan" >/dev/null
for document in plan inventory; do
    "$app" export "$work/sample.etplan" --document "$document" --format pdf --out "$work/$document.pdf" --lang en
    "$app" export "$work/sample.etplan" --document "$document" --format html --out "$work/$document.html" --lang en
done

# Checklist: the title page, the table of contents and the first checklist page; inventory: its first two pages.
pdftoppm -png -r 60 -f 1 -l 4 "$work/plan.pdf" "$work/plan"
pdftoppm -png -r 60 -f 1 -l 2 "$work/inventory.pdf" "$work/inventory"
for f in "$work"/plan-*.png "$work"/inventory-*.png; do
    name=$(basename "$f" .png)
    cp "$f" "$here/pdf-${name#*-}-$(basename "$f" | cut -d- -f1).png"
done

command -v chromium >/dev/null || echo "chromium is not installed: the HTML pictures are left as they were" >&2
command -v chromium >/dev/null && for document in plan inventory; do
    chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --virtual-time-budget=2000 --window-size=1000,1400 \
        --screenshot="$here/html-$document.png" "file://$work/$document.html" 2>/dev/null
done

# Keep the images small: 64 colours are plenty for text on white.
for f in "$here"/pdf-*.png "$here"/html-*.png "$here"/window-*.png; do
    convert "$f" -strip -colors 64 "PNG8:$f"
done
ls -l "$here"
