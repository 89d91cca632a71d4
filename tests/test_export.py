"""``klaim export claimreview``: schema.org ClaimReview JSON-LD for the claims with a verdict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from klaim.cli import main
from klaim.export import CLAIM_REVIEWED_LIMIT, short_summary
from tests.conftest import SEED_CLAIMS, write_repo

ARTICLE = ("Menteri: anggaran akan direvisi\nTanggal: 23 Jun 2024 09:05 WIB\n"
           "Menteri Keuangan Sri Wahyuni mengatakan anggaran akan direvisi, kata dia hari Jumat (21/6).\n"
           "Gedung Putih mengumumkan hari Kamis (20/6) bahwa rudal akan dikirim.\n")
LONG_SUMMARY = ("The finance minister says the budget for the next fiscal year will be revised downwards "
                "again before the end of the month.")
SUPPORTED = {"id": "budget-revised", "kind": "statement", "summary": LONG_SUMMARY,
             "speaker": {"name": "Sri Wahyuni", "role": "Menteri Keuangan"}, "said_on": "2024-06-21",
             "anchor": {"exact": "Menteri Keuangan Sri Wahyuni mengatakan"}, "sources": [{"kind": "article"}],
             "verdict": "supported"}
CONTRADICTED = {"id": "missiles-sent", "kind": "event", "summary": "Missiles will be sent.",
                "speaker": {"name": "Gedung Putih"}, "anchor": {"exact": "Gedung Putih mengumumkan"},
                "sources": [{"kind": "article"}], "verdict": "contradicted"}
NO_VERDICT = {**SUPPORTED, "id": "no-verdict"}
del NO_VERDICT["verdict"]


def export(path: Path, output: Path, *options: str) -> tuple[int, Any]:
    code = main(["export", "claimreview", str(path), "-o", str(output), *options])
    return code, json.loads(output.read_text(encoding="utf-8")) if output.exists() else None


def test_one_claimreview_per_claim_with_a_verdict(tmp_path: Path) -> None:
    path = write_repo(tmp_path, ARTICLE, [SUPPORTED, NO_VERDICT, CONTRADICTED])
    code, reviews = export(path, tmp_path / "out.json", "--date", "2024-06-24",
                           "--url", "https://example.org/fact-checks/budget",
                           "--article-url", "https://example.org/news/budget", "--author", "Example Newsroom")
    assert code == 0
    assert [review["url"] for review in reviews] == [
        "https://example.org/fact-checks/budget#budget-revised", "https://example.org/fact-checks/budget#missiles-sent"]
    supported, contradicted = reviews
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert len(review["claimReviewed"]) < CLAIM_REVIEWED_LIMIT
        assert review["datePublished"] == "2024-06-24"
        assert review["author"] == {"@type": "Organization", "name": "Example Newsroom"}
        assert review["reviewRating"]["@type"] == "Rating"
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"] == {"@type": "NewsArticle", "headline": "Menteri: anggaran akan direvisi",
                                      "datePublished": "2024-06-23T09:05:00+07:00", "inLanguage": "id",
                                      "url": "https://example.org/news/budget"}
    assert supported["reviewRating"]["alternateName"] == "Supported"
    assert supported["claimReviewed"] != LONG_SUMMARY
    assert supported["itemReviewed"]["author"] == {"@type": "Person", "name": "Sri Wahyuni",
                                                   "jobTitle": "Menteri Keuangan"}
    assert supported["itemReviewed"]["datePublished"] == "2024-06-21"
    assert contradicted["reviewRating"]["alternateName"] == "Contradicted"
    assert contradicted["claimReviewed"] == CONTRADICTED["summary"]
    assert contradicted["itemReviewed"]["author"] == {"@type": "Organization", "name": "Gedung Putih"}
    assert "datePublished" not in contradicted["itemReviewed"]


def test_without_options_urls_are_fragments_and_the_date_is_reproducible(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_repo(tmp_path, ARTICLE, [CONTRADICTED])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1719100800")  # 2024-06-23T00:00:00Z
    code, first = export(path, tmp_path / "a.json")
    assert code == 0
    (review,) = first
    assert review["url"] == "#missiles-sent"
    assert review["datePublished"] == "2024-06-23"
    assert "url" not in review["itemReviewed"]["appearance"] and "author" not in review
    assert export(path, tmp_path / "b.json")[1] == first
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_claims_file_without_verdicts_exports_an_empty_list(tmp_path: Path) -> None:
    path = write_repo(tmp_path, ARTICLE, [NO_VERDICT])
    assert export(path, tmp_path / "out.json", "--date", "2024-06-24") == (0, [])


def test_the_seed_exports(tmp_path: Path) -> None:
    code, reviews = export(SEED_CLAIMS, tmp_path / "out.json", "--date", "2024-06-24")
    assert code == 0 and isinstance(reviews, list)
    assert all(len(review["claimReviewed"]) < CLAIM_REVIEWED_LIMIT for review in reviews)


@pytest.mark.parametrize(("claims_file", "code"), [
    ("article: [\n", "KL002"),
    ("", "KL003"),
    ("article: ../seeds/article.txt\nclaims:\n  - {id: x, kind: statement, summary: s, anchr: {exact: a}}\n", "KL003"),
    ("article: ../seeds/missing.txt\n", "KL004"),
    ("article: ../../../../../../../../../etc/hostname\n", "KL004"),
])
def test_an_unloadable_claims_file_gives_the_check_findings_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], claims_file: str, code: str) -> None:
    path = write_repo(tmp_path, ARTICLE, claims_file=claims_file)
    assert main(["check", str(path), "--format", "json", "-o", str(tmp_path / "check.json")]) == 2
    findings = json.loads((tmp_path / "check.json").read_text(encoding="utf-8"))["findings"]
    assert findings and {f["code"] for f in findings} == {code}
    capsys.readouterr()
    assert main(["export", "claimreview", str(path), "-o", str(tmp_path / "out.json")]) == 2
    out = capsys.readouterr()
    assert not (tmp_path / "out.json").exists()
    assert out.out == "" and "Traceback" not in out.err
    for finding in findings:
        located = [line for line in out.err.splitlines()
                   if line.startswith(finding["file"]) and f"{finding['line']}:{finding['column']}" in line]
        assert located and finding["code"] in located[0]


def test_an_unreadable_article_gives_kl001_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_repo(tmp_path, b"Judul\n\xff\xfe bukan UTF-8\n", [SUPPORTED])
    assert main(["export", "claimreview", str(path)]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "KL001" in out.err and "seeds/article.txt" in out.err


@pytest.mark.parametrize("options", [
    ["--date", "24/6/2024"], ["--url", "ftp://example.org/x"], ["--article-url", "example.org/news"]])
def test_bad_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]) -> None:
    path = write_repo(tmp_path, ARTICLE, [SUPPORTED])
    assert main(["export", "claimreview", str(path), *options]) == 2
    err = capsys.readouterr().err
    assert err.startswith("klaim: error:") and err.count("\n") == 1


def test_a_missing_claims_file_exits_2(tmp_path: Path) -> None:
    assert main(["export", "claimreview", str(tmp_path / "nope.claims.yaml")]) == 2


def test_refuses_to_write_over_an_input(tmp_path: Path) -> None:
    path = write_repo(tmp_path, ARTICLE, [SUPPORTED])
    before = path.read_bytes()
    assert main(["export", "claimreview", str(path), "-o", str(path), "--date", "2024-06-24"]) == 2
    assert path.read_bytes() == before


@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_claim_reviewed_is_one_line_under_75_characters(summary: str) -> None:
    short = short_summary(summary)
    flat = " ".join(summary.split())
    assert len(short) < CLAIM_REVIEWED_LIMIT
    assert short == flat or (short.endswith("\u2026") and flat.startswith(short[:-1]))
    assert len(flat) >= CLAIM_REVIEWED_LIMIT or short == flat
