#!/bin/sh
# Writes atkinson-core.woff2: Atkinson Hyperlegible Next (variable weight, from the Fontsource package) cut to
# the characters Limber's own text uses, so the preloaded font fits the first screen's 50 KiB budget
# (the package's Latin file is 33 KiB; this one about half). Any other character falls back to the package's
# full Latin file (typeface.css), which loads only when a page needs it.
# Needs fontTools with brotli (Debian: apt-get install python3-fonttools python3-brotli, or pip install fonttools brotli). Run from this folder.
set -eu
SOURCE=../../../../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2
/usr/bin/python3 -m fontTools.subset "$SOURCE" \
  --unicodes="U+0020-007E,U+00A0,U+00B0,U+00B7,U+00D7,U+2013,U+2014,U+2018,U+2019,U+201C,U+201D,U+2022,U+2026,U+2190-2193,U+2212" \
  --layout-features="kern" --no-hinting --desubroutinize \
  --flavor=woff2 --output-file=atkinson-core.woff2
# Atkinson slashes its zero; running text gets a plain one (codes keep the slash: typeface.css).
/usr/bin/python3 plain-zero.py atkinson-core.woff2
