"""run_inputs reads the article a claims file names without the YAML loader when it safely can.

The fast read may name more files than the YAML does (harmless: the list only keeps a report
from overwriting an input), never fewer.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klaim.engine import _named_articles
from klaim.yamlload import YamlError, load_yaml


@pytest.mark.parametrize(("text", "named"), [
    ("article: ../seeds/a.txt\nlang: id\n", ["../seeds/a.txt"]),
    ('article: "../seeds/a b.txt"\n', ["../seeds/a b.txt"]),
    ("article: '../x.txt'  # the wire copy\nclaims: []\n", ["../x.txt"]),
    ("article: ../s#a.txt # a comment\n", ["../s#a.txt"]),
    ("article: ../x\n  .txt\n", None),
    ("article: ../x\n\n  .txt\n", None),
    ("article: |\n  ../x.txt\n", None),
    ("article:\n  ../x.txt\n", None),
    ("article: 'it''s.txt'\n", None),
    ('article: "a\\tb.txt"\n', None),
    ("{article: ../x.txt}\n", None),
    ("lang: id\n", None),
])
def test_named_articles(text: str, named: list[str] | None) -> None:
    assert _named_articles(text) == named


_VALUE = st.text(alphabet=st.sampled_from(list("ab./ #'\"\\:-|>&*!,[]{}\t")), min_size=1, max_size=12)
_DOCUMENT = st.tuples(
    st.sampled_from(["", "lang: id\n", "# modeline\n", "---\n"]),
    st.sampled_from(["article: ", "article:  ", "article : ", "article:\t"]),
    _VALUE,
    st.sampled_from(["", " # note", "  #x"]),
    st.sampled_from(["\n", "\r\n", "\n\n", ""]),
    st.sampled_from(["", "lang: id\n", "  more\n", "\tmore\n", "claims: []\n", "- x\n"]),
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_DOCUMENT)
def test_fast_read_never_names_fewer_articles_than_the_yaml(text: str) -> None:
    named = _named_articles(text)
    if named is None:
        return  # the YAML loader decides
    try:
        data: Any = load_yaml(text)
    except YamlError:
        return
    if isinstance(data, dict) and isinstance(data.get("article"), str):
        assert data["article"] in named, (text, named)
