"""Robustness over random layouts (issue 9): render N seeds per family × format with the
variants generator, ingest each document into its own fresh warehouse, score it against
its gold, and print F1 per fact type, light accuracy, report year/period accuracy and the
worst seeds with the layout choices behind them.

    .venv/bin/python tools/robustness.py --seeds 0-49 [--families quarterly,annual]
        [--formats pptx,pdf,ppt] [--work DIR] [--jobs 2] [--json OUT]

`--formats scan` adds copier-grade scans of the PDF export (variants/scan.py: raster,
skew, fade, noise, JPEG; OCR'd by the pipeline, so about a hundred times slower per page);
`--formats text` adds text exports (variants/text.py: pdftotext in three modes, or the
PPTX's text one paragraph or cell per line or with tab-separated table rows).

A measurement script, not a test (tests/e2e/test_variants.py runs a small fixed-seed
set).  Each document gets its own warehouse so that one document's score never depends
on another's (identity linking across documents is issue 6's and 11's measurement).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools" / "samples"))

from variants import FAMILY_MODULES  # noqa: E402
from variants.build import FORMATS, already_built, build, format_of, seed_range  # noqa: E402

FACTS = ("goals", "key_results", "kr_values", "kr_confidence", "kpi_values", "tasks", "report_summary")
REPORT_FIELDS = ("report_kind", "fiscal_year", "period")


@dataclass
class DocScore:
    family: str
    seed: int
    document: str
    file_format: str
    facts: dict[str, dict[str, int]] = field(default_factory=dict)   # fact -> gold, predicted, tp
    lights: tuple[int, int] = (0, 0)                                   # right, judged
    fields: dict[str, bool] = field(default_factory=dict)
    outcome: str = ""
    message: str = ""
    notes: tuple[str, ...] = ()

    def worst_f1(self) -> float:
        scores = [f1(c["tp"], c["predicted"], c["gold"]) for c in self.facts.values() if c["gold"] or c["predicted"]]
        return min(scores, default=1.0)


def f1(tp: int, predicted: int, gold: int) -> float:
    if not gold and not predicted:
        return 1.0
    return 2 * tp / (gold + predicted) if (gold + predicted) else 0.0


def score_document(job: tuple[str, int, str, str, str]) -> DocScore:
    """Ingest one document into a fresh warehouse and score it against its gold (worker process)."""
    family, seed, path, gold_dir, tmp = job
    import duckdb

    from okr_warehouse.evaluate import evaluate
    from okr_warehouse.pipeline import ingest

    document = Path(path)
    db = Path(tmp) / f"{document.name}.duckdb"
    outcome = ingest([document], db)[0]
    result = DocScore(family, seed, document.name, format_of(document), outcome=outcome.outcome,
                      message=outcome.message or "")
    con = duckdb.connect(str(db), read_only=True)
    try:
        doc = evaluate(Path(gold_dir), con, only=[document.name])["documents"][0]
    finally:
        con.close()
    db.unlink(missing_ok=True)
    for fact, s in doc["facts"].items():
        result.facts[fact] = {"gold": s["gold"], "predicted": s["predicted"], "tp": s["tp"]}
        if fact == "kr_values" and s.get("status_n"):
            result.lights = (round(s["status_accuracy"] * s["status_n"]), s["status_n"])
    result.fields = {k: v for k, v in doc["report_fields"].items() if k in REPORT_FIELDS}
    if not doc["found"]:
        result.fields = dict.fromkeys(REPORT_FIELDS, False)
    return result


def run(families: list[str], seeds: list[int], formats: tuple[str, ...], work: Path, jobs: int) -> list[DocScore]:
    started = time.perf_counter()
    built = already_built(work / "variants", families, seeds, formats) or build(families, seeds, work / "variants",
                                                                              formats)
    print(f"rendered {sum(len(b.documents) for b in built)} documents in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    notes = {(b.family, b.seed): b.notes for b in built}
    jobs_list = [(b.family, b.seed, str(d), str(work / "variants" / "gold"), str(work)) for b in built
                 for d in b.documents]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        scores = list(pool.map(score_document, jobs_list))
    for s in scores:
        s.notes = notes[(s.family, s.seed)]
    print(f"scored in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return scores


def totals(scores: list[DocScore]) -> dict[str, Any]:
    facts: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "predicted": 0, "tp": 0})
    lights = [0, 0]
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        for fact, c in s.facts.items():
            for k in ("gold", "predicted", "tp"):
                facts[fact][k] += c[k]
        lights[0] += s.lights[0]
        lights[1] += s.lights[1]
        for name, ok in s.fields.items():
            fields[name][0] += ok
            fields[name][1] += 1
    return {"facts": dict(facts), "lights": lights, "fields": dict(fields), "documents": len(scores)}


def _ratio(right: int, judged: int) -> str:
    return f"{right / judged:.3f}" if judged else "-"


def render(scores: list[DocScore], worst: int = 12) -> str:
    groups: dict[str, list[DocScore]] = defaultdict(list)
    for s in scores:
        groups[f"{s.family} {s.file_format}"].append(s)
    groups["ALL"] = scores
    head = "| family format | docs | " + " | ".join(FACTS) + " | lights | kind | year | period |"
    out = [head, "|" + "---|" * (head.count("|") - 1)]
    for name, group in sorted(groups.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        t = totals(group)
        cells = []
        for fact in FACTS:
            c = t["facts"].get(fact)
            cells.append(f"{f1(c['tp'], c['predicted'], c['gold']):.3f}" if c and (c["gold"] or c["predicted"])
                         else "-")
        fields = [_ratio(*t["fields"].get(k, (0, 0))) for k in REPORT_FIELDS]
        out.append(f"| {name} | {t['documents']} | " + " | ".join(cells) + f" | {_ratio(*t['lights'])} | "
                   + " | ".join(fields) + " |")
    out += ["", f"Worst {worst} documents (lowest F1 of any fact type):"]
    for s in sorted(scores, key=lambda s: (s.worst_f1(), s.document))[:worst]:
        bad = ", ".join(f"{fact} {c['tp']}/{c['gold']} (pred {c['predicted']})" for fact, c in s.facts.items()
                        if f1(c["tp"], c["predicted"], c["gold"]) < 0.97)
        wrong = [k for k, ok in s.fields.items() if not ok]
        out.append(f"- {s.document} [{s.outcome}] min F1 {s.worst_f1():.2f}: {bad or 'facts ok'}"
                   + (f"; wrong {', '.join(wrong)}" if wrong else "") + (f"; {s.message}" if s.message else ""))
        out.append(f"    layout: {'; '.join(s.notes)}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="0-9", help="e.g. 0-49 (per family)")
    parser.add_argument("--families", default=",".join(FAMILY_MODULES))
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--work", type=Path, help="keep the rendered documents here and reuse them on the next run "
                        "with the same seeds (default: a temp folder)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", type=Path, help="also write every document's score as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        scores = run(args.families.split(","), seed_range(args.seeds), tuple(args.formats.split(",")), work,
                     args.jobs)
    print(render(scores))
    if args.json:
        args.json.write_text(json.dumps([s.__dict__ for s in scores], ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
