"""The layout engine every format and family shares (issue 9):

positioned text units (`units`: PDF words, OCR words, PPTX frame and table-cell lines,
text-export words — one shape) → labels found in two dimensions (`labels`: fuzzy,
wrapped above or below, hyphenated, any case) → table headers (`header`) → one grid
reader (`grid`: column bands, cell blocks per column, rows by overlap, rules and fills)
→ cells as `Printed` with their provenance.

Tolerances come from the page (its units' heights and line pitch) scaled by factors
in `LayoutSettings`; nothing here knows a coordinate of a sample.
"""
