"""Robustness under damaged input: generated claims files and articles never crash klaim.

Every generated case goes through the whole engine in process (``load_target`` then
``check_target`` with every registered check), then through every reporter. The invariants:

- no exception escapes;
- an input that cannot be checked gives at least one located KL0xx finding with a fix hint;
- every finding's ``offset``/``length`` index the decoded text (BOM dropped), ``match`` is that
  text untouched, and ``line``/``column`` (code points, CRLF and CR as one break) are the
  position of ``offset``, the end likewise;
- the JSON report validates against ``schemas/report.schema.json``;
- no input file changes.

The default run keeps a small, derandomised sample (a fixed set of cases, so a newsroom's CI never
fails on a draw of the dice). ``pytest --fuzz`` (or ``pytest -m fuzz``) runs the full budget:
``KLAIM_FUZZ_EXAMPLES`` cases per fuzz test (default 2,500; four tests, so 10,000 inputs in all).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from klaim.article import decode
from klaim.cli import main
from klaim.config import Config
from klaim.engine import build_report, check_target, load_target
from klaim.models import Finding
from klaim.registry import get
from klaim.reporters import DOCUMENT_REPORTERS, REPORTERS, render
from klaim.review import document
from klaim.text import LineIndex
from tests.conftest import ROOT

SAMPLE = 20
FUZZ = int(os.environ.get("KLAIM_FUZZ_EXAMPLES", "2500"))
BUDGETS = [pytest.param(SAMPLE, id="sample"),
           pytest.param(FUZZ, id="fuzz", marks=pytest.mark.fuzz)]
INPUT_CODES = ("KL001", "KL002", "KL003", "KL004")
REPORT_SCHEMA = jsonschema.Draft202012Validator(
    json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8")))


# --- the repository the cases are written into -------------------------------------------------


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository with the awkward neighbours a claims file can point at."""
    base = tmp_path_factory.mktemp("fuzz")
    root = base / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "pyproject.toml").write_text('[tool.klaim]\npaths = ["claims"]\n', encoding="utf-8")
    (base / "outside.txt").write_text("Outside\nDate: 2024-01-01\nNot in the repository.\n", encoding="utf-8")
    (root / "seeds" / "link-out.txt").symlink_to(base / "outside.txt")
    (root / "seeds" / "loop.txt").symlink_to(root / "seeds" / "loop.txt")
    (root / "seeds" / "folder.txt").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "seeds" / "fifo.txt")
    return root


def _checksums(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


# --- invariants ------------------------------------------------------------------------------


def _decoded(root: Path, file: str) -> str | None:
    """The decoded text a report path names, or None when it has none (unreadable, outside)."""
    path = root / file
    if Path(file).is_absolute() or not path.is_file():
        return None
    text = decode(path.read_bytes())
    return text if isinstance(text, str) else None


def _assert_located(root: Path, finding: Finding, texts: dict[str, str | None]) -> None:
    spans = [(finding.file, finding.line, finding.column, finding.end_line, finding.end_column,
              finding.offset, finding.length, finding.match)]
    spans += [(r.file, r.line, r.column, r.end_line, r.end_column, r.offset, r.length, r.match)
              for r in finding.related]
    for file, line, column, end_line, end_column, offset, length, match in spans:
        if file not in texts:
            texts[file] = _decoded(root, file)
        text = texts[file]
        if text is None:
            continue
        where = f"{finding.code} {file}:{line}:{column}"
        assert offset >= 0 and offset + length <= len(text), where
        assert text[offset:offset + length] == match, where
        index = LineIndex(text)
        assert index.position(offset) == (line, column), where
        assert index.position(offset + length) == (end_line, end_column), where


def assert_sound(root: Path, target_path: Path, config: Config) -> list[Finding]:
    """Load and check one target; assert every invariant; return its findings."""
    target = load_target(target_path, config)
    findings = check_target(target)
    codes = {f.code for f in findings}
    if not target.checked:
        assert codes & set(INPUT_CODES), f"unchecked input without an input finding: {codes}"
    texts: dict[str, str | None] = {}
    for finding in findings:
        assert get(finding.code).code == finding.code
        if finding.code.startswith("KL00"):
            hint = finding.data.get("hint")
            assert isinstance(hint, str) and hint.strip(), f"{finding.code} without a fix hint"
        _assert_located(root, finding, texts)
    report = build_report(target.files, findings)
    documents = [document(target.context)] if target.context is not None else []
    for name in sorted({*REPORTERS, *DOCUMENT_REPORTERS}):
        assert isinstance(render(report, name, documents), str)
    REPORT_SCHEMA.validate(json.loads(render(report, "json")))
    return findings


def run_budget(budget: int, strategy: st.SearchStrategy[Any], body: Callable[[Any], None]) -> None:
    """Run ``body`` over ``budget`` cases drawn from ``strategy``."""

    ran = []

    @settings(max_examples=budget, deadline=None, database=None, derandomize=budget == SAMPLE,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example, HealthCheck.filter_too_much])
    @given(strategy)
    def each(case: Any) -> None:
        ran.append(None)
        body(case)

    each()
    assert len(ran) >= budget  # the budget is the number of inputs actually checked


