"""Precision and recall of KL201 over every case in checks/KL201.yaml, paragraph by paragraph.

Every body paragraph of every case counts: it is editorial when a `fail` case lists its line
under `findings`, and not editorial otherwise. The cases run through the real engine. Run with
`pytest -s tests/test_kl201_quality.py` to see the figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from klaim.article import load_article
from tests.conftest import ROOT, run_engine, write_repo

MIN_PRECISION = 0.95
MIN_RECALL = 0.90


def _cases() -> list[dict[str, Any]]:
    spec = yaml.safe_load((ROOT / "checks" / "KL201.yaml").read_text(encoding="utf-8"))
    return [*spec.get("pass", []), *spec.get("fail", [])]


def test_kl201_precision_and_recall(tmp_path: Path) -> None:
    true_positive = false_positive = false_negative = true_negative = 0
    misses: list[str] = []
    for number, case in enumerate(_cases()):
        root = tmp_path / str(number)
        root.mkdir()
        path = write_repo(root, case["article"], case.get("claims"), case.get("acknowledged", ()),
                          lang=case.get("lang"))
        article = load_article(case["article"], "article.txt", lang=case.get("lang"))
        body = {p.line for p in article.paragraphs if p.kind == "paragraph"}
        expected = {f["line"] for f in case.get("findings", [])}
        flagged = {f.line for f in run_engine(path, lang=case.get("lang"), codes=["KL201"])
                   if f.code == "KL201" and f.file.startswith("seeds/")}
        for line in body:
            if line in flagged and line in expected:
                true_positive += 1
            elif line in flagged:
                false_positive += 1
                misses.append(f"false positive: {case['name']} line {line}")
            elif line in expected:
                false_negative += 1
                misses.append(f"false negative: {case['name']} line {line}")
            else:
                true_negative += 1
    precision = true_positive / ((true_positive + false_positive) or 1)
    recall = true_positive / ((true_positive + false_negative) or 1)
    print(f"\nKL201 over {len(_cases())} cases, "
          f"{true_positive + false_positive + false_negative + true_negative} paragraphs: "
          f"precision {precision:.3f}, recall {recall:.3f} "
          f"(tp={true_positive} fp={false_positive} fn={false_negative} tn={true_negative})")
    for miss in misses:
        print("  " + miss)
    assert true_positive + false_negative >= 15, "too few editorial paragraphs to measure"
    assert precision >= MIN_PRECISION, misses
    assert recall >= MIN_RECALL, misses
