"""
Gives the core font a plain (unslashed) zero: Atkinson Hyperlegible Next slashes its zero, which most people
read as a typo in running text ("2Ø26"). The slash splits the zero's counter in two; this replaces the two
pieces with one oval counter shaped like the outline and sized to the pieces, at every weight (gvar).
Codes keep the slashed zero from the package's own file (typeface.css, "Atkinson Code").
Usage: python3 plain-zero.py FONT.woff2  (rewrites it in place; run by subset-font.sh)
"""
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import GlyphCoordinates
from fontTools.varLib.iup import iup_delta

path = sys.argv[1]
font = TTFont(path)
glyf = font["glyf"]
zero = glyf["zero"]
assert zero.numberOfContours == 3, "expected the slashed zero: an outline and a counter cut in two"
coords = list(zero.getCoordinates(glyf)[0])
flags = list(zero.flags)
ends = list(zero.endPtsOfContours)
outer = range(0, ends[0] + 1)
pieces = range(ends[0] + 1, ends[2] + 1)


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def counter(points):
    """The counter: the outline's points mapped from the outline's box into the pieces' box, reversed."""
    (ox0, oy0, ox1, oy1), (ix0, iy0, ix1, iy1) = bbox([points[i] for i in outer]), bbox([points[i] for i in pieces])
    sx, sy = (ix1 - ix0) / (ox1 - ox0), (iy1 - iy0) / (oy1 - oy0)
    mapped = [(ix0 + (points[i][0] - ox0) * sx, iy0 + (points[i][1] - oy0) * sy) for i in outer]
    return mapped[::-1]


new_counter = counter(coords)
new_coords = [coords[i] for i in outer] + new_counter
new_flags = [flags[i] for i in outer] + [flags[i] for i in outer][::-1]
new_ends = [ends[0], ends[0] + len(new_counter)]

gvar = font["gvar"]
variations = gvar.variations.get("zero", [])
for variation in variations:
    deltas = variation.coordinates
    points = len(coords)
    if any(d is None for d in deltas[:points]):
        deltas = list(iup_delta(deltas[:points], GlyphCoordinates(coords), ends)) + list(deltas[points:])
    moved = [(coords[i][0] + deltas[i][0], coords[i][1] + deltas[i][1]) for i in range(points)]
    at_master = counter(moved)
    counter_deltas = [(round(m[0] - d[0]), round(m[1] - d[1])) for m, d in zip(at_master, new_counter)]
    phantom = [d if d is not None else (0, 0) for d in deltas[points:]]
    variation.coordinates = [deltas[i] for i in outer] + counter_deltas + phantom

zero.coordinates = GlyphCoordinates([(round(x), round(y)) for x, y in new_coords])
zero.flags = bytearray(new_flags)
zero.endPtsOfContours = new_ends
zero.numberOfContours = 2
zero.program = zero.program if hasattr(zero, "program") else None
zero.recalcBounds(glyf)
font.save(path)
print(f"plain zero: {len(new_coords)} points, {len(variations)} variations")