# --- articles --------------------------------------------------------------------------------

TITLES = ["Rusia siap berunding dengan AS", "Minister resigns after budget row", "", "   ",
          "Foto: ANTARA/Budi", "# Judul", "Tanggal: 23 Jun 2024"]
DATELINES = [
    "Tanggal: 23 Jun 2024 09:05 wib.", "Tanggal: 06/12/2011, 11:08 WIB", "Date: 2022-09-22",
    "Published: June 21, 2024 3:05 p.m. ET", "Tanggal: Senin, 24 Juni 2024", "Date: 2024-06-23T09:05:00+07:00",
    "Published: 2024-06-21 10:00 -0400", "Tanggal: 23 Juni 2024 pukul 09.05 WITA",
    # unreadable or impossible
    "Tanggal: kemarin sore", "Date: 2024-13-45", "Tanggal: 31/02/2024", "Published: 29 Feb 2023",
    "Tanggal: 23 Jun 2024 25:99 WIB", "Date: 0000-00-00", "Date: 9999-12-31 23:59 +14:00", "Tanggal:",
    "Date: 1/1/1", "Tanggal: 99 Juni 99999", "Date: −5:00", "Date: 0001-01-01", "Tanggal: 1 Januari 0001",
    "Date: 2024-06-23T09:05:00+99:00", "Published: Friday", "Date: 1000-01-01", "Date: 2999-12-31 23:59 -12:00",
    "Tanggal: 1 Januari 1000 00:01 WIT",
]
SENTENCES = [
    'Rusia menyatakan bahwa Moskow "siap" untuk berunding, kata juru bicara Kremlin Dmitry Peskov hari Jumat (21/6).',
    "Sebelumnya, Gedung Putih mengumumkan hari Kamis (20/6) bahwa Ukraina menjadi prioritas.",
    "“Kami siap,” kata Menteri Keuangan Sri Wahyuni, Selasa (5/3/2024).",
    "The minister said on Monday, June 24, 2024, that the budget “will be revised.”",
    "Kebijakan ini jelas keliru dan harus segera dihentikan.",
    "Pertemuan digelar 20-22/6 dan 1 Juni hingga 3 Juli 2024, kemarin lusa, pekan lalu, Minggu (23/6).",
    "Foto: ANTARA/Budi", "(Foto: Reuters)", '"Unbalanced quote, he said.',
    "Ia menambahkan bahwa 30 Februari 2024 adalah tanggal yang mustahil.",
    "At 9:05 a.m. ET on Friday (June 21) officials met; last Friday and tomorrow too.",
    "Senin (1/2) Selasa (2/2) Rabu 3/2 Kamis, 4 Februari 2021.",
    "2024-06-21 / 21.06.2024 / 6/21/2024 / 21-6-24 / 31/6 / 29/2/2023",
    "Jumat (31/6) dan Sabtu (29/2) — tanggal yang tidak ada.",
    "«Nous sommes prêts», a déclaré le ministre mardi 5 mars 2024.",
    "Menurut keterangan tertulis Kementerian, rapat digelar Rabu (6/3) pukul 10.00 WIB.",
    "Senin, 1 Januari 0001 dan Jumat (31/12/9999), juga Sabtu 1 Januari 1000 dan Minggu, 31 Desember 2999.",
    "On Friday, December 31, 9999 and Monday, January 1, 0001; 9999-12-31 and 0001-01-01, 31/12, 1/1.",
    "Rabu (29/2), Kamis (1/3), dan kemarin; besok Senin (31/12) 00.00 WIB hingga Selasa (1/1) pukul 24.00.",
]
SPECIALS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # invisible format characters
            "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200e", "\u200f", "\u061c",  # bidi controls
            "“", "”", "‘", "’", "„", "«", "»", "‹", "›", '"', "'", "\u0301", "\u0308", "\u0327",
            "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\u00a0", "\u3000", "(", ")", "/", ":",
            "1", "31", "2024", "Jumat", "Juni", "kata", "said", "\U0001f600", "\u0000"]
