"""A quotation mark in a paragraph has no partner.

## What it does
Reports each double quotation mark or guillemet (`“ ” „ « » "`) that opens without closing, or
closes without opening, within its paragraph. Marks pair by position (a mark after a space
opens, a mark before a space or punctuation closes), so `„…“`, `«…»`, `»…«`, straight quotes
and a mark typed the wrong way round (`”siap”`) all pair. Single marks are not reported: an
unpaired `’` or `'` is an apostrophe (`Jum'at`, `don't`, `the nurses' pay`, `’90s`). A
quotation left open at the end of a paragraph whose next paragraph opens with a quotation mark
is the newsroom convention for a quote running over several paragraphs, not an error (a photo
caption or a site's navigation line between the two does not count). Marks in a site's
navigation or advertising lines (`Baca juga: …`, `Read more: …`) are not the article's and are
not reported.
`data` carries `mark` (the character) and `side` (`opening` or `closing`).

## Why is this bad?
With a mark missing, nobody can tell where the quoted words end and the reporting resumes: the
quote may put words in a speaker's mouth, or the outlet's words in quotation marks. The
quotation checks (KL204, KL303) and the editorial check (KL201) then read the paragraph wrongly.

## Example
```
Ketua RT setempat menyebut kondisi itu “sangat memprihatinkan bagi warga kami.
```

## Use instead
```
Ketua RT setempat menyebut kondisi itu “sangat memprihatinkan bagi warga kami”.
```
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, check


@check("KL305", "unbalanced-quotation-marks", "warning")
def unbalanced_quotation_marks(ctx: Context) -> Iterator[Issue]:
    """Yield one issue per quotation mark without a partner."""
    text = ctx.article.text
    for result in ctx.analysis.attribution.paragraphs:
        if result.kind == "boilerplate":
            continue  # a link to another story: its title is not the article's text
        for offset in result.unbalanced_quotes:
            mark = text[offset]
            before, after = text[offset - 1:offset] if offset else "", text[offset + 1:offset + 2]
            # Position decides, as when pairing: a mark before a word, after a space, opens.
            opening = after.strip() != "" and (before.strip() == "" or before in "([{—–")
            side = "opening" if opening else "closing"
            yield Issue(f"{side} quotation mark {mark} has no partner in its paragraph",
                        ctx.article_span(offset, offset + 1), data={"mark": mark, "side": side})
