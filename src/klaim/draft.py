"""``klaim draft``: a claims-file scaffold for a new article, from its attribution analysis.

One claim per paragraph that reports what someone said (a reporting verb, an attribution
phrase, a pronoun continuing the previous speaker, or a quotation with a speaker), of kind
``quote`` when the paragraph opens with or is mostly the speaker's own words, with the
speaker and role as the article gives them, the date the checks read at the anchor (else the
paragraph's nearest date mention; never one after publication), the verbatim quotations, and
an anchor that matches the article once. Everything a person must decide is
marked ``TODO`` in a comment, so the draft validates and checking it reports only what is wrong
in the article itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from klaim.anchors import unique_anchor
from klaim.attribution import ParagraphAttribution, SpeakerMention
from klaim.context import Context
from klaim.dates import DateMention, RelativeMention, mention_at
from klaim.lexicon import lexicon
from klaim.models import Anchor

STATEMENT_EVIDENCE = frozenset({"reporting_verb", "attribution_phrase", "document_source",
                                "institution_source", "pronoun_continuation", "passive_attribution"})
MAX_ANCHOR = 160
MODELINE = "# yaml-language-server: $schema=../schemas/claims.schema.json"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "claim"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _speaker(pa: ParagraphAttribution, near: int) -> SpeakerMention | None:
    if pa.speakers:
        return min(pa.speakers, key=lambda s: abs(s.start - near))
    for quotation in pa.quotations:
        if quotation.speaker is not None:
            return quotation.speaker
    return pa.active_speaker


_CLAUSE_MARKS = ",;:.\"\u201c\u201d"
_DASHES = (" - ", " \u2013 ", " \u2014 ")  # "JAKARTA (Reuters) - Police said": a dateline's dash
_WORDS = re.compile(r"\S+")


def _subject_before(text: str, verb_start: int, floor: int, lang: str) -> tuple[str, int] | None:
    """An institution or unnamed source as subject of a reporting verb ("Gedung Putih
    mengumumkan", "Pejabat senior di Korea Selatan mengatakan"): the capitalised clause start
    right before the verb, of at most six words, without the conjunction that opens the clause
    ("Meski mengaku", "Namun BPBD menyebut": ``clause_openers``) and without the adverbs between
    subject and verb ("Jokowi juga menegaskan", "The agency also said": ``continuation_adverbs``).
    A clause that starts with a preposition ("Pada kesempatan itu Presiden") or holds a number
    ("Sebanyak 22 orang") has no subject here."""
    clause_start = max(floor, *(text.rfind(mark, floor, verb_start) + 1 for mark in _CLAUSE_MARKS),
                       *(text.rfind(dash, floor, verb_start) + len(dash) for dash in _DASHES))
    lex = lexicon(lang)
    openers = {*lex.get("clause_openers", ()), *lex.get("continuation_adverbs", ())}
    adverbs = set(lex.get("continuation_adverbs", ()))
    prepositions = set(lex.get("function_words", ())) - set(lex.get("source_determiners", ()))
    words = [(m.start(), m.end()) for m in _WORDS.finditer(text, clause_start, verb_start)]
    while words and text[words[0][0]:words[0][1]].casefold() in openers:
        words.pop(0)
    for at in range(1, len(words)):
        if text[words[at][0]:words[at][1]].casefold() in adverbs:
            words = words[:at]
            break
    if not 1 <= len(words) <= 6:
        return None
    first = text[words[0][0]:words[0][1]]
    if not first[0].isupper() or first.casefold() in prepositions:
        return None
    subject = text[words[0][0]:words[-1][1]]
    if any(c.isdigit() for c in subject):
        return None  # "Sebanyak 22 orang": a number of people, not a source
    return subject, words[0][0]


def _said_on(ctx: Context, anchor: Anchor, nearest: DateMention | None) -> list[str]:
    """The ``said_on`` line: the date the checks read at the anchor (:func:`mention_at`, as
    KL103 does), else the paragraph's date mention nearest it; none after publication (KL105:
    nobody said it after the article was published, so the date is of something else)."""
    article, analysis = ctx.article, ctx.analysis
    if anchor.start is not None:
        span: tuple[int, int] | None = (anchor.start, anchor.start + len(anchor.exact))
    else:
        matches = ctx.find_anchor(anchor)
        span = matches[0] if len(matches) == 1 else None
    found: DateMention | RelativeMention | None = None
    if span is not None:
        found = mention_at(article.text, article.lang, analysis.dates, analysis.relatives, *span,
                           ctx.quotations)
    if found is None or found.resolved is None:
        found = nearest if nearest is not None and not nearest.impossible else None
    if found is None or found.resolved is None:
        return ["    # TODO: said_on: \"YYYY-MM-DD\" (klaim reads no date at this claim)"]
    published = article.published_date
    if published is not None and found.resolved > published:
        return [f"    # TODO: said_on: the date here, {_q(found.text)} ({found.resolved.isoformat()}), "
                "is after publication: when was it said?"]
    return [f"    said_on: {_q(found.resolved.isoformat())}  # from {_q(found.text)}"]


_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?")  # "U.S", "a.m", "U.N."


def first_sentence(text: str, lang: str) -> str:
    """``text`` up to the end of its first sentence; a full stop after an abbreviation ("U.S.",
    "Jan.", "Mr.", "Jl."), an initial ("John F. Kennedy") or before a lower-case word or a digit
    ends none."""
    abbreviations = frozenset(lexicon(lang).get("abbreviations", ()))
    for end in _SENTENCE_END.finditer(text):
        marks = end.group()
        if marks.startswith("."):
            word = text[:end.start()].rsplit(None, 1)[-1].lstrip("([\"'“‘") if end.start() else ""
            following = text[end.end():].lstrip()[:1]
            if (len(word) == 1 and word.isupper()) or _DOTTED.fullmatch(word) \
                    or word.casefold() in abbreviations or following.islower() or following.isdigit():
                continue
        return text[:end.end()]
    return text


def draft(ctx: Context, article_ref: str) -> str:
    """The scaffold's YAML text for the checked article in ``ctx``."""
    article = ctx.article
    analysis = ctx.analysis
    lines = [MODELINE, f"article: {_q(article_ref)}", f"lang: {article.lang}", "claims:"]
    used: set[str] = set()
    count = 0
    by_index = {p.index: p for p in article.paragraphs}
    for pa in analysis.attribution.paragraphs:
        paragraph = by_index.get(pa.index)
        if paragraph is None or paragraph.kind != "paragraph" or pa.is_editorial:
            continue
        # The verb leads: "Gedung Putih mengumumkan" anchors on the verb and takes its subject.
        evidence = sorted((e for e in pa.attribution if e.category in STATEMENT_EVIDENCE),
                          key=lambda e: (e.category == "institution_source", e.start))
        speech = [q for q in pa.quotations if q.is_speech]
        if not evidence and not any(q.speaker for q in speech):
            continue
        near = evidence[0].start if evidence else speech[0].start
        speaker = _speaker(pa, near)
        spans: list[tuple[int, int]] = []
        if speaker is not None and speaker.paragraph == pa.index:
            s_start, s_end = speaker.start, speaker.end
            spans.append((s_start, s_end))
            # The reporting verb nearest the speaker belongs in the anchor when it is close.
            closest = min(evidence, key=lambda e: min(abs(e.end - s_start), abs(e.start - s_end)), default=None)
            if closest is not None and min(abs(closest.end - s_start), abs(closest.start - s_end)) <= 40:
                spans.append((closest.start, closest.end))
        elif evidence:
            spans.append((evidence[0].start, evidence[0].end))
            subject = _subject_before(article.text, evidence[0].start, paragraph.start, article.lang)
            if subject is not None and speaker is None:
                speaker = SpeakerMention(subject[0], None, subject[1], evidence[0].start, pa.index)
                spans.append((subject[1], evidence[0].start))
        if not spans:
            spans.append((speech[0].start, min(speech[0].end, speech[0].start + 40)))
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        dates = [m for m in analysis.dates if paragraph.start <= m.start < paragraph.end]
        nearest = min(dates, key=lambda m: min(abs(m.start - end), abs(m.end - start)), default=None)
        if nearest is not None and 0 <= nearest.start - end <= 25:
            end = nearest.end  # "kata X hari Jumat (21/6)": the date belongs to the attribution
        if end - start > MAX_ANCHOR:
            end = start + MAX_ANCHOR
        anchor = unique_anchor(ctx, start, end)
        if anchor is None:  # the same words at length elsewhere: the position picks this place
            exact = article.text[start:end].strip()
            anchor = Anchor(exact=exact, start=start + article.text[start:end].find(exact))
        name = speaker.name if speaker else None
        claim_id = f"{_slug(name.split()[-1]) if name else 'claim'}-line-{paragraph.line}"
        while claim_id in used:
            claim_id += "-b"
        used.add(claim_id)
        count += 1
        sentence = first_sentence(paragraph.text.strip(), article.lang)
        excerpt = sentence if len(sentence) <= 100 else sentence[:97] + "..."
        lines.append(f"  - id: {claim_id}")
        # A paragraph that opens with the speaker's own words, or is mostly them, records a quote.
        quoted = sum(q.inner_end - q.inner_start for q in speech)
        opens = bool(speech) and not article.text[paragraph.start:speech[0].start].strip()
        kind = "quote" if speech and (not evidence or opens or 2 * quoted >= len(paragraph.text.strip())) \
            else "statement"
        lines.append(f"    kind: {kind}")
        lines.append(f"    summary: {_q(excerpt)}  # TODO: summarise the claim in your own words")
        if speaker is not None:
            role = f", role: {_q(speaker.role)}" if speaker.role else ""
            lines.append(f"    speaker: {{name: {_q(speaker.name)}{role}}}")
        else:
            lines.append("    # TODO: speaker: {name: ..., role: ...}")
        lines += _said_on(ctx, anchor, nearest)
        lines.append("    # TODO: event: <key shared by claims about the same event>")
        quotes = [article.text[q.inner_start:q.inner_end] for q in pa.quotations if q.inner_end > q.inner_start]
        if quotes:
            lines.append("    quotes:")
            lines += [f"      - {_q(quote)}" for quote in quotes]
        lines.append("    anchor:")
        lines.append(f"      exact: {_q(anchor.exact)}")
        for key, value in (("prefix", anchor.prefix), ("suffix", anchor.suffix)):
            if value:
                lines.append(f"      {key}: {_q(value)}")
        if anchor.start is not None:
            lines.append(f"      start: {anchor.start}  # TODO: the same words stand elsewhere; the offset picks these")
        lines.append("    sources:")
        lines.append("      - {kind: article}  # TODO: add the primary source (url, document, interview)")
        lines.append("")
    if count == 0:
        lines[-1] = "claims: []  # TODO: no attributed statements were found; add claims by hand"
    return "\n".join(lines).rstrip("\n") + "\n"


def article_reference(article_path: Path, output: Path | None, root: Path) -> str:
    """``article:`` as the claims file will need it: relative to the file's folder (by default
    ``<root>/claims``)."""
    folder = output.resolve().parent if output is not None else root / "claims"
    return Path(_relpath(article_path.resolve(), folder)).as_posix()


def _relpath(target: Path, start: Path) -> str:
    import os

    return os.path.relpath(target, start)
