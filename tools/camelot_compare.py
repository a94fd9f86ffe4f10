"""camelot-py against the layout engine's grid reader on native PDF confidence tables (issue 9).

    .venv/bin/python tools/camelot_compare.py [--variants /tmp/var25/variants] [--seeds 0-24]
        [--methods engine,lattice,lattice-vector,stream,network,hybrid] [--json OUT]

A measurement script, not a test.  Documents: the LibreOffice-PDF variants
kr_confidence_s{N}.pdf (gold in <variants>/gold, layout notes in <variants>/built.json) and
the real samples/kr_confidence_table/*.pdf (not *_scan.pdf; gold in samples/gold).

Methods, each reading every page of a document:
- engine: extract.families.kr_confidence._tables(page) on pdf_backend.read_pdf pages;
- camelot 2.0 read_pdf flavors: lattice (engine "combined": pdfium raster + vector rules,
  no system packages needed), lattice-vector (engine "vector": vector rules only, no
  rendering), stream, network, hybrid.
Camelot returns bare tables; it gets the engine's header knowledge: a table's header is the
1-3 stacked rows whose per-column joined text folds (okr_warehouse.text.fold) to a label of
vocabulary.CONFIDENCE_TABLE_COLUMNS, with the engine's TableSpec rule (key_result and
confidence labelled, >= 4 labels); a table without one is ignored, as the engine ignores a
page without a header.  An unlabelled column's text goes to the nearest labelled column on
its left.  stream/network/hybrid print one row per text line: lines are joined into
logical rows around "anchors" (lines whose confidence cell holds a score): between two
anchors the row boundary is the widest gap between row centres; lines before the first
(after the last) anchor are split off at their widest gap only when that gap is nearer the
table's row-boundary gaps than its in-row gaps, else they join the first (last) row.
lattice rows are ruled cells and are not joined.  For both sides, a page's first row that
has no score and not all of division/result_area/goal/key_result continues the previous
page's last row (the engine family's own page-break rule).

Metric: gold pairs are (key-result text, score) for each gold key result (score None when
the gold has no confidence for it).  A predicted row is (join_lines(key-result cell lines),
the confidence cell parsed as a number: "95,00" -> 95.0, None if empty or not a number).
A gold pair is found when a predicted row equals it, text compared after squash (strict) —
`loose` compares fold()ed text instead; pairs are matched as multisets.  recall = found /
gold pairs; precision = matched rows / predicted rows with a key-result text.  Seconds per
page include opening the PDF (pdfplumber for the engine, pdfminer/pdfium for camelot).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from statistics import median
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract.families.kr_confidence import _tables  # noqa: E402
from extract.pdf_backend import read_pdf  # noqa: E402
from extract.settings import DEFAULT_SETTINGS  # noqa: E402
from okr_warehouse.text import fold, join_lines, squash  # noqa: E402
from okr_warehouse.vocabulary import CONFIDENCE_TABLE_COLUMNS  # noqa: E402

Row = dict[str, str]  # field key -> cell text, printed lines joined by "\n"
Pair = tuple[str, float | None]
CAMELOT = {"lattice": ("lattice", {}), "lattice-vector": ("lattice", {"engine": "vector"}),
           "stream": ("stream", {}), "network": ("network", {}), "hybrid": ("hybrid", {})}
LABELS = {fold(label): key for key, labels in CONFIDENCE_TABLE_COLUMNS.items() for label in labels}
IDENTIFYING = ("division", "result_area", "goal", "key_result")
_NUMBER = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%?$")


def score_of(text: str) -> float | None:
    match = _NUMBER.match(squash(text))
    return float(match.group(1).replace(",", ".")) if match else None


def engine_pages(path: Path) -> tuple[list[list[Row]], int]:
    pages = []
    for page in read_pdf(path, DEFAULT_SETTINGS).pages:
        rows = [{k: c.text for k, c in r.cells.items()} for g in _tables(page, DEFAULT_SETTINGS)[1] for r in g.rows]
        pages.append(rows)
    return pages, len(pages)


def camelot_pages(path: Path, method: str) -> tuple[list[list[Row]], int]:
    import camelot
    flavor, extra = CAMELOT[method]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = camelot.read_pdf(str(path), pages="all", flavor=flavor, suppress_stdout=True, **extra)
    count = _page_count(path)
    pages: list[list[Row]] = [[] for _ in range(count)]
    for table in sorted(tables, key=lambda t: (t.page, t.order or 0)):
        cells = [[str(c) for c in row] for row in table.df.values.tolist()]
        centres = [(top + bottom) / 2 for top, bottom in table.rows]
        pages[int(table.page) - 1].extend(camelot_rows(cells, centres, joined=flavor != "lattice"))
    return pages, count


def _page_count(path: Path) -> int:
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def find_header(cells: list[list[str]]) -> tuple[int, dict[int, str]] | None:
    """(first body row, column index -> field key) of the best header in the first rows."""
    best: tuple[int, int, int, dict[int, str]] | None = None
    for start in range(min(len(cells), 8)):
        for span in (1, 2, 3):
            stack = cells[start:start + span]
            if len(stack) < span:
                break
            joined = [fold("".join(row[col] for row in stack)) for col in range(len(stack[0]))]
            keys = {col: LABELS[text] for col, text in enumerate(joined) if text in LABELS}
            if any(text and col not in keys for col, text in enumerate(joined)):
                continue  # a header row prints labels only
            fits = {"key_result", "confidence"} <= set(keys.values()) and len(set(keys.values())) >= 4
            if fits and (best is None or (len(keys), span) > (len(best[3]), best[1])):
                best = (start, span, start + span, keys)
    return None if best is None else (best[2], best[3])


def camelot_rows(cells: list[list[str]], centres: list[float], joined: bool) -> list[Row]:
    found = find_header(cells)
    if found is None:
        return []
    body_start, keys = found
    labelled = sorted(keys)
    owner = {col: max((c for c in labelled if c <= col), default=None) for col in range(len(cells[0]))}
    lines: list[Row] = []
    for row in cells[body_start:]:
        out: dict[str, list[str]] = defaultdict(list)
        for col, text in enumerate(row):
            at = owner[col]
            key = keys.get(at) if at is not None else None
            if key and text.strip():
                out[key].append(text)
        lines.append({k: " ".join(v) for k, v in out.items()})
    if not joined:
        return [r for r in lines if r]
    return [_merge(group) for group in _groups(lines, centres[body_start:]) if any(group)]


def _groups(lines: list[Row], centres: list[float]) -> list[list[Row]]:
    """Text lines grouped into logical rows around score anchors (see the module docstring)."""
    anchors = [i for i, line in enumerate(lines) if score_of(line.get("confidence", "")) is not None]
    if not anchors:
        return [lines]
    gaps = [centres[i] - centres[i + 1] for i in range(len(lines) - 1)]  # gap after line i
    cuts = [max(range(a, b), key=lambda i: gaps[i]) for a, b in pairwise(anchors)]
    inner = [gaps[i] for a, b in pairwise(anchors) for i in range(a, b) if i not in cuts]
    if cuts and inner:
        threshold = (median(gaps[i] for i in cuts) + median(inner)) / 2
        lead = range(0, anchors[0])
        if lead and gaps[max(lead, key=lambda i: gaps[i])] > threshold:
            cuts.insert(0, max(lead, key=lambda i: gaps[i]))
        tail = range(anchors[-1], len(lines) - 1)
        if tail and gaps[max(tail, key=lambda i: gaps[i])] > threshold:
            cuts.append(max(tail, key=lambda i: gaps[i]))
    bounds = [0, *(c + 1 for c in cuts), len(lines)]
    return [lines[a:b] for a, b in pairwise(bounds)]


def _merge(group: list[Row]) -> Row:
    out: dict[str, list[str]] = defaultdict(list)
    for line in group:
        for key, text in line.items():
            out[key].append(text)
    return {k: "\n".join(v) for k, v in out.items()}


def document_rows(pages: list[list[Row]]) -> list[Row]:
    """Rows in reading order, a page-break continuation joined to the row it continues."""
    rows: list[Row] = []
    for page in pages:
        for index, row in enumerate(page):
            continues = index == 0 and bool(rows) and score_of(row.get("confidence", "")) is None \
                and not all(row.get(k, "").strip() for k in IDENTIFYING)
            if continues:
                rows[-1] = {k: "\n".join(t for t in (rows[-1].get(k), row.get(k)) if t)
                            for k in {*rows[-1], *row}}
            else:
                rows.append(row)
    return rows


def gold_pairs(path: Path) -> list[Pair]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    scores = {c["kr"]: float(c["confidence"]) for c in gold.get("kr_confidence", []) if c.get("confidence") is not None}
    return [(squash(k["text"]), scores.get(k["key"])) for k in gold["key_results"]]


def measure(rows: list[Row], gold: list[Pair]) -> dict[str, int]:
    predicted = [(join_lines(r["key_result"].splitlines()), score_of(r.get("confidence", "")))
                 for r in rows if r.get("key_result", "").strip()]
    strict = sum((Counter(gold) & Counter(predicted)).values())
    loose = sum((Counter((fold(t), s) for t, s in gold) & Counter((fold(t), s) for t, s in predicted)).values())
    return {"gold": len(gold), "found": strict, "found_loose": loose, "predicted": len(predicted)}


def corpus(variants: Path, seeds: list[int]) -> list[tuple[Path, Path, str]]:
    built = json.loads((variants / "built.json").read_text(encoding="utf-8"))
    docs = []
    for seed in seeds:
        notes = " ".join(built.get(f"kr_confidence/{seed}", {}).get("notes", []))
        style = m.group(1) if (m := re.search(r"rules (\w+)", notes)) else "?"
        name = f"kr_confidence_s{seed}.pdf"
        docs.append((variants / "kr_confidence" / name, variants / "gold" / f"{name}.gold.json", style))
    for pdf in sorted((REPO / "samples" / "kr_confidence_table").glob("*.pdf")):
        if not pdf.stem.endswith("_scan"):
            docs.append((pdf, REPO / "samples" / "gold" / f"{pdf.name}.gold.json", "real"))
    return docs


def seed_list(text: str) -> list[int]:
    lo, _, hi = text.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=Path, default=Path("/tmp/var25/variants"))
    parser.add_argument("--seeds", default="0-24")
    parser.add_argument("--methods", default="engine," + ",".join(CAMELOT))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    methods = args.methods.split(",")
    results: list[dict[str, Any]] = []
    for pdf, gold_path, style in corpus(args.variants, seed_list(args.seeds)):
        gold = gold_pairs(gold_path)
        for method in methods:
            start = time.perf_counter()
            pages, count = engine_pages(pdf) if method == "engine" else camelot_pages(pdf, method)
            seconds = time.perf_counter() - start
            results.append({"document": pdf.name, "style": style, "method": method, "pages": count,
                            "seconds": round(seconds, 3), **measure(document_rows(pages), gold)})
            print(f"{pdf.name:28} {style:10} {method:15} {results[-1]['found']:3}/{len(gold):3}", file=sys.stderr)
    summary = summarise(results, methods)
    print(render(summary))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "documents": results}, indent=1, ensure_ascii=False))


def summarise(results: list[dict[str, Any]], methods: list[str]) -> list[dict[str, Any]]:
    out = []
    styles = ["all", *sorted({r["style"] for r in results})]
    for method in methods:
        for style in styles:
            rs = [r for r in results if r["method"] == method and style in ("all", r["style"])]
            tot = {k: sum(r[k] for r in rs) for k in ("gold", "found", "found_loose", "predicted", "pages", "seconds")}
            out.append({"method": method, "style": style, "documents": len(rs), **tot,
                        "recall": tot["found"] / tot["gold"] if tot["gold"] else None,
                        "recall_loose": tot["found_loose"] / tot["gold"] if tot["gold"] else None,
                        "precision": tot["found"] / tot["predicted"] if tot["predicted"] else None,
                        "s_per_page": tot["seconds"] / tot["pages"] if tot["pages"] else None})
    return out


def render(summary: list[dict[str, Any]]) -> str:
    def pct(v: float | None) -> str:
        return "   -  " if v is None else f"{100 * v:5.1f}%"
    head = f"{'method':15} {'rules':10} {'docs':>4} {'gold':>5} {'found':>5} {'recall':>7} {'loose':>7} " \
           f"{'pred':>5} {'prec':>7} {'s/page':>7}"
    lines = [head, "-" * len(head)]
    for s in summary:
        lines.append(f"{s['method']:15} {s['style']:10} {s['documents']:4} {s['gold']:5} {s['found']:5} "
                     f"{pct(s['recall']):>7} {pct(s['recall_loose']):>7} {s['predicted']:5} {pct(s['precision']):>7} "
                     f"{s['s_per_page'] or 0:7.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
