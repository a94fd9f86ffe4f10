"""Terminal output: the progress bar and the per-document summary table."""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pandas as pd

from .pipeline import DocumentOutcome


def progress_wrapper(enabled: bool) -> Callable[[list[Path]], Iterable[Path]]:
    """A tqdm bar on stderr when it is a terminal; plain iteration otherwise (CI, pipes)."""

    def wrap(files: list[Path]) -> Iterable[Path]:
        if not enabled or not sys.stderr.isatty():
            return files
        from tqdm import tqdm

        return tqdm(files, unit="file", desc="ingest", leave=False)

    return wrap


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: set[int] | None = None) -> str:
    right = right or set()
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]

    def fmt(row: Sequence[str]) -> str:
        parts = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))]
        return "  ".join(parts).rstrip()

    return "\n".join([fmt(headers), fmt(["-" * w for w in widths]), *(fmt(r) for r in cells)])


SKIPPED_LISTED = 10


def summary_table(outcomes: Sequence[DocumentOutcome]) -> str:
    """One row per document handled; skipped files listed after it, one line each."""
    headers = ("outcome", "kind", "year", "goals", "krs", "values", "conf", "kpis", "tasks", "time", "file", "note")
    handled = [o for o in outcomes if o.outcome != "skipped"]
    rows = [
        (o.outcome, o.kind or "", o.year or "", o.goals, o.key_results, o.values, o.confidences, o.kpis, o.tasks,
         f"{o.seconds:.2f}s", o.path, _short(o.message))
        for o in handled
    ]
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.outcome] = counts.get(o.outcome, 0) + 1
    total = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no files"
    parts = [table(headers, rows, right={2, 3, 4, 5, 6, 7, 8, 9})] if handled else []
    skipped = [o for o in outcomes if o.outcome == "skipped"]
    parts += [f"skipped  {o.path}  ({o.message})" for o in skipped[:SKIPPED_LISTED]]
    if len(skipped) > SKIPPED_LISTED:
        rest = Counter(Path(o.path).suffix.lower() or "(none)" for o in skipped[SKIPPED_LISTED:])
        kinds = ", ".join(f"{n} × {suffix}" for suffix, n in rest.most_common())
        parts.append(f"skipped  … and {len(skipped) - SKIPPED_LISTED} more of unsupported types ({kinds}); "
                     "ingest_log lists each")
    parts.append(f"\n{len(outcomes)} files: {total}")
    return "\n".join(parts)


def _short(message: str | None, limit: int = 90) -> str:
    if not message:
        return ""
    return message if len(message) <= limit else message[: limit - 1] + "…"


def frame_as_table(frame: pd.DataFrame) -> str:
    rows = [[_cell(v) for v in row] for row in frame.astype(object).values.tolist()]
    return table(list(frame.columns), rows) + f"\n({len(frame)} rows)"


def _cell(value: object) -> object:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(map(str, value)) + "]"
    if hasattr(value, "tolist"):  # numpy arrays from DuckDB list columns
        return _cell(value.tolist())  # type: ignore[attr-defined]
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value
