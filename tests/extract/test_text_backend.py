"""The text backend's synthetic page: level-1 Markdown headings start pages, heading levels
keep their order as type sizes (seed 001, a converter's Markdown of a PDF)."""

from __future__ import annotations

from pathlib import Path

from extract.text_backend import read_text


def test_level_one_headings_start_pages_and_levels_are_sizes(tmp_path: Path) -> None:
    path = tmp_path / "export.md"
    path.write_text("\n\n# Title page\n\ndate\n\n# Goal\n\n## Key results\n\nbody\fafter a form feed\n",
                    encoding="utf-8")
    content = read_text(path)
    texts = [" ".join(str(w["text"]) for w in page.words) for page in content.pages]
    assert texts == ["Title page date", "Goal Key results body", "after a form feed"]
    sizes = {str(w["text"]): float(w["size"]) for page in content.pages for w in page.words}
    assert sizes["Goal"] > sizes["Key"] > sizes["body"] == sizes["date"]


def test_a_heading_on_the_first_line_and_a_hash_without_space_start_no_page(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("# Title\nline\n#hashtag is no heading\n", encoding="utf-8")
    content = read_text(path)
    assert len(content.pages) == 1
    sizes = {str(w["text"]): float(w["size"]) for w in content.pages[0].words}
    assert sizes["is"] == sizes["line"] < sizes["Title"]