TEXT = st.lists(st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIALS)), max_size=40).map("".join)
LINE = st.one_of(st.sampled_from(SENTENCES), TEXT,
                 st.lists(st.one_of(st.sampled_from(SENTENCES), TEXT), min_size=2, max_size=4).map(" ".join))


def _damage_text(text: str, rng: random.Random, steps: list[str]) -> str:
    for step in steps:
        if step == "nfd":
            text = unicodedata.normalize("NFD", text)
        elif step == "nfd-part" and text:
            cut = rng.randrange(len(text))
            text = text[:cut] + unicodedata.normalize("NFD", text[cut:])
        elif step == "invisible":
            for _ in range(rng.randrange(1, 6)):
                at = rng.randrange(len(text) + 1)
                text = text[:at] + rng.choice(SPECIALS[:18]) + text[at:]
        elif step == "typographic":
            text = text.replace('"', rng.choice("“”„")).replace("'", "’")
        elif step == "bom":
            text = "\ufeff" + text
    return text


@st.composite
def plain_articles(draw: st.DrawFn) -> str:
    """A plain-text article, from well formed to badly damaged (as text)."""
    lines = [draw(st.one_of(st.sampled_from(TITLES), TEXT))]
    keyword = st.sampled_from(["Tanggal", "Date", "Published"])
    dateline = draw(st.one_of(st.none(), st.sampled_from(DATELINES),
                              st.builds(lambda k, v: f"{k}: {v}", keyword, TEXT)))
    if dateline is not None:
        lines.append(dateline)
    lines += draw(st.lists(st.one_of(LINE, st.just("")), max_size=8))
    mode = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    breaks = [draw(st.sampled_from(["\n", "\r\n", "\r"])) if mode == "mixed" else mode for _ in lines]
    text = "".join(line + brk for line, brk in zip(lines, breaks, strict=True))
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    steps = draw(st.lists(st.sampled_from(["nfd", "nfd-part", "invisible", "typographic", "bom"]), max_size=3))
    return _damage_text(text, draw(st.randoms(use_true_random=False)), steps)


FRONT_VALUES = st.one_of(st.sampled_from(["2024-06-23T09:05:00+07:00", "2024-06-23", "2024-06-23T09:05:00Z",
                                          "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "1000-01-01",
                                          "yesterday", "2024-02-30", "id", "en", "xx", "../../etc/passwd", "",
                                          "Asia/Jakarta", "Mars/Olympus"]),
                         TEXT, st.integers(), st.booleans(), st.none(), st.lists(st.integers(), max_size=2))


