"""The committed schemas match the models, and jsonschema and pydantic agree on documents."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from klaim.models import ClaimFile
from klaim.schema import SCHEMAS, render
from tests.conftest import ROOT


def test_committed_schemas_do_not_drift() -> None:
    for name in SCHEMAS:
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == render(name), f"schemas/{name} is stale: run `klaim schema`"


def test_schemas_are_2020_12_with_id_and_descriptions() -> None:
    for name in SCHEMAS:
        schema = json.loads(render(name))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"].endswith(name)
        jsonschema.Draft202012Validator.check_schema(schema)
    claims = json.loads(render("claims.schema.json"))
    assert claims["$defs"]["Claim"]["properties"]["said_on"]["description"]


VALIDATOR = jsonschema.Draft202012Validator(json.loads(render("claims.schema.json")),
                                            format_checker=jsonschema.FormatChecker())

scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False),
                    st.sampled_from(["", "a-b", "A b", "2024-06-21", "2024-02-30", "21/6/2024",
                                     "statement", "quote", "KL101", "KL1", "https://x.org/a",
                                     "id", "en-GB", "article", "url", "unverified", "a-b\n",
                                     "-ab", "x"]))
keys = st.sampled_from(["id", "kind", "summary", "speaker", "said_on", "event", "quotes", "anchor",
                        "sources", "verdict", "exact", "prefix", "start", "end", "name", "role",
                        "url", "title", "code", "match", "line", "reason", "qoutes", "claim",
                        "accessed", "note", "date"])


def _valid_claim() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": st.sampled_from(["a-b", "peskov-ready", "x1"]),
         "kind": st.sampled_from(["statement", "quote", "event", "context"]),
         "summary": st.sampled_from(["s", "The minister says so."]),
         "anchor": st.fixed_dictionaries({"exact": st.sampled_from(["a", "kata X"])},
                                         optional={"start": st.integers(0, 5), "end": st.floats(0, 5)})},
        optional={"said_on": st.sampled_from(["2024-06-21", "2024-02-29"]),
                  "speaker": st.fixed_dictionaries({"name": st.just("X")}, optional={"role": st.just("r")}),
                  "quotes": st.lists(st.sampled_from(["q", "r"]), max_size=2),
                  "sources": st.lists(st.one_of(
                      st.just({"kind": "article"}),
                      st.fixed_dictionaries({"kind": st.just("url"), "url": st.just("https://x.org")},
                                            optional={"accessed": st.just("2024-06-22")}),
                      st.fixed_dictionaries({"kind": st.just("document"), "title": st.just("T")})), max_size=2),
                  "verdict": st.sampled_from(["supported", "contradicted", "unverified"])})


def _mutate(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict) and value and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(value)))
        choice = draw(st.integers(0, 3))
        value = dict(value)
        if choice == 0:
            del value[key]
        elif choice == 1:
            value[key] = draw(scalars)
        elif choice == 2:
            value[draw(keys)] = draw(scalars)
        else:
            value[key] = _mutate(draw, value[key], depth + 1)
        return value
    if isinstance(value, list) and value and draw(st.booleans()):
        index = draw(st.integers(0, len(value) - 1))
        value = list(value)
        value[index] = _mutate(draw, value[index], depth + 1) if draw(st.booleans()) else draw(scalars)
        return value
    return value if draw(st.booleans()) else draw(scalars)


@st.composite
def documents(draw: st.DrawFn) -> Any:
    document: dict[str, Any] = {"article": "../seeds/a.txt",
                                "claims": draw(st.lists(_valid_claim(), max_size=3))}
    if draw(st.booleans()):
        document["acknowledged"] = [{"code": "KL101", "match": "m", "reason": "r",
                                     **draw(st.fixed_dictionaries({}, optional={"line": st.integers(0, 3)}))}]
    if draw(st.booleans()):
        document["lang"] = draw(st.sampled_from(["id", "en", "en-GB", "EN", "x"]))
    for _ in range(draw(st.integers(0, 3))):
        document = _mutate(draw, document)
    return document


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_jsonschema_and_pydantic_accept_the_same_documents(document: Any) -> None:
    by_schema = VALIDATOR.is_valid(document)
    try:
        ClaimFile.model_validate(document)
        by_model = True
    except ValidationError:
        by_model = False
    assert by_schema == by_model, document
