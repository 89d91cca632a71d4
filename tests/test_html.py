"""The review page: structure read back with an HTML parser, escaping, determinism."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from klaim.cli import main
from tests.conftest import ROOT, write_repo


class PageReader(HTMLParser):
    """Collects the text under each finding span, badges, editorial paragraphs and scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.finding_text: dict[int, str] = defaultdict(str)
        self.badges: list[str] = []
        self.editorial_lines: list[int] = []
        self.scripts: list[str] = []
        self.claim_text: dict[str, str] = defaultdict(str)
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.stack.append((tag, found))
        if tag == "a" and "badge" in (found.get("class") or ""):
            self.badges.append(found.get("id") or "")
        if tag == "p" and "editorial" in (found.get("class") or "").split():
            self.editorial_lines.append(int(found["data-line"] or 0))
        for attribute in ("src", "href"):
            value = found.get(attribute) or ""
            if value and not value.startswith("#"):
                self.external.append(value)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(tag == "script" for tag, _ in self.stack):
            self.scripts.append(data)
            return
        if any(tag == "a" and "badge" in (a.get("class") or "") for tag, a in self.stack):
            return  # badge labels and tooltips are not article text
        if any(tag == "span" and a.get("class") == "line-no" for tag, a in self.stack):
            return
        for tag, attrs in self.stack:
            if tag == "span" and attrs.get("data-findings"):
                for number in (attrs["data-findings"] or "").split():
                    self.finding_text[int(number)] += data
            if tag == "span" and attrs.get("data-claims"):
                for claim in (attrs["data-claims"] or "").split():
                    self.claim_text[claim] += data


def _review(paths: list[str], out: Path) -> tuple[PageReader, dict[str, object]]:
    assert main(["review", *paths, "-o", str(out)]) in (0, 1)
    reader = PageReader()
    reader.feed(out.read_text(encoding="utf-8"))
    json_out = out.with_suffix(".json")
    main(["check", *paths, "--format", "json", "-o", str(json_out)])
    return reader, json.loads(json_out.read_text(encoding="utf-8"))


def test_every_article_finding_is_drawn_once_at_its_text(tmp_path: Path) -> None:
    claims = sorted(str(p) for p in (ROOT / "claims").glob("*.claims.yaml"))
    reader, report = _review(claims, tmp_path / "review.html")
    findings = report["findings"]
    assert isinstance(findings, list)
    drawn = 0
    for number, finding in enumerate(findings, 1):
        if finding["file"].startswith("seeds/") and finding["length"] > 0:
            drawn += 1
            assert reader.finding_text[number] == finding["match"], finding["code"]
            assert reader.badges.count(f"span-{number}") == 1
    assert len(reader.badges) == drawn
    editorial = sorted({f["line"] for f in findings if f["code"] == "KL201"})
    assert reader.editorial_lines == editorial
    assert reader.external == []


def test_article_and_claim_text_is_escaped(tmp_path: Path) -> None:
    article = ("Judul <b>tebal</b>\nTanggal: 23 Jun 2024 09:05 WIB\n"
               "Menteri berkata <script>alert('x')</script> hari Jumat (21/6).\n")
    claim = {"id": "menteri-berkata", "kind": "statement", "summary": "<img src=x onerror=alert(1)>",
             "anchor": {"exact": "Menteri berkata <script>"}, "sources": [{"kind": "article"}]}
    path = write_repo(tmp_path, article, [claim])
    out = tmp_path / "review.html"
    main(["review", str(path), "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    reader = PageReader()
    reader.feed(page)
    assert all("alert" not in script for script in reader.scripts)
    assert "<img" not in page and "<b>tebal" not in page
    visible = html.unescape(re.sub(r"<[^>]*>", "", page))
    assert "Menteri berkata <script>alert('x')</script> hari Jumat (21/6)." in visible
    assert reader.claim_text["menteri-berkata"] == "Menteri berkata <script>"


def test_page_is_deterministic(tmp_path: Path) -> None:
    claims = [str(p) for p in sorted((ROOT / "claims").glob("*.claims.yaml"))]
    main(["review", *claims, "-o", str(tmp_path / "a.html")])
    main(["review", *claims, "-o", str(tmp_path / "b.html")])
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


@pytest.mark.parametrize("extra", [[], ["--select", "KL3"]])
def test_check_format_html_equals_review(tmp_path: Path, extra: list[str]) -> None:
    claims = [str(p) for p in sorted((ROOT / "claims").glob("*.claims.yaml"))]
    main(["review", *claims, *extra, "-o", str(tmp_path / "a.html")])
    main(["check", *claims, *extra, "--format", "html", "-o", str(tmp_path / "b.html")])
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