@st.composite
def markdown_articles(draw: st.DrawFn) -> str:
    """A Markdown article with (possibly broken) YAML front matter."""
    front = draw(st.dictionaries(st.sampled_from(["title", "published", "lang", "timezone", "author", "tags"]),
                                 FRONT_VALUES, max_size=5))
    head = draw(st.one_of(st.just(yaml.safe_dump(front, allow_unicode=True)), TEXT,
                          st.sampled_from(["published: &a [*a]\n", "a: 1\na: 2\n", "x: !!python/name:os.system\n",
                                           "published: 2024-06-23\n", "[unclosed\n", "lang: [id, en]\n"])))
    closing = draw(st.sampled_from(["---\n", "---\r\n", "", "...\n"]))
    body = "\n\n".join(draw(st.lists(st.one_of(LINE, st.just("## Heading")), max_size=6)))
    text = f"---\n{head}{'' if head.endswith(chr(10)) else chr(10)}{closing}{body}\n"
    steps = draw(st.lists(st.sampled_from(["nfd", "invisible", "typographic", "bom"]), max_size=2))
    return _damage_text(text, draw(st.randoms(use_true_random=False)), steps)


def _damage_bytes(raw: bytes, how: str, rng: random.Random) -> bytes:
    at = rng.randrange(len(raw) + 1)
    if how == "invalid-utf8":
        return raw[:at] + rng.choice([b"\xff", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xc0\xaf", b"\x80"]) + raw[at:]
    if how == "nul":
        return raw[:at] + b"\0" + raw[at:]
    if how == "truncate":
        return raw[:at]
    if how == "latin-1":
        return raw.decode("utf-8").encode("latin-1", errors="replace")
    if how == "utf-16":
        return raw.decode("utf-8").encode("utf-16")
    return raw


def as_bytes(text_strategy: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Encode as UTF-8, sometimes damaged at the byte level; sometimes no text at all."""
    damaged = st.builds(_damage_bytes, text_strategy.map(lambda t: t.encode("utf-8", "surrogatepass")),
                        st.sampled_from(["none", "none", "none", "invalid-utf8", "nul", "truncate", "latin-1",
                                         "utf-16"]),
                        st.randoms(use_true_random=False))
    return st.one_of(damaged, st.binary(max_size=200), st.just(b""), st.just(b"\xef\xbb\xbf"))


ARTICLES = st.one_of(
    st.tuples(st.just("a.txt"), as_bytes(plain_articles())),
    st.tuples(st.just("a.md"), as_bytes(markdown_articles())),
)


def _write(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)


@pytest.mark.parametrize("budget", BUDGETS)
def test_damaged_articles_give_located_findings_not_exceptions(repo: Path, budget: int) -> None:
    config = Config(root=repo)

    def body(case: tuple[str, bytes]) -> None:
        name, raw = case
        path = repo / "seeds" / name
        _write(path, raw)
        before = _checksums(repo)
        assert_sound(repo, path, config)
        assert _checksums(repo) == before

    run_budget(budget, ARTICLES, body)


# --- claims files ----------------------------------------------------------------------------

KEYS = ["article", "lang", "claims", "acknowledged", "id", "kind", "summary", "speaker", "name", "role",
        "said_on", "event", "quotes", "anchor", "exact", "prefix", "suffix", "start", "end", "sources", "url",
        "title", "accessed", "verdict", "code", "match", "line", "claim", "reason", "qoutes", "<<", ""]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT,
                    st.sampled_from(["2024-06-21", "2024-02-30", "no", "yes", "on", "1:20", "0x1f", "0o17", ".nan",
                                     "../seeds/a.txt", "KL101", "statement", "article", "https://example.org"]))


def _collections(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.lists(inner, max_size=4),
                     st.dictionaries(st.one_of(st.sampled_from(KEYS), TEXT), inner, max_size=5))


YAML_DATA = st.recursive(SCALARS, _collections, max_leaves=20)
ARTICLE_PATHS = st.one_of(
    st.sampled_from(["../seeds/a.txt", "../seeds/a.md", "../seeds/a.txt", "../seeds/missing.txt",
                     "../../outside.txt", "../seeds/link-out.txt", "../seeds/loop.txt", "../seeds/folder.txt",
                     "../seeds/fifo.txt", "/etc/hostname", "../seeds", "case.claims.yaml", "../seeds/a.txt\0",
                     "../seeds/" + "x" * 300, "x/" * 3000, "~/a.txt", "../seeds/./a.txt", "..\\seeds\\a.txt",
                     "file:///etc/hostname"]),
    TEXT)
YAML_SNIPPETS = ["&a ", "*a", "!!str ", "!!binary ", "!local ", "!!python/object/apply:os.system ", "!!timestamp ",
                 "!!set ", "<<: *a\n", "? ", "- ", "{", "}", "[", "]", ": ", "#", "\n", "\t", "---\n", "...\n",
                 "%YAML 1.2\n", "%TAG ! tag:x,2024:\n", "'", '"', "|\n  ", ">\n  ", "\\u0000", "\\ud800", "\r\n",
                 "article: ../seeds/a.txt\n", "claims: []\n", "claims:\n  - id: a\n", "lang: id\n", "  ", "\x85",
                 "\u2028", "\x07", "\ufeff"]


def _fragment(draw: st.DrawFn, text: str) -> str:
    """A piece of the article (so anchors and quotes can match), or arbitrary text."""
    if text and draw(st.booleans()):
        start = draw(st.integers(0, len(text) - 1))
        return text[start:start + draw(st.integers(1, 60))]
    return draw(TEXT)


@st.composite
def structured_claims(draw: st.DrawFn, article_text: str) -> Any:
    """A claims document close to the schema, with article fragments as anchors and quotes."""
    speaker = draw(st.fixed_dictionaries({"name": st.sampled_from(["Dmitry Peskov", "Sri Wahyuni", "Peskov", ""])},
                                         optional={"role": st.sampled_from(["juru bicara Kremlin", "Menteri"])}))
    claims = []
    for _ in range(draw(st.integers(0, 4))):
        claim: dict[str, Any] = {
            "id": draw(st.sampled_from(["a", "peskov-ready", "peskov-ready", "Bad_ID", "x-1"])),
            "kind": draw(st.sampled_from(["statement", "quote", "event", "context", "rumour"])),
            "summary": draw(st.sampled_from(["A summary.", ""])),
        }
        if draw(st.booleans()):
            claim["speaker"] = speaker  # shared: the dump writes an anchor and aliases
        if draw(st.booleans()):
            claim["said_on"] = draw(st.one_of(st.dates().map(str),
                                              st.sampled_from(["2024-06-21", "2024-02-30", "21/6"])))
        if draw(st.booleans()):
            claim["event"] = draw(st.sampled_from(["briefing", "briefing", "other-event"]))
        if draw(st.booleans()):
            claim["quotes"] = [_fragment(draw, article_text) for _ in range(draw(st.integers(0, 3)))]
        if draw(st.booleans()):
            anchor = {"exact": _fragment(draw, article_text)}
            if draw(st.booleans()):
                anchor["prefix"] = _fragment(draw, article_text)
            if draw(st.booleans()):
                anchor["suffix"] = _fragment(draw, article_text)
            if draw(st.booleans()):
                anchor["start"], anchor["end"] = draw(st.integers(-5, 10**6)), draw(st.integers(-5, 10**6))
            claim["anchor"] = anchor
        if draw(st.booleans()):
            claim["sources"] = draw(st.lists(st.sampled_from([
                {"kind": "article"}, {"kind": "url", "url": "https://example.org/a", "accessed": "2024-06-22"},
                {"kind": "url", "url": "not a url"}, {"kind": "document", "title": "Siaran pers"},
                {"kind": "person", "name": "Budi"}, {"kind": "telepathy"}]), max_size=3))
        if draw(st.booleans()):
            claim["verdict"] = draw(st.sampled_from(["supported", "contradicted", "unverified", "maybe"]))
        if draw(st.booleans()):
            key = draw(st.sampled_from(KEYS))
            claim[key] = draw(YAML_DATA)
        claims.append(claim)
    document: dict[str, Any] = {"article": draw(ARTICLE_PATHS), "claims": claims}
    if draw(st.booleans()):
        document["lang"] = draw(st.sampled_from(["id", "en", "en-US", "fr", "zz", "", "ID", "../x", "id_ID"]))
    if draw(st.booleans()):
        document["acknowledged"] = [
            {"code": draw(st.sampled_from(["KL101", "KL102", "KL303", "KL301", "KL005", "KL999", "kl101"])),
             "match": _fragment(draw, article_text) or "x",
             "reason": "reviewed",
             **({"line": draw(st.integers(-1, 40))} if draw(st.booleans()) else {}),
             **({"claim": draw(st.sampled_from(["a", "peskov-ready", "nobody"]))} if draw(st.booleans()) else {})}
            for _ in range(draw(st.integers(0, 3)))]
    return document


def _dump(draw: st.DrawFn, document: Any) -> str:
    style = draw(st.sampled_from(["block", "flow", "json"]))
    if style == "json":
        return json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True) + "\n"
    return yaml.safe_dump(document, allow_unicode=draw(st.booleans()), sort_keys=False,
                          default_flow_style=style == "flow", width=draw(st.sampled_from([20, 80, 10**6])))


def _damage_yaml(text: str, draw: st.DrawFn) -> str:
    rng = draw(st.randoms(use_true_random=False))
    for step in draw(st.lists(st.sampled_from(["snippet", "duplicate", "crlf", "cr", "bom", "header", "nfd"]),
                              max_size=3)):
        if step == "snippet":
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(YAML_SNIPPETS) + text[at:]
        elif step == "duplicate":
            text += rng.choice(["article: ../seeds/a.txt\n", "claims: []\n", "lang: en\n"])
        elif step == "crlf":
            text = text.replace("\n", "\r\n")
        elif step == "cr":
            text = text.replace("\n", "\r")
        elif step == "bom":
            text = "\ufeff" + text
        elif step == "header":
            text = "# yaml-language-server: $schema=../schemas/claims.schema.json\n" + text
        elif step == "nfd":
            text = unicodedata.normalize("NFD", text)
    return text


@st.composite
def claims_cases(draw: st.DrawFn, shape: str) -> tuple[bytes, bytes]:
    """(article bytes, claims bytes): a readable article and a claims file of the given shape."""
    article = draw(plain_articles())
    if shape == "structured":
        text = _dump(draw, draw(structured_claims(article.removeprefix("\ufeff"))))
    elif shape == "random":
        text = _dump(draw, draw(YAML_DATA))
    else:
        text = "".join(draw(st.lists(st.one_of(st.sampled_from(YAML_SNIPPETS), TEXT), max_size=30)))
    text = _damage_yaml(text, draw)
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        raw = _damage_bytes(raw, draw(st.sampled_from(["invalid-utf8", "nul", "truncate"])),
                            draw(st.randoms(use_true_random=False)))
    return article.encode("utf-8"), raw


def _claims_body(repo: Path) -> Callable[[tuple[bytes, bytes]], None]:
    config = Config(root=repo)

    def body(case: tuple[bytes, bytes]) -> None:
        article, claims = case
        _write(repo / "seeds" / "a.txt", article)
        _write(repo / "seeds" / "a.md", b"---\ntitle: T\npublished: 2024-06-23T09:05:00+07:00\n---\n" + article)
        path = repo / "claims" / "case.claims.yaml"
        _write(path, claims)
        before = _checksums(repo)
        assert_sound(repo, path, config)
        assert _checksums(repo) == before

    return body


@pytest.mark.parametrize("budget", BUDGETS)
def test_schema_shaped_claims_files_give_findings_not_exceptions(repo: Path, budget: int) -> None:
    run_budget(budget, claims_cases("structured"), _claims_body(repo))


@pytest.mark.parametrize("budget", BUDGETS)
def test_random_yaml_structures_give_findings_not_exceptions(repo: Path, budget: int) -> None:
    run_budget(budget, claims_cases("random"), _claims_body(repo))


@pytest.mark.parametrize("budget", BUDGETS)
def test_yaml_token_soup_gives_findings_not_exceptions(repo: Path, budget: int) -> None:
    run_budget(budget, claims_cases("soup"), _claims_body(repo))


# --- hand-made damage, located exactly ---------------------------------------------------------

KL101_ARTICLE = ["Judul berita", "Tanggal: 23 Jun 2024 09:05 WIB",
                 "Peskov berbicara hari Senin (21/6) kepada wartawan."]  # 21/6/2024 is a Friday


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_positions_are_code_points_of_the_decoded_text(tmp_path: Path, line_break: str, bom: bool,
                                                       form: str) -> None:
    # The precomposed é is one code point in NFC and two in NFD, and the zero-width space and the
    # guillemets count too: the column of "Senin" moves with them, the offset with the BOM does not.
    lines = [*KL101_ARTICLE[:2], KL101_ARTICLE[2].replace("Peskov", "Pé\u200bskov «x»")]
    text = unicodedata.normalize(form, line_break.join(lines) + line_break)
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    root = tmp_path
    (root / "pyproject.toml").write_text("[tool.klaim]\n", encoding="utf-8")
    path = root / "a.txt"
    path.write_bytes(raw)
    findings = [f for f in assert_sound(root, path, Config(root=root)) if f.code == "KL101"]
    assert len(findings) == 1
    finding = findings[0]
    offset = text.index("Senin")
    first, second = text.split(line_break)[:2]
    third_line_start = len(first) + len(second) + 2 * len(line_break)
    assert (finding.line, finding.offset) == (3, offset)
    assert finding.column == offset - third_line_start + 1
    assert finding.match == text[finding.offset:finding.offset + finding.length]


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
def test_anchor_compared_normalised_but_reported_on_the_original_text(tmp_path: Path, line_break: str) -> None:
    # The article is NFD with typographic quotes, invisible characters, a BOM and odd line breaks;
    # the claims file writes the anchor in NFC with straight quotes. Both mentions match, and the
    # reported spans are the article's own code points, shown untouched.
    mention = "kata Pe\u0301skov \u201csiap\u201d"
    again = mention.replace(" ", "  ").replace("skov", "\u200eskov")  # wider spaces, a left-to-right mark
    lines = ["Judul", "Tanggal: 23 Jun 2024 09:05 WIB", f"Pertama, {mention}.", f"Kedua,\u200b {again}."]
    text = line_break.join(lines) + line_break
    (tmp_path / "pyproject.toml").write_text("[tool.klaim]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    claim = {"id": "a", "kind": "quote", "summary": "s", "anchor": {"exact": 'kata Péskov "siap"'},
             "sources": [{"kind": "article"}]}
    (tmp_path / "c.claims.yaml").write_text(f"article: a.txt\nclaims:\n  - {json.dumps(claim)}\n", encoding="utf-8")
    findings = assert_sound(tmp_path, tmp_path / "c.claims.yaml", Config(root=tmp_path))
    [ambiguous] = [f for f in findings if f.code == "KL302"]
    assert [(r.offset, r.line, r.match) for r in ambiguous.related] == [
        (text.index(mention), 3, mention), (text.index(again), 4, again)]


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
def test_claims_file_findings_are_located_with_any_line_break(tmp_path: Path, line_break: str) -> None:
    root = tmp_path
    (root / "pyproject.toml").write_text("[tool.klaim]\n", encoding="utf-8")
    (root / "a.txt").write_text(line_break.join(KL101_ARTICLE), encoding="utf-8", newline="")
    lines = ["\ufeff# header", "article: a.txt", "claims:", "  - id: é-x", "    kind: statement",
             "    sumary: typo"]
    path = root / "c.claims.yaml"
    path.write_bytes(line_break.join(lines).encode("utf-8"))
    findings = assert_sound(root, path, Config(root=root))
    by_path = {f.data.get("path"): f for f in findings if f.code == "KL003"}
    assert (by_path["$.claims[0].sumary"].line, by_path["$.claims[0].sumary"].column) == (6, 5)
    assert (by_path["$.claims[0].id"].line, by_path["$.claims[0].id"].column) == (4, 9)


@pytest.mark.parametrize(("raw", "code", "reason", "line", "column"), [
    (b"T\nDate: 2024-01-01\nabc \xff def\n", "KL001", "encoding", 3, 5),
    (b"T\r\nDate: 2024-01-01\r\n\xc3\xa9\xc3\xa9\x00\n", "KL001", "binary", 3, 3),
    (b"\xef\xbb\xbfT\rDate: 2024-01-01\r\xe2\x80\n", "KL001", "encoding", 3, 1),
    (b"\xef\xbb\xbfab\xff", "KL001", "encoding", 1, 3),  # the BOM is not a column
    (b"", "KL006", "missing", 1, 1),
    (b"\xef\xbb\xbf", "KL006", "missing", 1, 1),
    (b"\n\n\n", "KL006", "missing", 1, 1),
    (b"Title only", "KL006", "missing", 1, 11),  # the end of the text: there is no line 2
    (b"Title\nTanggal: kemarin sore\nBody.", "KL006", "unparsed", 2, 1),
])
def test_damaged_article_names_the_first_bad_place(tmp_path: Path, raw: bytes, code: str, reason: str, line: int,
                                                   column: int) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.klaim]\n", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    findings = [f for f in assert_sound(tmp_path, path, Config(root=tmp_path)) if f.code == code]
    assert [(f.data["reason"], f.line, f.column) for f in findings] == [(reason, line, column)]


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def cli_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "pyproject.toml").write_text('[tool.klaim]\npaths = ["claims"]\n', encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds" / "ok.txt").write_text("\n".join(KL101_ARTICLE) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.mark.parametrize(("name", "raw", "code"), [
    ("seeds/bin.txt", bytes(range(256)), "KL001"),
    ("claims/latin.claims.yaml", "article: ../seeds/ok.txt\nclaims: [{id: jum\xe2t}]\n".encode("latin-1"), "KL001"),
    ("claims/syntax.claims.yaml", b"article: ../seeds/ok.txt\nclaims: [\n", "KL002"),
    ("claims/bomb.claims.yaml", b"a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     + b"".join(b"c%d: &c%d [" % (i, i) + b", ".join([b"*b" if i == 0 else b"*c%d" % (i - 1)] * 10) + b"]\n"
                for i in range(8)), "KL002"),
    ("claims/empty.claims.yaml", b"", "KL003"),
    ("claims/dup.claims.yaml", b"article: ../seeds/ok.txt\narticle: ../seeds/ok.txt\n", "KL003"),
    ("claims/out.claims.yaml", b"article: ../../etc/hostname\nclaims: []\n", "KL004"),
    ("claims/loop.claims.yaml", b"article: ../seeds/loop.txt\nclaims: []\n", "KL004"),
])
def test_cli_exits_2_when_nothing_can_be_checked(cli_repo: Path, name: str, raw: bytes, code: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (cli_repo / "seeds" / "loop.txt").symlink_to(cli_repo / "seeds" / "loop.txt")
    (cli_repo / name).write_bytes(raw)
    assert main(["check", name, "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    finding = report["findings"][0]
    assert finding["code"] == code
    assert finding["line"] >= 1 and finding["column"] >= 1 and finding["data"]["hint"]


def test_cli_exits_2_over_max_bytes_and_in_a_real_process(cli_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "seeds/ok.txt", "--max-bytes", "10", "--format", "json"]) == 2
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert (finding["code"], finding["data"]["reason"], finding["data"]["limit"]) == ("KL001", "too-large", 10)
    (cli_repo / "seeds" / "bin.txt").write_bytes(b"\0\1\2")
    done = subprocess.run([sys.executable, "-m", "klaim.cli", "check", "seeds/bin.txt"], cwd=cli_repo,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert "KL001" in done.stdout and "Traceback" not in done.stderr
