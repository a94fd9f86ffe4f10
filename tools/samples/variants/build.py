"""Render variants and write them with their gold:  python tools/samples/variants/build.py --help

out/<family>/<family>_s<seed>.pptx|.pdf|.ppt and out/gold/<document>.gold.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    __package__ = "variants"

from . import FAMILY_MODULES, Rendered, renderer
from .export import convert
from .scan import scan
from .text import strip_lights, text_export

GOLD_FORMAT = "okr-warehouse-gold/1"
FORMATS = ("pptx", "pdf", "ppt")
EXTRA_FORMATS = ("scan", "text")  # copier-grade scans (OCR'd, slow) and text exports: asked for by name
SCAN_SUFFIX = "_scan.pdf"
TEXT_SUFFIX = ".txt"


def format_of(document: Path) -> str:
    """pptx / pdf / ppt by suffix; "scan" for the image-only PDF made from the PDF export;
    "text" for a text export (variants/text.py)."""
    if document.name.endswith(SCAN_SUFFIX):
        return "scan"
    return "text" if document.suffix == TEXT_SUFFIX else document.suffix[1:]


@dataclass(frozen=True)
class Built:
    family: str
    seed: int
    documents: tuple[Path, ...]
    notes: tuple[str, ...]


def build(families: list[str], seeds: list[int], out: Path, formats: tuple[str, ...] = FORMATS) -> list[Built]:
    rendered: list[tuple[str, int, Rendered]] = []
    for family in families:
        render = renderer(family)
        for seed in seeds:
            rendered.append((family, seed, render(seed, out / family / f"{family}_s{seed}.pptx")))
    made: dict[Path, list[Path]] = {r.pptx: ([r.pptx] if "pptx" in formats else []) for _, _, r in rendered}
    for target in ("pdf", "ppt"):
        if target in formats or (target == "pdf" and {"scan", "text"} & set(formats)):
            by_dir: dict[Path, list[Path]] = {}
            for _, _, r in rendered:
                by_dir.setdefault(r.pptx.parent, []).append(r.pptx)
            for folder, sources in by_dir.items():
                for source, result in zip(sources, convert(sources, target, folder), strict=True):
                    made[source].append(result)
    built = []
    for family, seed, r in rendered:
        notes = r.notes
        pdf = next((d for d in made[r.pptx] if d.suffix == ".pdf"), None)
        if pdf is not None and "text" in formats:
            text = text_export(pdf, r.pptx, seed, pdf.with_suffix(TEXT_SUFFIX))
            made[r.pptx].append(pdf.with_suffix(TEXT_SUFFIX))
            notes = (*notes, text.describe())
        if pdf is not None and "scan" in formats:
            style = scan(pdf, seed, pdf.with_name(pdf.stem + SCAN_SUFFIX))
            made[r.pptx].append(pdf.with_name(pdf.stem + SCAN_SUFFIX))
            notes = (*notes, style.describe())
        if pdf is not None and "pdf" not in formats:
            made[r.pptx].remove(pdf)
            pdf.unlink()
        for document in made[r.pptx]:
            write_gold(document, r, out / "gold")
        if "pptx" not in formats:
            r.pptx.unlink()
        built.append(Built(family, seed, tuple(made[r.pptx]), notes))
    index = out / "built.json"
    known = json.loads(index.read_text(encoding="utf-8")) if index.exists() else {}
    known.update({f"{b.family}/{b.seed}": {"documents": [str(d) for d in b.documents], "notes": list(b.notes)}
                  for b in built})
    index.write_text(json.dumps(known, ensure_ascii=False, indent=1), encoding="utf-8")
    return built


def already_built(out: Path, families: list[str], seeds: list[int], formats: tuple[str, ...]) -> list[Built] | None:
    """The variants a previous build left in `out` (built.json), when it holds all asked for."""
    index = out / "built.json"
    if not index.exists():
        return None
    known = json.loads(index.read_text(encoding="utf-8"))
    found = []
    for family in families:
        for seed in seeds:
            entry = known.get(f"{family}/{seed}")
            if entry is None:
                return None
            documents = tuple(Path(d) for d in entry["documents"] if format_of(Path(d)) in formats)
            if {format_of(d) for d in documents} != set(formats) or not all(d.exists() for d in documents):
                return None
            found.append(Built(family, seed, documents, tuple(entry["notes"])))
    return found


def write_gold(document: Path, rendered: Rendered, gold_dir: Path) -> Path:
    gold = strip_lights(rendered.gold) if format_of(document) == "text" else json.loads(json.dumps(rendered.gold))
    gold.setdefault("report", {})["page_count"] = rendered.pages
    body = {"format": GOLD_FORMAT, "document": document.name,
            "sha256": hashlib.sha256(document.read_bytes()).hexdigest(), **gold}
    gold_dir.mkdir(parents=True, exist_ok=True)
    path = gold_dir / f"{document.name}.gold.json"
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def seed_range(text: str) -> list[int]:
    """"0-9" or "3,5,8" → seeds."""
    seeds: list[int] = []
    for part in text.split(","):
        low, _, high = part.partition("-")
        seeds += list(range(int(low), int(high or low) + 1))
    return seeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", default=",".join(FAMILY_MODULES))
    parser.add_argument("--seeds", default="0-3", help="e.g. 0-9 or 1,4,7")
    parser.add_argument("--formats", default=",".join(FORMATS), help=f"of {', '.join(FORMATS + EXTRA_FORMATS)}")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    for b in build(args.families.split(","), seed_range(args.seeds), args.out, tuple(args.formats.split(","))):
        print(b.family, b.seed, *(d.name for d in b.documents))


if __name__ == "__main__":
    main()
