"""The data models: claim records (input) and findings and reports (output).

The committed JSON Schemas in ``schemas/`` are generated from these models (``klaim schema``),
so every constraint here is one JSON Schema can express: patterns, enums, required keys,
discriminated unions. Claim-file models are strict (no type coercion) and forbid unknown keys.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, Strict

# `(?![\s\S])` rather than `$`: Python's `$` also matches before a final newline.
KEBAB = r"^[a-z0-9]+(?:-[a-z0-9]+)*(?![\s\S])"
ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\s\S])"
CODE = r"^KL[0-9]{3}(?![\s\S])"
LANG = r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*(?![\s\S])"


def _real_date(value: str) -> str:
    dt.date.fromisoformat(value)  # raises ValueError for 2024-02-30
    return value


def _integral(value: Any) -> Any:
    # YAML `3.0` is an integer to JSON Schema; accept it the same way here.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


NonEmpty = Annotated[str, Field(min_length=1)]
IsoDate = Annotated[str, Field(pattern=ISO_DATE, json_schema_extra={"format": "date"}),
                    AfterValidator(_real_date)]
Kebab = Annotated[str, Field(pattern=KEBAB)]
Offset = Annotated[int, Strict(), Field(ge=0), BeforeValidator(_integral)]
LineNumber = Annotated[int, Strict(), Field(ge=1), BeforeValidator(_integral)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, regex_engine="python-re",
                              frozen=True)


class Speaker(_Input):
    """Who made the claim, named and titled as the article gives them."""

    name: NonEmpty = Field(description="The person's or institution's name as the article writes it.")
    role: NonEmpty | None = Field(None, description="Title or role as the article gives it.")


class Anchor(_Input):
    """Where the claim stands in the article: a W3C Web Annotation TextQuoteSelector.

    ``exact`` must match the article exactly once (after normalisation; ``prefix`` and
    ``suffix`` narrow it). ``start``/``end`` (TextPositionSelector, code points) are optional.
    """

    exact: NonEmpty = Field(description="The anchored text, verbatim.")
    prefix: str | None = Field(None, description="Text right before `exact`, to disambiguate.")
    suffix: str | None = Field(None, description="Text right after `exact`, to disambiguate.")
    start: Offset | None = Field(None, description="Start offset (0-based code points).")
    end: Offset | None = Field(None, description="End offset (exclusive).")


class ArticleSource(_Input):
    """The article itself reports it (its own reporting, e.g. a correspondent on the scene)."""

    kind: Literal["article"]
    note: str | None = None


class UrlSource(_Input):
    """A web page that supports the claim."""

    kind: Literal["url"]
    url: Annotated[str, Field(pattern=r"^https?://\S+(?![\s\S])")]
    title: str | None = None
    accessed: IsoDate | None = None
    note: str | None = None


class DocumentSource(_Input):
    """A document: a press release, a transcript, a court filing, a report."""

    kind: Literal["document"]
    title: NonEmpty
    url: Annotated[str, Field(pattern=r"^https?://\S+(?![\s\S])")] | None = None
    date: IsoDate | None = None
    note: str | None = None


class PersonSource(_Input):
    """A person the newsroom spoke to (an interview, a call, a briefing)."""

    kind: Literal["interview"]
    name: NonEmpty
    date: IsoDate | None = None
    note: str | None = None


Source = Annotated[ArticleSource | UrlSource | DocumentSource | PersonSource,
                   Field(discriminator="kind")]


class Claim(_Input):
    """One claim the article makes."""

    id: Kebab = Field(description="Unique in the file, kebab-case.")
    kind: Literal["statement", "quote", "event", "context"]
    summary: NonEmpty = Field(description="The claim in one sentence, in the editor's words.")
    speaker: Speaker | None = None
    said_on: IsoDate | None = Field(None, description="When it was said or happened, as the article states it.")
    event: Kebab | None = Field(None, description="Claims about one event share this key.")
    quotes: list[NonEmpty] = Field(default_factory=list,
                                   description="Quoted words; each must appear verbatim in the article.")
    anchor: Anchor
    sources: list[Source] = Field(default_factory=list)
    verdict: Literal["supported", "contradicted", "unverified"] | None = None


class Acknowledgement(_Input):
    """A finding an editor reviewed and accepted for now."""

    code: Annotated[str, Field(pattern=CODE)]
    match: NonEmpty = Field(description="A substring of the finding's matched text (normalised).")
    line: LineNumber | None = Field(None, description="Only a finding on this line.")
    claim: Kebab | None = Field(None, description="Only a finding about this claim.")
    reason: NonEmpty = Field(description="Why it is accepted: who reviewed it and what happens next.")


class ClaimFile(_Input):
    """A claims file: the claims one article makes, and the acknowledged findings."""

    model_config = ConfigDict(title="klaim claims file", json_schema_extra={
        "$id": "https://klaim.dev/schemas/claims.schema.json"})

    article: NonEmpty = Field(description="Path of the article, relative to this file.")
    lang: Annotated[str, Field(pattern=LANG)] | None = Field(
        None, description="Article language (BCP 47), e.g. id, en.")
    claims: list[Claim] = Field(default_factory=list)
    acknowledged: list[Acknowledgement] = Field(default_factory=list)


# --- output ----------------------------------------------------------------------------------


class _Output(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SuggestionModel(_Output):
    """A candidate fix."""

    model_config = ConfigDict(title="Suggestion")
    replacement: str
    reason: str


class RelatedLocation(_Output):
    """Another place the finding concerns (e.g. the other side of a conflict)."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    length: int
    match: str
    message: str | None = None


class AcknowledgementInfo(_Output):
    """Why an acknowledged finding does not fail."""

    reason: str
    line: int | None = Field(None, description="Line of the acknowledgement in the claims file.")


class Finding(_Output):
    """One thing wrong, located in an article or claims file."""

    code: Annotated[str, Field(pattern=r"^KL[0-9]{3}$")]
    name: str
    severity: Literal["error", "warning", "info"]
    status: Literal["new", "acknowledged"]
    file: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    offset: int = Field(ge=0)
    length: int = Field(ge=0)
    match: str
    message: str
    suggestions: list[SuggestionModel] = Field(default_factory=list)
    data: dict[str, Any] = Field(default_factory=dict)
    claim: str | None = None
    related: list[RelatedLocation] = Field(default_factory=list)
    acknowledgement: AcknowledgementInfo | None = None


class FileEntry(_Output):
    """A file the run looked at."""

    path: str
    kind: Literal["claims", "article"]
    article: str | None = None
    lang: str | None = None
    checked: bool = Field(description="False when the file could not be checked at all.")


class ToolInfo(_Output):
    """The program that wrote the report."""

    name: Literal["klaim"]
    version: str


class Report(_Output):
    """The JSON report (`klaim check --format json`)."""

    model_config = ConfigDict(title="klaim report", json_schema_extra={
        "$id": "https://klaim.dev/schemas/report.schema.json"})

    version: Literal[1]
    tool: ToolInfo
    files: list[FileEntry]
    findings: list[Finding]
    counts: dict[str, int]
