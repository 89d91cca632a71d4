"""A quotation has no speaker in its own paragraph or the one before.

## What it does
Reports a quotation of speech (four words or more, or fewer ending in sentence punctuation
outside a clause: `“Tidak.”`, `He answered: “No.”`) when neither its own paragraph nor the
preceding one names who said it: no named speaker (`kata Menteri Kesehatan Budi Santoso`,
`Collins told reporters`; a name written in lower case after a reporting verb, `ungkap dave`,
when the article names that person elsewhere, `Dave Laksono`), no pronoun continuing a named
speaker (`Ia menambahkan`, `He added`) and no unnamed or institutional source (`kata seorang
pejabat`, `kata salah satu anggota tim`, `one of the investigators said`, `the ministry said`).
A speaker with a reporting verb introduces a quotation after a comma or colon (`Siregar
menimpali, “…”`, `Reyes said: "…"`) or closes it (`"…," Reyes continued.`); verbs that report
speech only there (`melanjutkan`, `went on`, `continued`) do not attribute anything else (`The
storm continued overnight. "…"` has no speaker). A participle clause after a comma or a dash
(`…, saying …`, `…, adding: “…”`) reports speech for its main clause's subject, however far
back, when that subject can speak (a name or a pronoun opening the sentence, a source or a role
among its first words: `The ministry's spokesperson rejected the figures, saying …`); `adding to
the pressure` reports nothing. A quotation reopened in the next paragraph (a quote running over
several paragraphs) keeps its speaker. Photo captions and a site's navigation or advertising
lines (`Baca juga: …`, `Also Read | …`, `ADVERTISEMENT`) are not paragraphs: the paragraphs on
either side of one are adjacent. Short quoted terms and scare quotes (`“jalur maut”`; one to
three words with a word before the opening mark, whatever punctuation stands inside the closing
one, as in `suspicions are “groundless.”`) are not speech and are not reported; neither are
quotations in headings, captions or those site lines. `data` carries `quote` (the quoted words)
and `words` (how many).

## Why is this bad?
A quotation is evidence only if the reader knows whose words they are. A quote with no speaker
in reach reads as invented, or as the outlet's own view dressed as testimony.

## Example
```
Puskesmas baru itu akan melayani warga di tiga kecamatan.
“Semua pasien akan dilayani tanpa kecuali, siang maupun malam.”
```

## Use instead
```
“Semua pasien akan dilayani tanpa kecuali, siang maupun malam,” kata Kepala Puskesmas
Cibeunying Rina Hartati.
```
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, check


@check("KL204", "quote-without-speaker", "warning")
def quote_without_speaker(ctx: Context) -> Iterator[Issue]:
    """Yield one issue per quotation of speech with neither a speaker nor a source in reach."""
    text = ctx.article.text
    kinds = {p.index: p.kind for p in ctx.article.paragraphs}
    for result in ctx.analysis.attribution.paragraphs:
        if kinds.get(result.index) != "paragraph":
            continue
        for quotation in result.quotations:
            if not quotation.is_speech or quotation.speaker or quotation.source:
                continue
            quoted = " ".join(text[quotation.inner_start:quotation.inner_end].split())
            yield Issue("quotation has no speaker in its paragraph or the one before",
                        ctx.article_span(quotation.start, quotation.end),
                        data={"quote": quoted, "words": len(quoted.split())})
