"""Benchmark: pages per second and peak memory per input format, over samples/.

    .venv/bin/python tools/benchmark.py [--min-pages 300] [--formats pdf,pptx,ppt,scan]

Each format runs in its own worker process on one core (extract + normalize of the
format's sample documents, repeated until at least --min-pages pages), so its peak
RSS is that process's own. The warehouse load is timed separately ("load" row):
the same native documents loaded into a fresh DuckDB file. This is a measurement
script, not a test: the figures go into README and the issues' closing notes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


def documents(kind: str) -> list[Path]:
    """The sample documents of one input format (scan = image-only PDFs)."""
    if kind == "scan":
        return sorted(SAMPLES.rglob("*_scan.pdf"))
    if kind == "pdf":
        return sorted(p for p in SAMPLES.rglob("*.pdf") if not p.name.endswith("_scan.pdf"))
    return sorted(SAMPLES.rglob(f"*.{kind}"))


def worker(kind: str, min_pages: int) -> dict[str, float]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from extract import extract
    from normalize import normalize

    files = documents(kind)
    if not files:
        return {"documents": 0, "pages": 0, "seconds": 0.0}
    pages = runs = 0
    start = time.perf_counter()
    while pages < min_pages:
        for path in files:
            raw = extract(path)
            normalize(raw)
            pages += raw.page_count or 0
            runs += 1
    return {"documents": runs, "pages": pages, "seconds": time.perf_counter() - start}


def load_worker(min_pages: int) -> dict[str, float]:
    from extract import extract
    from load import Warehouse, load, now
    from normalize import normalize

    docs = [normalize(extract(p)) for p in documents("pdf") + documents("pptx")]
    pages = runs = 0
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with Warehouse(Path(tmp) / "bench.duckdb") as warehouse:
            while pages < min_pages:
                for doc in docs:
                    load(doc, warehouse, now())
                    pages += doc.report.page_count or 0
                    runs += 1
        seconds = time.perf_counter() - start
    return {"documents": runs, "pages": pages, "seconds": seconds}


def measure(kind: str, min_pages: int) -> dict[str, float]:
    """Run one worker in a child pinned to one core; return its figures and peak RSS."""
    command = [sys.executable, __file__, "--worker", kind, "--min-pages", str(min_pages)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO,
                             preexec_fn=lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}))
    output = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"benchmark worker for {kind} failed (status {status})")
    figures = json.loads(output.strip().splitlines()[-1])
    figures["peak_rss_mb"] = usage.ru_maxrss / 1024
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-pages", type=int, default=300)
    parser.add_argument("--formats", default="pdf,pptx,ppt,load")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        figures = load_worker(args.min_pages) if args.worker == "load" else worker(args.worker, args.min_pages)
        print(json.dumps(figures))
        return 0
    print(f"{'format':<8}{'docs':>6}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'peak RSS MB':>13}")
    for kind in args.formats.split(","):
        f = measure(kind, args.min_pages)
        rate = f["pages"] / f["seconds"] if f["seconds"] else 0.0
        print(f"{kind:<8}{f['documents']:>6}{f['pages']:>7}{f['seconds']:>9.1f}{rate:>9.1f}{f['peak_rss_mb']:>13.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
