"""Paragraph attribution analysis: evidence, the KL201 decision, speakers, quotations.

Every paragraph here was written for these tests (none comes from an article under test). The
tests assert categories, decisions and spans, never message wording.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from klaim.analysis import Analysis
from klaim.article import load_article
from klaim.attribution import (
    AttributionAnalysis,
    Evidence,
    ParagraphAttribution,
    analyse_attribution,
    is_person_name,
    name_relation,
    office_changes,
    roles_conflict,
    strip_ranks,
    time_qualified,
)
from klaim.checks.unattributed_editorial_passage import interview_answers, pull_quotes, reports_no_one, writes_opinion
from klaim.context import Context
from klaim.lexicon import LexiconError, _expand, available_languages, lexicon
from tests.conftest import ROOT


@dataclass(frozen=True)
class Para:
    """A paragraph as klaim.article makes them (satisfies ParagraphLike)."""

    index: int
    kind: str
    line: int
    start: int
    end: int
    text: str


Line = str | tuple[str, str]


def build(lines: Sequence[Line]) -> tuple[str, list[Para]]:
    """Article text (one paragraph per line) and its paragraphs; ``(kind, text)`` sets a kind."""
    text = ""
    paragraphs: list[Para] = []
    for number, line in enumerate(lines):
        kind, body = line if isinstance(line, tuple) else ("paragraph", line)
        start = len(text)
        text += body
        paragraphs.append(Para(number, kind, number + 1, start, len(text), body))
        text += "\n"
    return text, paragraphs


def analyse(lines: Sequence[Line], lang: str) -> tuple[str, AttributionAnalysis]:
    text, paragraphs = build(lines)
    return text, analyse_attribution(text, paragraphs, lang)


def one(line: Line, lang: str) -> ParagraphAttribution:
    return analyse([line], lang)[1].paragraphs[0]


def categories(evidence: Sequence[Evidence]) -> set[str]:
    return {item.category for item in evidence}


# --- the KL201 decision ------------------------------------------------------------------------
# The paragraphs live once, in checks/KL201.yaml (editors add cases there); here the analysis
# itself is checked on them, so a failure shows the evidence that was weighed.

def _kl201_cases() -> list[dict[str, Any]]:
    spec = yaml.safe_load((ROOT / "checks" / "KL201.yaml").read_text(encoding="utf-8"))
    return [*spec["pass"], *spec["fail"]]


@pytest.mark.parametrize("case", _kl201_cases(), ids=lambda case: case["name"])
def test_kl201_decision_on_case_paragraphs(case: dict[str, Any]) -> None:
    article = load_article(case["article"], "article.txt", lang=case["lang"])
    analysis = analyse_attribution(article.text, article.paragraphs, article.lang)
    lines = {p.index: p.line for p in article.paragraphs}
    flagged = {lines[p.index] for p in analysis.paragraphs if p.is_editorial}
    expected = {finding["line"] for finding in case.get("findings", [])}
    evidence = [(lines[p.index], p.editorial, p.attribution, p.concrete) for p in analysis.paragraphs]
    ctx = Context(article, Analysis(article))
    if writes_opinion(ctx):
        # The analysis still sees the commentary; the check leaves opinion alone.
        assert flagged and not expected, evidence
        return
    # A piece that cites no one argues by design: the lines a case lists as ``argued`` are
    # commentary the analysis sees and the check, for the article's sake, leaves alone.
    argued = set(case.get("argued", ()))
    assert not argued & expected and (not argued or reports_no_one(ctx)), evidence
    # Nor does it report an interviewee's answers, which the analysis weighs as any paragraph,
    # nor a pull quote that repeats a quotation without marks.
    answers = {lines[index] for index in interview_answers(ctx) | pull_quotes(ctx)}
    assert flagged - answers == expected | argued, evidence


def test_kl201_cases_cover_both_languages() -> None:
    for lang in ("id", "en"):
        cases = [c for c in _kl201_cases() if c["lang"] == lang]
        assert len(cases) >= 15
        assert any(c.get("findings") for c in cases) and any(not c.get("findings") for c in cases)


def test_headings_and_captions_are_never_editorial() -> None:
    _, analysis = analyse([("heading", "Sudah Saatnya Kita Semua Peduli"),
                           ("caption", "Foto: Hal ini membuktikan betapa pentingnya kita semua peduli.")], "id")
    assert [p.is_editorial for p in analysis.paragraphs] == [False, False]
    assert analysis.paragraphs[0].editorial  # the evidence is still recorded


def test_hard_fact_vetoes_the_decision() -> None:
    editorial = one("Sudah saatnya kita semua peduli pada lingkungan.", "id")
    dated = one("Sudah saatnya kita semua peduli, kata aktivis itu pada 12 Mei 2023.", "id")
    assert editorial.is_editorial
    assert not dated.is_editorial
    assert {"number", "date"} & categories(dated.concrete)
    # Numbers and dates are weighed only against editorial evidence; places are always read.
    plain = one("Harga beras naik 10 persen di Bandung pada 12 Mei 2023.", "id")
    assert not plain.editorial and categories(plain.concrete) == {"place"}


def test_overwhelming_commentary_outweighs_a_hard_fact() -> None:
    # Unattributed, at least twice the least weight and twice the soft facts, two categories.
    scathing = one("The budget is a slap in the face to taxpayers. The council should not approve "
                   "a surplus of $2 million!", "en")
    assert scathing.is_editorial and "number" in categories(scathing.concrete)
    assert scathing.attribution_weight == 0 and scathing.editorial_weight >= 4
    # One category alone, however heavy, stays vetoed.
    single = one("The plan is a disgrace and a shameful waste of $2 million.", "en")
    assert categories(single.editorial) == {"evaluative"} and single.editorial_weight >= 4
    assert not single.is_editorial
    # Without the figure the same words are editorial.
    assert one("The plan is a disgrace and a shameful waste of money.", "en").is_editorial


def test_stray_opening_mark_quotes_past_a_quotation_in_single_marks() -> None:
    # The stray mark's words run on over the nested ‘…’ to the next double mark: the speaker's
    # verdicts are not read as the outlet's.
    paragraph = one("“The minister told us, ‘Wait until next year.’ It is high time this shameful "
                    "neglect ended, and frankly the delay is a disgrace. “Enough.”", "en")
    assert paragraph.editorial == ()
    assert paragraph.unbalanced_quotes


def test_editorial_evidence_categories_and_spans() -> None:
    text, analysis = analyse(["Langkah ini patut diapresiasi. Kita semua tahu hal ini membuktikan "
                              "betapa kerja keras membuahkan hasil."], "id")
    paragraph = analysis.paragraphs[0]
    found = {(e.category, e.phrase) for e in paragraph.editorial}
    assert ("evaluative", "patut diapresiasi") in found
    assert ("prescriptive", "Kita semua") in found
    assert ("assertive", "hal ini membuktikan") in found
    for evidence in paragraph.editorial:
        assert text[evidence.start:evidence.end] == evidence.phrase
    assert paragraph.score == paragraph.editorial_weight - paragraph.attribution_weight - paragraph.concrete_weight


def test_quoted_editorial_language_is_not_editorial_evidence() -> None:
    paragraph = one("“Sudah saatnya kita semua bergerak,” ujar Ketua DPRD Jawa Barat Andi Pratama.", "id")
    assert paragraph.editorial == ()
    assert "reporting_verb" in categories(paragraph.attribution)


def test_phrases_match_whole_words_only() -> None:
    # "kita" inside "kitab" and "we" inside "weather" are not the outlet's voice.
    assert one("Kitab itu dipamerkan di museum.", "id").editorial == ()
    assert one("The weather stayed dry in Leeds.", "en").editorial == ()


def test_clitic_ends_a_phrase() -> None:
    paragraph = one("Sementara itu, menurutnya, harga beras masih stabil.", "id")
    assert ("attribution_phrase", "menurutnya") in {(e.category, e.phrase) for e in paragraph.attribution}
    assert "pronoun_continuation" in categories(paragraph.attribution)


def test_postposed_verb_needs_a_speaker() -> None:
    assert "reporting_verb" in categories(one("Harga beras naik, kata Budi.", "id").attribution)
    assert "reporting_verb" in categories(one("Harga beras naik, ujarnya.", "id").attribution)
    # "kata kunci" (keyword) and "jelas bahwa" (clearly) are not attribution.
    assert one("Kata kunci pencarian itu populer.", "id").attribution == ()
    plain = one("Jelas bahwa harga beras naik.", "id")
    assert "reporting_verb" not in categories(plain.attribution)
    assert "assertive" in categories(plain.editorial)


@pytest.mark.parametrize("paragraph", [
    "“Dia sempat kabur,” kata salah satu anggota tim penyidik.",
    "“Dia sempat kabur,” ujar salah seorang penyidik.",
    "“Dia sempat kabur,” kata sebagian petugas.",
    "“Dia sempat kabur,” tutur sang ayah.",
])
def test_quantifier_after_a_postposed_verb_introduces_an_unnamed_source(paragraph: str) -> None:
    result = one(paragraph, "id")
    assert "reporting_verb" in categories(result.attribution)
    (quotation,) = result.quotations
    assert quotation.speaker is None and quotation.source is not None
    assert quotation.source.category == "reporting_verb"


def test_institution_and_document_sources() -> None:
    statement = one("Kementerian Keuangan dalam keterangan tertulisnya menyebutkan defisit terkendali.", "id")
    assert {"institution_source", "attribution_phrase", "reporting_verb"} <= categories(statement.attribution)
    assert "pronoun_continuation" not in categories(statement.attribution)
    document = one("The survey shows that most residents support the plan.", "en")
    assert "document_source" in categories(document.attribution)
    inference = one("This shows that most residents support the plan.", "en")
    assert "document_source" not in categories(inference.attribution)
    assert "assertive" in categories(inference.editorial)


def test_a_doubled_reporting_verb_is_a_noun() -> None:
    # "kata-kata" (words) is the plural noun, not "kata" (said).
    doubled = one("Kata-kata guru itu masih terngiang di kepala kami.", "id")
    assert "reporting_verb" not in categories(doubled.attribution)
    assert "reporting_verb" in categories(one("Guru itu masih terngiang, kata Budi.", "id").attribution)


def test_background_referring_to_a_named_source() -> None:
    paragraph = one("Pernyataan Santoso itu muncul setelah anggaran daerah dipangkas.", "id")
    assert "source_reference" in categories(paragraph.attribution)
    english = one("Collins's remarks came after the budget was cut.", "en")
    assert "source_reference" in categories(english.attribution)


# --- speakers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "paragraph", "name", "role"), [
    ("id", "Menteri Kesehatan Budi Santoso mengatakan puskesmas akan ditambah.",
     "Budi Santoso", "Menteri Kesehatan"),
    ("id", "Hal itu disampaikan juru bicara Kementerian Luar Negeri Rina Hartati kepada wartawan.",
     "Rina Hartati", "juru bicara Kementerian Luar Negeri"),
    ("id", "Presiden Prancis Jean Dupont memperingatkan Inggris soal kuota ikan.", "Jean Dupont", "Presiden Prancis"),
    ("id", "Kepala Polri Jenderal Agus Wirawan Saputra menegaskan penyelidikan berlanjut.",
     "Agus Wirawan Saputra", "Kepala Polri Jenderal"),
    ("en", "White House press secretary Jane Porter said the visit would go ahead.",
     "Jane Porter", "White House press secretary"),
    ("en", "Russian President Ivan Petrov warned on Friday against new sanctions.", "Ivan Petrov", "Russian President"),
    ("en", "Tom Becker, the city's chief planner, said the road would reopen.", "Tom Becker", "city's chief planner"),
    ("en", "Foreign Minister Ana Lima told reporters the talks were useful.", "Ana Lima", "Foreign Minister"),
])
def test_speaker_name_and_role(lang: str, paragraph: str, name: str, role: str) -> None:
    speakers = one(paragraph, lang).speakers
    assert [(s.name, s.role) for s in speakers] == [(name, role)]


@pytest.mark.parametrize(("lang", "paragraph", "mentions"), [
    ("en", "The speaker of the house received a resignation letter from Tom Becker.", []),
    ("en", "The speaker thanked Tom Becker for his service.", []),
    ("en", "Tom Becker, who met the speaker on Friday, said he would not run again.", []),
    ("en", "Special envoy to Ukraine Kurt Volker said talks would resume.",
     [("Kurt Volker", "Special envoy to Ukraine")]),
    ("id", "Ketua partai menerima surat pengunduran diri dari Budi Santoso.", []),
    ("id", "Juru bicara yang ditunjuk Presiden Joko Widodo menolak berkomentar.", [("Joko Widodo", "Presiden")]),
])
def test_role_is_a_noun_phrase_next_to_the_name(lang: str, paragraph: str,
                                                mentions: list[tuple[str, str | None]]) -> None:
    assert [(s.name, s.role) for s in one(paragraph, lang).speakers] == mentions


@pytest.mark.parametrize(("paragraph", "mentions"), [
    # one of a group's, the lone name right after the role is whose it is; a member is named after
    # the comma, or after the group's body
    ('"Kami siap," ujar salah satu kuasa hukum Budi kepada hakim.', []),
    ('"Kami siap," kata salah satu kuasa hukum terdakwa, Rina Hartati.', [("Rina Hartati", "kuasa hukum terdakwa")]),
    ("Salah satu anggota DPRD Sukamaju Budi Santoso mengatakan hal itu.",
     [("Sukamaju Budi Santoso", "anggota DPRD")]),
])
def test_a_role_one_of_a_group(paragraph: str, mentions: list[tuple[str, str | None]]) -> None:
    assert [(s.name, s.role) for s in one(paragraph, "id").speakers] == mentions


@pytest.mark.parametrize(("paragraph", "mentions"), [
    # a name that owns the description after the verb is no speaker: the name after the comma is
    ('"We forgive you," says Strenge’s daughter, Jayme Nelson.', [("Jayme Nelson", None)]),
    ('"We won," said Lee’s coach, Ann Park, after the game.', [("Ann Park", "coach")]),
    ('"No comment," said Peskov’s spokesman.', []),
    # the name set off after the description may come before the speaker's next quotation
    ('"We forgive you," says his daughter, Jayme Nelson. "We pray for you."', [("Jayme Nelson", None)]),
])
def test_speaker_after_a_possessive_or_a_description(paragraph: str, mentions: list[tuple[str, str | None]]) -> None:
    assert [(s.name, s.role) for s in one(paragraph, "en").speakers] == mentions


def test_speaker_next_to_a_reporting_verb() -> None:
    text, analysis = analyse(["Dalam rapat itu, Santoso menyatakan anggaran cukup.",
                              "“Kami siap,” kata Hartati."], "id")
    assert [s.name for s in analysis.speakers] == ["Santoso", "Hartati"]
    mention = analysis.speakers[0]
    assert text[mention.name_start:mention.name_end] == "Santoso"
    assert mention.role is None


@pytest.mark.parametrize("marks", ["“”", '""'])
def test_a_mark_glued_to_the_verb_closes_a_quotation_with_another_inside(marks: str) -> None:
    opening, closing = marks
    line = (f"{opening}Besok adalah {opening}pintu masuk{closing} untuk membuka semua hal,{closing}ucap "
            "Rudi Hartawan.")
    text, analysis = analyse([line], "id")
    paragraph = analysis.paragraphs[0]
    glued = text.index(",") + 1
    outer = [q for q in paragraph.quotations if q.start == 0]
    assert [(q.start, q.end) for q in outer] == [(0, glued + 1)]
    assert outer[0].speaker is not None and outer[0].speaker.name == "Rudi Hartawan"
    assert not any(q.continued for q in paragraph.quotations)


@pytest.mark.parametrize(("line", "lang"), [
    ('Pelatih Hendra Wijaksana memuji Rudi Hartono: "Dia kiper terbaik yang pernah saya latih."', "id"),
    ('Mayor Dana Welk praised Ira Fenn: "He did more for this town than anyone."', "en"),
])
def test_a_name_after_a_verb_with_its_subject_is_the_object_no_speaker(line: str, lang: str) -> None:
    paragraph = one(line, lang)
    (quotation,) = paragraph.quotations
    assert quotation.speaker is not None and quotation.speaker.name in ("Hendra Wijaksana", "Dana Welk", "Hendra")
    assert "Rudi Hartono" not in [s.name for s in paragraph.speakers]
    assert "Ira Fenn" not in [s.name for s in paragraph.speakers]


def test_a_subject_before_a_continuation_adverb_makes_the_name_after_the_verb_its_object() -> None:
    _, analysis = analyse(["Pelatih Hendra Wijaksana mengatakan timnya kalah.",
                           'Hendra juga memuji Rudi Hartono: "Dia kiper terbaik."'], "id")
    (quotation,) = analysis.paragraphs[1].quotations
    assert quotation.speaker is not None and quotation.speaker.name == "Hendra"


def test_lower_case_name_after_a_reporting_verb_is_a_speaker_named_elsewhere() -> None:
    text, analysis = analyse(["Wakil Ketua Komisi Dave Laksono membuka rapat itu.",
                              "Rapat diputuskan selesai lebih cepat.",
                              "“Pendalaman dilakukan tertulis,” ungkap dave.",
                              "Libur sekolah diperpanjang, tambah hari libur nasional.",
                              "Hari Santoso, guru di sekolah itu, menyambut kabar tersebut."], "id")
    quoted = analysis.paragraphs[2]
    (mention,) = quoted.speakers
    # Spelt as the article spells the name elsewhere; the span is the lower-case word.
    assert (mention.name, mention.role, text[mention.name_start:mention.name_end]) == ("Dave", None, "dave")
    assert quoted.quotations[0].speaker == mention
    assert "reporting_verb" in categories(quoted.attribution)
    # "hari" is a word of a name in the article, but the clause goes on: no speaker.
    assert analysis.paragraphs[3].speakers == ()
    assert "reporting_verb" not in categories(analysis.paragraphs[3].attribution)


def test_countries_and_institutions_are_not_speakers() -> None:
    _, analysis = analyse(["Gedung Putih mengumumkan bantuan baru.",
                           "Amerika Serikat menyatakan keberatan.",
                           "The Treasury said the deficit was stable."], "en")
    assert analysis.speakers == ()


def test_sentence_initial_single_word_is_a_speaker_only_as_a_known_surname() -> None:
    _, known = analyse(["Presiden Rusia Ivan Petrov tiba di Hanoi.", "Petrov mengatakan kunjungan itu penting."], "id")
    assert [s.name for s in known.speakers] == ["Ivan Petrov", "Petrov"]
    _, unknown = analyse(["Warga mengatakan air sudah surut."], "id")
    assert unknown.speakers == ()


# --- quotations ---------------------------------------------------------------------------------


def test_quote_speaker_from_own_paragraph() -> None:
    paragraph = one("“Kami sudah siap sejak pagi tadi,” kata Menteri Kesehatan Budi Santoso.", "id")
    (quotation,) = paragraph.quotations
    assert quotation.speaker is not None and quotation.speaker.name == "Budi Santoso"
    assert quotation.is_speech


def test_pronoun_continuation_carries_the_speaker_over() -> None:
    text, analysis = analyse([
        "Presiden Prancis Jean Dupont tiba di Jakarta pada Senin malam.",
        "Ia menambahkan, “Kunjungan ini membuka babak baru hubungan kedua negara.”",
        "He later said: “We will come back next year with more ministers.”",
    ], "id")
    second = analysis.paragraphs[1]
    assert "pronoun_continuation" in categories(second.attribution)
    (quotation,) = second.quotations
    assert quotation.speaker is not None and quotation.speaker.name == "Jean Dupont"
    assert text[quotation.inner_start:quotation.inner_end].startswith("Kunjungan ini")


def test_bare_quote_after_a_named_speaker_is_attributed() -> None:
    _, analysis = analyse([
        "Foreign Minister Ana Lima arrived in Hanoi on Monday.",
        "“We came to listen, not to lecture, and we will keep listening.”",
    ], "en")
    (quotation,) = analysis.paragraphs[1].quotations
    assert quotation.speaker is not None and quotation.speaker.name == "Ana Lima"


def test_unnamed_source_takes_over_from_the_previous_speaker() -> None:
    _, analysis = analyse([
        "Foreign Minister Ana Lima arrived in Hanoi on Monday.",
        "“This was not discussed at all,” an official said.",
    ], "en")
    (quotation,) = analysis.paragraphs[1].quotations
    assert quotation.speaker is None
    assert quotation.source is not None


def test_captions_and_site_lines_leave_paragraphs_adjacent() -> None:
    _, analysis = analyse([
        "Foreign Minister Ana Lima arrived in Hanoi on Monday.",
        ("caption", "Photo: Prime Minister Tom Becker greets the delegation."),
        ("boilerplate", "Also Read | President Jane Porter Visits Jakarta"),
        "“We came to listen, not to lecture, and we will keep listening.”",
    ], "en")
    (quotation,) = analysis.paragraphs[3].quotations
    assert quotation.speaker is not None and quotation.speaker.name == "Ana Lima"
    # A site's line names another story's people: they are no speakers of this one.
    assert [s.name for s in analysis.speakers] == ["Ana Lima", "Tom Becker"]


def test_quote_without_speaker_or_source() -> None:
    _, analysis = analyse([
        "Puskesmas baru itu akan melayani warga di tiga kecamatan.",
        "“Semua pasien akan dilayani tanpa kecuali, siang maupun malam.”",
    ], "id")
    (quotation,) = analysis.paragraphs[1].quotations
    assert quotation.speaker is None and quotation.source is None and quotation.is_speech


def test_short_scare_quote_is_not_speech() -> None:
    (quotation,) = one("Warga menyebut jalan itu “jalur maut” sejak lama.", "id").quotations
    assert not quotation.is_speech


@pytest.mark.parametrize(("paragraph", "speech"), [
    ("Officials said such suspicions are “groundless.”", False),  # the American full stop
    ("Officials called the plan “a disgrace,” and left.", False),
    ("Warga menyebut jalan itu “jalur maut!”", False),
    ("“Never again.”", True),
    ("He answered: “No.”", True),
    ("“Siap!” kata Budi.", True),
    ("Residents waited. “Not again.”", True),
])
def test_short_quotation_inside_a_clause_is_a_term(paragraph: str, speech: bool) -> None:
    (quotation,) = one(paragraph, "en").quotations
    assert quotation.is_speech is speech


def test_participle_clause_speaks_for_the_main_clause_subject() -> None:
    _, analysis = analyse([
        "Lina Marsh rejected the accusations about the export figures, saying Tom Becker was wrong.",
        "The ministry's spokesperson rejected the accusations about the figures, saying they were accurate.",
        "He rejected the accusations about last year's figures and the audit, adding that all was in order.",
        "Prices rose by a third, adding to the squeeze on household budgets.",
    ], "en")
    named, unnamed, pronoun, idiom = analysis.paragraphs
    # The subject opening the sentence speaks, not the name after "saying".
    assert [s.name for s in named.speakers] == ["Lina Marsh"]
    assert ("reporting_verb", "saying") in {(e.category, e.phrase) for e in named.attribution}
    assert {("institution_source", "spokesperson"), ("reporting_verb", "saying")} <= \
        {(e.category, e.phrase) for e in unnamed.attribution}
    assert {("pronoun_continuation", "He"), ("reporting_verb", "adding")} <= \
        {(e.category, e.phrase) for e in pronoun.attribution}
    assert idiom.attribution == ()


# --- quotation marks --------------------------------------------------------------------------


@pytest.mark.parametrize("paragraph", [
    "“Kami siap,” kata Budi.",
    '"Kami siap," kata Budi.',
    "„Kami siap“, kata Budi.",
    "«Kami siap», kata Budi.",
    "»Kami siap«, kata Budi.",
    "Dia menyebut ‘jalur maut’ itu berbahaya.",
    "Salat Jum'at dan Jum’at Agung, don't and isn’t, the nurses' pay and the ’90s.",
    "Kata ”siap” ditulis dengan tanda yang salah arah.",
])
def test_balanced_quotation_marks(paragraph: str) -> None:
    assert one(paragraph, "id").unbalanced_quotes == ()


def test_unbalanced_opening_mark_offset() -> None:
    text, analysis = analyse(["Pertama.", "Ketua RT menyebut kondisi itu “sangat memprihatinkan bagi warga."], "id")
    (offset,) = analysis.paragraphs[1].unbalanced_quotes
    assert text[offset] == "“"
    assert analysis.paragraphs[0].unbalanced_quotes == ()


def test_unbalanced_closing_mark_offset() -> None:
    text, analysis = analyse(["Residents said conditions were appalling” and nothing had changed."], "en")
    (offset,) = analysis.paragraphs[0].unbalanced_quotes
    assert text[offset] == "”"


def test_unbalanced_straight_marks() -> None:
    text, analysis = analyse(['He said "we will not back down and left.'], "en")
    (offset,) = analysis.paragraphs[0].unbalanced_quotes
    assert text[offset] == '"'


def test_words_before_a_stray_closing_mark_count_as_quoted() -> None:
    # The opening mark is missing: the words are still the speaker's, not the outlet's.
    paragraph = one("Sudah saatnya kita semua bergerak bersama,” kata Andi kepada warga.", "id")
    assert len(paragraph.unbalanced_quotes) == 1
    assert paragraph.editorial == () and not paragraph.is_editorial


def test_quote_continued_into_next_paragraph_is_not_unbalanced() -> None:
    _, analysis = analyse([
        "“We will build the clinics first,” Collins said. “Then we will hire the nurses.",
        "“After that, the money goes to training,” she said.",
    ], "en")
    first = analysis.paragraphs[0]
    assert first.unbalanced_quotes == ()
    assert first.quotations[-1].continued


# --- names and roles (KL203 helpers) ------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("Dmitri Volkov", "Dmitri Volkov", "same"),
    ("Volkov", "Dmitri Volkov", "same"),
    ("Dmitry Volkov", "Dmitri Volkov", "variant"),
    ("Dmitri Volkow", "Dmitri Volkov", "variant"),
    ("Volkow", "Dmitri Volkov", "variant"),
    ("Joko Santoso", "Iriana Santoso", "other"),
    ("Jane Porter", "John Kirby", "other"),
    ("Budi", "Budi Santoso", "other"),
    ("Kim", "Kin", "other"),
    ("Maria Halim", "Yusuf Hakim", "other"),
    ("Maria Halim", "Mario Hakim", "other"),
    ("Maria Halim", "Maria Hakim", "variant"),
    ("M. Halim", "Maria Hakim", "variant"),
    # A longer name is compared on its last words: a middle name, or a place read into the name.
    ("Sukamaju Dimas Prakoso", "Dimas Prakoso", "same"),
    ("Sukamaju Dimas Prakoso", "Dimaz Prakoso", "variant"),
    ("Sukamaju Dimas Prakoso", "Iriana Prakoso", "other"),
    # A family in the plural is no spelling of a member's name; a dropped "s" is a misspelling.
    ("Karanja", "Daniel Moseti Karanja", "same"),
    ("Karanjas", "Daniel Moseti Karanja", "other"),
    ("Edward", "Mark Edwards", "variant"),
    # Names of one length with the first and last words alike are compared on their middle words.
    ("Pande Putu Gina", "Pande Puti Gina", "variant"),
    ("George H. Bush", "George W. Bush", "other"),
    ("John F. Kennedy", "John Fitzgerald Kennedy", "same"),
    ("Made Wayan Artha", "Made Wayan Artha", "same"),
])
def test_name_relation(a: str, b: str, relation: str) -> None:
    assert name_relation(a, b) == relation
    assert name_relation(b, a) == relation


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("juru bicara Kremlin", "Kremlin spokesman", False),
    ("Presiden Rusia", "Presiden", False),
    ("Presiden AS", "Presiden Amerika Serikat", False),
    ("juru bicara Kremlin", "Menteri Luar Negeri", True),
    ("Health Minister", "press secretary", True),
    ("Health Minister", "Health Secretary", False),
    ("Councillor", "unknown job title", False),
])
def test_roles_conflict(a: str, b: str, conflict: bool) -> None:
    assert roles_conflict(a, b, "id") is conflict


@pytest.mark.parametrize(("lang", "paragraph", "name", "role"), [
    ("id", "“Korban meninggal,” kata Kombes Pol Djamal Renhoat di Mulia.", "Djamal Renhoat", "Kombes Pol"),
    ("id", "Iptu Sari Wulandari menegaskan hal itu.", "Sari Wulandari", "Iptu"),
    ("id", "Kapolsek Mulia Iptu Sari Wulandari menegaskan hal itu.", "Sari Wulandari", "Kapolsek Mulia Iptu"),
    ("id", "“Benar,” kata Brigjen TNI Agus Salim.", "Agus Salim", "Brigjen TNI"),
    ("en", "Sgt. Ana Lima said the road was closed.", "Ana Lima", "Sgt"),
    # (one rank: the full stop after "Det" ends no sentence)
    ("en", "Det. Insp. Tom Becker said the inquiry would continue.", "Tom Becker", "Det. Insp"),
])
def test_rank_titles_and_is_no_part_of_the_name(lang: str, paragraph: str, name: str, role: str) -> None:
    assert [(s.name, s.role) for s in one(paragraph, lang).speakers] == [(name, role)]


@pytest.mark.parametrize(("lang", "paragraph", "name", "role"), [
    ("en", "“Patients are up,” said Dr. Jane Smith.", "Jane Smith", None),
    ("en", "“It is over,” said Gen. Mark Reed.", "Mark Reed", "Gen"),
    ("id", "“Pasien naik,” kata Prof. Budi Santoso.", "Budi Santoso", None),
    ("id", "“Pasien naik,” kata dr Rina Lestari.", "Rina Lestari", None),
    ("id", "“Pasien naik,” kata dr. Rina Lestari.", "Rina Lestari", None),
    ("id", "“Pasien naik,” kata Direktur RSUD dr Budi Santoso.", "Budi Santoso", "Direktur RSUD dr"),
])
def test_a_name_follows_an_abbreviated_title(lang: str, paragraph: str, name: str, role: str | None) -> None:
    # The full stop after a title ends no sentence, and a title in lower case (Indonesian "dr")
    # stands in the name's run: the name after it is read.
    assert [(s.name, s.role) for s in one(paragraph, lang).speakers] == [(name, role)]


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("Kepala Dinas Kesehatan drg", "Dokter", False),  # a dentist's title in lower case: a doctor too
    ("Kepala Dinas Kesehatan Dr", "Dokter", True),  # "Dr": a doctorate, no job
    ("dr", "Bupati", False),  # a title alone is not compared
    ("Kepala Dinas Kesehatan dr", "Direktur RSUD dr", True),  # two posts conflict, whatever their titles
    ("Direktur RSUD dr. Soetomo", "Dokter", True),  # a title inside a body's name titles no one
])
def test_a_physicians_title_after_a_post_is_that_job_too(a: str, b: str, conflict: bool) -> None:
    assert roles_conflict(a, b, "id") is conflict


@pytest.mark.parametrize(("a", "b", "lang", "conflict"), [
    ("Kapolres Mimika", "AKBP", "id", False),
    ("Kombes Pol", "Kapolda", "id", False),
    ("Mayor", "Danramil", "id", False),  # an Indonesian major, not a mayor
    ("Gen", "Chairman of the Joint Chiefs", "en", False),
    ("Kapolres", "Juru bicara", "id", True),
])
def test_ranks_name_no_job(a: str, b: str, lang: str, conflict: bool) -> None:
    assert roles_conflict(a, b, lang) is conflict


@pytest.mark.parametrize(("name", "lang", "bare"), [
    ("Kombes Pol Djamal Renhoat", "id", "Djamal Renhoat"),
    ("AKBP Budi Hartono", "id", "Budi Hartono"),
    ("Dr. Budi Santoso", "id", "Budi Santoso"),
    ("Budi Santoso", "id", "Budi Santoso"),
    ("Kombes", "id", "Kombes"),
    ("Lt. Col. Ana Lima", "en", "Ana Lima"),
])
def test_strip_ranks(name: str, lang: str, bare: str) -> None:
    assert strip_ranks(name, lang) == bare


@pytest.mark.parametrize(("lang", "paragraph", "qualified"), [
    ("en", "The government of new Prime Minister Tom Becker fell.", True),
    ("en", "Prime Minister-designate Tom Becker was humbled.", True),
    ("en", "Ex-President Tom Becker was humbled.", True),
    ("en", "Nothing is new. President Tom Becker was humbled.", False),  # another sentence
    ("en", "President Tom Becker was humbled.", False),
    ("id", "Plt. Bupati Rina Hartati meninjau lokasi banjir.", True),
    ("id", "Presiden terpilih Rina Hartati meninjau lokasi banjir.", True),
    ("id", "Mantan Menteri Keuangan Rina Hartati meninjau lokasi banjir.", True),
    ("id", "Sementara itu, Menteri Keuangan Rina Hartati meninjau lokasi banjir.", False),
])
def test_title_with_a_time_qualifier(lang: str, paragraph: str, qualified: bool) -> None:
    text, analysis = analyse([paragraph], lang)
    (mention,) = [m for m in analysis.speakers if m.role]
    assert time_qualified(text, mention, lang) is qualified


def test_change_of_office_needs_the_other_title_after_the_transition() -> None:
    text, analysis = analyse(["Treasurer Tom Becker will become the 30th prime minister on Friday.",
                              "Treasurer Tom Becker said the vote would become a turning point for the president."],
                             "en")
    changed, unchanged = analysis.speakers
    assert office_changes(text, changed, ("Treasurer", "Prime Minister"), "en")
    assert not office_changes(text, unchanged, ("Treasurer", "Prime Minister"), "en")


# --- lexicons and robustness ---------------------------------------------------------------------


def test_lexicons_share_their_categories() -> None:
    languages = available_languages()
    assert {"id", "en"} <= set(languages)
    keys = [set(lexicon(lang)) for lang in languages]
    assert all(k == keys[0] for k in keys), "a category missing from one language's file"
    assert lexicon("id") is lexicon("id")  # cached
    assert all(isinstance(v, tuple) for v in lexicon("en").values())
    assert lexicon("id-ID") == lexicon("id")


def test_a_list_of_word_lists_stands_for_every_combination() -> None:
    entries: list[object] = ["we must", [["officials", "the council"], ["should", "must"]]]
    assert list(_expand(entries, "x")) == ["we must", "officials should", "officials must",
                                            "the council should", "the council must"]
    # The lexicons use it: one entry per pattern instead of every phrase listed out.
    assert {"city hall should", "decision makers ought to"} <= set(lexicon("en")["editorial_prescriptive"])
    assert "sebaiknya para pengambil keputusan" in lexicon("id")["editorial_prescriptive"]


def test_a_phrase_with_an_apostrophe_is_kept_with_the_typographic_one_too() -> None:
    first_person = lexicon("en")["first_person_singular"]
    assert {"i'm", "i\u2019m"} <= set(first_person)
    assert len(first_person) == len(set(first_person))
    assert not any("\u2019" in phrase for phrase in lexicon("en")["function_words"])
    paragraph = one("Let\u2019s hope the depot question is settled this year.", "en")
    assert [e.phrase for e in paragraph.editorial] == ["Let\u2019s"]


@pytest.mark.parametrize("entry", [3, [], [[]], [["a"], "b"], [["a", 1]], {"a": "b"}])
def test_a_malformed_lexicon_entry_is_refused(entry: object) -> None:
    with pytest.raises(LexiconError):
        list(_expand([entry], "lexicon xx: category"))


def test_language_without_lexicon_finds_nothing_editorial() -> None:
    assert lexicon("xx") == {}
    paragraph = one("Il est grand temps que nous agissions tous ensemble.", "xx")
    assert not paragraph.is_editorial and paragraph.editorial == ()


def test_long_line_is_analysed_in_linear_time() -> None:
    sentence = ("Menteri Budi Santoso mengatakan, “Kami siap,” di Jakarta. Hal ini membuktikan "
                "betapa pentingnya kita semua peduli. ")
    text = sentence * (1_000_000 // len(sentence))
    started = time.perf_counter()
    analysis = analyse_attribution(text, [Para(0, "paragraph", 1, 0, len(text), text)], "id")
    assert time.perf_counter() - started < 30
    assert analysis.paragraphs[0].quotations


_PIECES = [*"ab Kk.,;'\"“”„«»‘’12/-", "kata ", "Ia ", "kita ", "Presiden ", "Budi ", "semua "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_evidence_spans_point_into_their_paragraph(lines: list[str]) -> None:
    text, analysis = analyse([line.replace("\n", " ") for line in lines], "id")
    _, paragraphs = build([line.replace("\n", " ") for line in lines])
    for paragraph, result in zip(paragraphs, analysis.paragraphs, strict=True):
        for evidence in (*result.attribution, *result.editorial, *result.concrete):
            assert paragraph.start <= evidence.start <= evidence.end <= paragraph.end
            if evidence.category != "quotation":
                assert text[evidence.start:evidence.end] == evidence.phrase
        for offset in result.unbalanced_quotes:
            assert paragraph.start <= offset < paragraph.end
        for quotation in result.quotations:
            assert paragraph.start <= quotation.start < quotation.inner_start <= quotation.inner_end
            assert quotation.inner_end <= quotation.end <= paragraph.end


# --- index-driven phrase matching equals the plain definition -----------------------------------


def _phrases(index: Any) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every phrase of a trie index with its categories, read back from the trie."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    stack = [((), index.root)]
    while stack:
        words, node = stack.pop()
        if node.ends:
            found[words] = tuple(node.ends)
        stack.extend(((*words, word), child) for word, child in node.children.items())
    return found


def _plain_match(phrases: dict[tuple[str, ...], tuple[str, ...]], clitics: Sequence[str],
                 tokens: Sequence[Any], first: int, stop: int) -> tuple[int, tuple[str, ...], str | None] | None:
    """The longest phrase at ``first`` by trying every phrase: exact beats a clitic at one length."""
    best: tuple[int, int, int, tuple[str, ...], str | None] | None = None
    for words, found in phrases.items():
        end = first + len(words)
        if end > stop or any(not tokens[at].joined for at in range(first + 1, end)):
            continue
        if any(tokens[first + k].fold != words[k] for k in range(len(words) - 1)):
            continue
        last = tokens[end - 1].fold
        candidate = None
        if last == words[-1]:
            candidate = (end, 1, 0, found, None)
        else:  # a clitic may end the last word; the longest one that leaves a phrase wins
            for clitic in sorted(clitics, key=len, reverse=True):
                if last.endswith(clitic) and len(last) - len(clitic) >= 2 and \
                        last[: -len(clitic)] == words[-1]:
                    candidate = (end, 0, len(clitic), found, clitic)
                    break
        if candidate is not None and (best is None or candidate[:3] > best[:3]):
            best = candidate
    return None if best is None else (best[0], best[3], best[4])


def _plain_find(phrases: dict[tuple[str, ...], tuple[str, ...]], clitics: Sequence[str],
                tokens: Sequence[Any], first: int, stop: int, skip_quoted: bool) -> list[tuple[int, int]]:
    runs = [(first, stop)]
    if skip_quoted:
        runs, at = [], first
        while at < stop:
            while at < stop and tokens[at].quoted:
                at += 1
            limit = at
            while limit < stop and not tokens[limit].quoted:
                limit += 1
            runs.append((at, limit))
            at = limit
    hits: list[tuple[int, int]] = []
    for begin, end in runs:
        at = begin
        while at < end:
            match = _plain_match(phrases, clitics, tokens, at, end)
            if match is None:
                at += 1
            else:
                hits.append((at, match[0]))
                at = match[0]
    return hits


_WORDS = {
    "id": ["kata", "katanya", "Budi", "sudah", "saatnya", "kita", "semua", "menurut", "menurutnya",
           "hal", "ini", "membuktikan", "tidak", "dapat", "dipungkiri", "juru", "bicara", "Kementerian",
           "Luar", "Negeri", "di", "Jakarta", "lagi", "pun", "pentingnya", "setengah", "hati", "ujar", "pak"],
    "en": ["said", "he", "according", "to", "it", "is", "high", "time", "we", "must", "White", "House",
           "press", "secretary", "in", "Leeds", "half", "hearted", "far", "too", "often", "the", "went", "on"],
}
_GAPS = [" ", " ", " ", "-", ", ", ". ", ": ", " “", "” ", ' "', '" ', "’s "]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["id", "en"]), st.data())
def test_index_driven_matching_equals_trying_every_phrase(lang: str, data: st.DataObject) -> None:
    from klaim.attribution import _language, _read_paragraph, _Reader

    words = data.draw(st.lists(st.sampled_from(_WORDS[lang]), min_size=1, max_size=30))
    gaps = data.draw(st.lists(st.sampled_from(_GAPS), min_size=len(words), max_size=len(words)))
    body = "".join(gap + word for gap, word in zip(gaps, words, strict=True)).strip()
    text, paragraphs = build([body])
    language = _language(lang)
    state = _read_paragraph(text, paragraphs, 0, language)
    reader = _Reader(text, language, state)
    tokens = state.tokens
    indexes = [language.attribution, language.editorial, language.sources, language.references,
               language.roles, language.qualifiers, language.concrete, language.continuation]
    for index in indexes:
        phrases = _phrases(index)
        for skip_quoted in (False, True):
            found = [(h.first, h.stop) for h in reader.find(index, skip_quoted=skip_quoted)]
            assert found == _plain_find(phrases, index.clitics, tokens, 0, len(tokens), skip_quoted)
        for at in range(len(tokens)):
            hit = reader.match(index, at, len(tokens))
            plain = _plain_match(phrases, index.clitics, tokens, at, len(tokens))
            assert (None if hit is None else (hit.stop, hit.categories, hit.clitic)) == plain


_APPOSITIVE_WORDS = {
    "id": ["Hasan", "Hidayat", "M", "bin", "Budi", "pengamat", "juru", "bicara", "dari", "Universitas",
           "Teluk", "Biru", "Kementerian", "Luar", "Negeri", "menilai", "kata", "seorang", "di", "Jakarta"],
    "en": ["John", "Kirby", "M", "van", "Berg", "Anna", "the", "a", "White", "House", "spokesman",
           "director", "of", "University", "Leeds", "in", "said", "Russian", "President", "analyst"],
}
_APPOSITIVE_GAPS = [" ", " ", " ", " ", ", ", ", ", ". ", ".", "-", " “", "” "]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["id", "en"]), st.data())
def test_appositives_read_near_commas_equal_a_reading_from_the_start(lang: str, data: st.DataObject) -> None:
    """``collect_appositives`` reads only the runs of words that end before a comma with a role
    near it: it finds what reading every chunk of capitalised words from the start finds."""
    from klaim.attribution import _any_between, _language, _read_paragraph, _Reader

    words = data.draw(st.lists(st.sampled_from(_APPOSITIVE_WORDS[lang]), min_size=1, max_size=30))
    gaps = data.draw(st.lists(st.sampled_from(_APPOSITIVE_GAPS), min_size=len(words), max_size=len(words)))
    body = "".join(gap + word for gap, word in zip(gaps, words, strict=True)).strip()
    text, paragraphs = build([body])
    language = _language(lang)
    narrowed = _Reader(text, language, _read_paragraph(text, paragraphs, 0, language))
    narrowed.collect_appositives()
    reference = _Reader(text, language, _read_paragraph(text, paragraphs, 0, language))
    tokens, commas = reference.tokens, reference.paragraph.commas
    capitalised = [position for position in commas if tokens[position].cap]
    roles = reference.paragraph.starts.get(language.roles.slot)
    if capitalised and roles and any(_any_between(roles, comma + 1, comma + 9) for comma in commas):
        at = 0
        for at_cap in [position for position, token in enumerate(tokens[:capitalised[-1] + 1]) if token.cap]:
            if at_cap < at:
                continue
            at = at_cap
            if not reference.is_name_token(at):
                at += 1
                continue
            chunk = reference.capital_chunk(at, len(tokens))
            start, at = at, max(chunk, at + 1)
            if chunk < len(tokens) and chunk - 1 in commas:
                reference.appositive_before(start, chunk - 1)  # (this chunk, read as before)
    assert narrowed.paragraph.speakers == reference.paragraph.speakers


@settings(max_examples=300, deadline=None)
@given(st.text("abcdé", max_size=24), st.text("abcdé", max_size=24), st.integers(0, 4))
def test_bounded_edit_distance_agrees_with_levenshtein(a: str, b: str, limit: int) -> None:
    # (Myers' bit-vector algorithm after the common prefix and suffix are cut: long and short.)
    from klaim.attribution import _within_distance

    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    assert _within_distance(a, b, limit) is (previous[-1] <= limit)


# --- reporting verbs next to a quotation ----------------------------------------------------------


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", 'Reyes went on: "Nobody will sail until the wind drops below forty knots."'),
    ("en", 'Reyes continued, "Nobody will sail until the wind drops below forty knots."'),
    ("en", '"Nobody will sail until the wind drops below forty knots," Reyes continued.'),
    ("en", '"Nobody will sail until the wind drops below forty knots," continued Reyes.'),
    ("en", '"Will anyone sail before the wind drops below forty knots?" Reyes went on.'),
    ("en", 'The harbour master said: "Nobody will sail until the wind drops below forty knots."'),
    ("en", 'Reyes noted: "Nobody will sail until the wind drops below forty knots."'),
    ("id", "Siregar melanjutkan, “Tidak ada kapal yang berangkat sebelum angin mereda.”"),
    ("id", "Siregar menimpali: “Tidak ada kapal yang berangkat sebelum angin mereda.”"),
    ("id", "“Tidak ada kapal yang berangkat sebelum angin mereda,” lanjut Siregar."),
    ("id", "“Tidak ada kapal yang berangkat sebelum angin mereda,” Siregar melanjutkan."),
    ("id", "Siregar menukas, “Tidak ada kapal yang berangkat sebelum angin mereda.”"),
])
def test_quotation_introduced_or_closed_by_a_reporting_verb_has_a_source(lang: str, paragraph: str) -> None:
    _, analysis = analyse(["Penyeberangan ditutup." if lang == "id" else "The ferry was cancelled.",
                           paragraph], lang)
    (quotation,) = analysis.paragraphs[1].quotations
    assert quotation.source is not None and quotation.source.category == "reporting_verb"


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", 'The storm continued overnight. "Every crossing will stay closed until the wind drops."'),
    ("en", '"Every crossing will stay closed until the wind drops." The storm continued overnight.'),
    ("id", "Petugas melanjutkan pembersihan dermaga. “Semua kapal tertahan sampai angin benar-benar reda.”"),
])
def test_verb_that_only_sometimes_reports_needs_the_quotation_next_to_it(lang: str, paragraph: str) -> None:
    _, analysis = analyse(["Penyeberangan ditutup." if lang == "id" else "The ferry was cancelled.",
                           paragraph], lang)
    (quotation,) = analysis.paragraphs[1].quotations
    assert quotation.source is None and quotation.speaker is None


# --- names inside role-and-organisation chunks -----------------------------------------------------


@pytest.mark.parametrize(("lang", "lines", "name", "role"), [
    ("id", ["Pemadaman terjadi di Bandung sejak Senin malam.",
            "Hal itu disampaikan General Manager PLN Unit Distribusi Bandung Gita Tanjung."],
     "Gita Tanjung", "General Manager PLN Unit Distribusi Bandung"),
    ("id", ["Banjir merendam rumah warga di Palembang.",
            "Kepala Dinas Pekerjaan Umum Palembang Retno Sitompul mengatakan pompa ditambah."],
     "Retno Sitompul", "Kepala Dinas Pekerjaan Umum Palembang"),
    ("id", ["Banjir merendam rumah warga di Garut.",
            "Wali Kota Garut Armuji meninjau tanggul yang jebol."], "Armuji", "Wali Kota Garut"),
    ("id", ["Pengamat energi dari Universitas Teluk Biru, Hasan Hidayat, menilai tarif terlalu tinggi."],
     "Hasan Hidayat", "Pengamat energi dari Universitas Teluk Biru"),
    ("id", ["Pengamat transportasi Yusuf Hakim menilai jadwal itu terlambat."],
     "Yusuf Hakim", "Pengamat transportasi"),
])
def test_name_is_not_taken_from_the_body_or_place_before_it(lang: str, lines: list[str], name: str,
                                                               role: str) -> None:
    _, analysis = analyse(lines, lang)
    assert [(s.name, s.role) for s in analysis.paragraphs[-1].speakers] == [(name, role)]


def test_body_named_after_a_place_is_not_a_person() -> None:
    _, analysis = analyse(["Pemadaman terjadi di Bandung sejak Senin malam.",
                           "Dalam keterangan tertulis PLN Unit Distribusi Bandung, disebutkan kabel putus."], "id")
    assert analysis.speakers == ()


def test_appositive_role_does_not_take_the_body_for_a_name() -> None:
    paragraph = one("Menurut Joko Latuconsina, pengamat energi dari Universitas Lembah Hijau, tarif naik.", "id")
    assert [(s.name, s.role) for s in paragraph.speakers] == [
        ("Joko Latuconsina", "pengamat energi dari Universitas Lembah Hijau")]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Sadly, the repairs were carried out in a half-hearted way."),
    ("id", "Sayangnya, perbaikan itu dikerjakan setengah hati."),
])
def test_quantity_word_inside_an_idiom_is_no_fact(lang: str, paragraph: str) -> None:
    result = one(paragraph, lang)
    assert "quantity" not in categories(result.concrete)
    assert result.is_editorial


def test_document_source_survives_inside_an_editorial_phrase() -> None:
    # "menunjukkan lemahnya" is the outlet's inference after "hal ini", a report's finding here.
    reported = one("Laporan audit itu menunjukkan lemahnya pengawasan proyek.", "id")
    assert "document_source" in categories(reported.attribution) and not reported.is_editorial
    editorial = one("Hal ini kembali membuktikan lemahnya pengawasan proyek.", "id")
    assert "document_source" not in categories(editorial.attribution) and editorial.is_editorial


@st.composite
def _near_words(draw: st.DrawFn) -> tuple[list[str], str]:
    """Words, short and long (both ways of filing), and a query made from one of them by up to
    three edits, or drawn afresh."""
    words = draw(st.lists(st.text("abcé", min_size=0, max_size=17), min_size=1, max_size=12))
    query = list(draw(st.sampled_from(words)))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(query)))
        edit = draw(st.sampled_from(["insert", "delete", "substitute"]))
        if edit == "insert" or not query:
            query.insert(at, draw(st.sampled_from("abcé")))
        elif edit == "delete":
            del query[min(at, len(query) - 1)]
        else:
            query[min(at, len(query) - 1)] = draw(st.sampled_from("abcé"))
    fresh = draw(st.text("abcé", max_size=17))
    return words, "".join(query) if draw(st.integers(0, 4)) else fresh


@settings(max_examples=500, deadline=None)
@given(_near_words())
def test_spelling_index_finds_exactly_the_similar_words(case: tuple[list[str], str]) -> None:
    from unittest import mock

    from klaim.attribution import SpellingIndex, _similar

    words, query = case
    expected = {word for word in words if _similar(query, word)}
    assert SpellingIndex(words).similar(query) == expected  # few words: compared one by one
    with mock.patch("klaim.attribution._FEW_WORDS", 0):  # filed, however few
        assert SpellingIndex(words).similar(query) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Joko", "Jokko", "J.", "Maria", "Mariya", "Dmitry", "Dmitri", "Widodo",
                                 "Widoddo", "Halim", "Hakim", "Peskov", "Peskow", "Tanjung", "Tanjong"]),
                min_size=1, max_size=3),
       st.lists(st.sampled_from(["Joko", "Jokko", "J.", "Maria", "Mariya", "Dmitry", "Dmitri", "Widodo",
                                 "Widoddo", "Halim", "Hakim", "Peskov", "Peskow", "Tanjung", "Tanjong"]),
                min_size=1, max_size=3))
def test_names_of_one_person_have_alike_surnames(a: list[str], b: list[str]) -> None:
    # KL203 relates only names whose surnames the spelling index finds alike: name_relation
    # never calls other names the same person or variants.
    from klaim.attribution import SpellingIndex, fold_name

    first, second = " ".join(a), " ".join(b)
    if name_relation(first, second) != "other":
        assert SpellingIndex([fold_name(b[-1])]).similar(fold_name(a[-1]))


_NAME_WORDS = st.sampled_from(["Joko", "Jokko", "J.", "Maria", "Dmitry", "Widodo", "Widoddo", "Halim",
                                "Hakim", "O’Brien", "O'Brien", "Peskov", "Peskow", "Tan", "Tam", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAME_WORDS, max_size=3), st.lists(_NAME_WORDS, max_size=3))
def test_may_relate_rules_out_only_other_people(a: list[str], b: list[str]) -> None:
    # KL203's cheap test before name_relation: when it says no, name_relation says "other".
    from klaim.attribution import may_relate

    first, second = " ".join(a), " ".join(b)
    if not may_relate(first, second):
        assert name_relation(first, second) == "other"
    assert may_relate("Joko Widodo", "Jokowi Widoddo") and not may_relate("Joko Widodo", "Joko Halim")


def test_a_mark_at_the_very_end_of_the_text_is_read() -> None:
    # The last paragraph ends with "? " and the file has no final line break.
    text = "Why? "
    analysis = analyse_attribution(text, [Para(0, "paragraph", 1, 0, len(text), text)], "en")
    assert [e.category for e in analysis.paragraphs[0].editorial] == ["rhetorical"]


def test_kl203_suggests_the_words_a_name_matches() -> None:
    # The suggestion is as long as the name it corrects: the last words of a longer name when
    # only those match (a place read into the name), the whole name when its first word does.
    from klaim.checks.inconsistent_speaker_name import _spelling

    assert _spelling("Dimaz Prakoso", "Sukamaju Dimas Prakoso") == "Dimas Prakoso"
    assert _spelling("Dmitry Peskov", "Dmitri Sergeyevich Peskov") == "Dmitri Sergeyevich Peskov"
    assert _spelling("Peskow", "Dmitry Peskov") == "Peskov"


def test_a_list_of_guests_puts_no_one_in_apposition() -> None:
    # "A, B, C, serta D": each item stands beside the next, none titles its neighbour; a role and
    # a name ending the paragraph (the chunk runs to its end) are read as before.
    _, analysis = analyse(["Hadir dalam peresmian, Sekda Lembahsari Ahmad Fauzi, Kadisperindag Lembahsari "
                           "Rudi Hartono, Kepala Kejaksaan Negeri Lembahsari, serta lima camat.",
                           "Warga, pedagang, sopir, dan guru menyambut Kepala Desa Budi Santoso"], "id")
    speakers = {(m.name, m.role) for m in analysis.speakers}
    assert speakers == {("Ahmad Fauzi", "Sekda Lembahsari"), ("Budi Santoso", "Kepala Desa")}


@pytest.mark.parametrize(("name", "lang"), [("Turkey", "en"), ("Burma", "en"), ("Myanmar", "en")])
def test_a_countrys_name_the_press_writes_is_no_persons(name: str, lang: str) -> None:
    # CLDR's "Türkiye" and "Myanmar (Burma)": the names the press writes are places too
    assert not is_person_name(name, lang)
    assert is_person_name("Karin Berg", lang)


@pytest.mark.parametrize(("a", "b"), [("Minister of Defense", "Secretary of State for Defence"),
                                      ("Defence Secretary", "Minister for Defence")])
def test_a_defence_secretary_is_the_defence_minister(a: str, b: str) -> None:
    assert not roles_conflict(a, b, "en")
    assert roles_conflict("Secretary of State for Defence", "Health Secretary", "en")


def test_cldr_names_split_only_for_countries_whose_bracket_ends_them() -> None:
    from klaim.attribution import _locale_names

    names = _locale_names("id")
    assert {"Myanmar", "Burma"} <= names
    assert not {"Keeling) Islands", "Sederhana", "Tradisional"} & names


def test_a_groups_title_before_a_list_titles_no_one() -> None:
    # "yakni" opens a list of a group's members: none of them holds the title alone
    line = "Putusan dibacakan oleh sembilan hakim konstitusi yakni Budi Hartono, Sri Wahyuni dan Andi Saputra."
    _, analysis = analyse([line], "id")
    assert [m.role for m in analysis.speakers if m.role] == []
