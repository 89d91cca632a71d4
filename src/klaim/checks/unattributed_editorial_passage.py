"""A paragraph evaluates, argues or prescribes in the outlet's own voice, with no source.

## What it does
Reports a body paragraph that reads as unattributed commentary (not the headline printed again
over the story: a heading). The paragraph analysis
(`klaim.attribution`, once per article) weighs three kinds of evidence, matched on whole words
from the language's lexicon (`klaim/lexicons/<lang>.yaml`):

- editorial: evaluative (`patut diapresiasi`, `shameful`, attitude adverbs such as `sadly` and
  `sayangnya`, the adverbs of the single evaluative words (`disgracefully` from `disgraceful`,
  by the lexicon's `adverb_endings`), `half-hearted`, condemning idioms such as `a fiasco`, `pencitraan` and
  `tambal sulam`, but not those that also report a literal event, such as `cuci tangan`; no
  phrase starts in the second half, in lower case, of a word joined by a hyphen: `Berikut
  fakta-faktanya` holds no `faktanya`),
  normative (`sudah saatnya`, `it is high time`, `ought to`, `tidak bisa ditawar`),
  prescriptive (`harus segera`, `we must`, `must finally`, an authority with an advisory modal
  in either order: `city leaders should`, `sebaiknya para pejabat`; a modal with a
  resignation or an apology: `should step down`, `layak dicopot`) and assertive (`hal ini
  membuktikan`, `kembali membuktikan`, `make no mistake`) phrases, an interjection that
  opens a sentence before a comma or an exclamation mark (`Good grief,`, `Astaga,`; not `the
  Good Lord`) and a command that opens a sentence (`imperative`, a verb of a demand on office
  holders: `Spare us the …`, `Step up or step aside`, `Copot …`; not inside a sentence, before
  a noun or in a compound, `Stop signs`, `Drop-off`, nor a name, `Stop the War Coalition`,
  nor a tip, `Hentikan kebiasaan merokok`) weigh 2; claims of significance (`sangat penting`,
  `underscores`, `far too`), generalising abstractions with no actor (`semua pihak`, `the
  international community`, `those in charge`; not an addressee
  after a preposition: `disampaikan ke publik`, `presented to the public`), commentary
  connectives (`dalam konteks ini`), hedged certainty (`tentu saja`, `frankly`, the outlet's
  guesses: `seems to`, `tampaknya`), obligation modals (`seharusnya`, `mau tidak mau`;
  `harus`, `wajib` before a passive verb: `wajib dikoreksi`, not `wajib membayar`), a
  first-person-plural voice (`kita`, `we`), the reader addressed (`you`, `Anda`; once, however
  often), a question or an exclamation in the outlet's voice (`rhetorical`, outside quotation
  marks: `Sampai kapan warga harus menunggu?`), hindsight (`should have`; `should never have`
  is normative), conversational particles (`kok`, `sih`) and two kinds read from a sentence's
  shape weigh 1: a `stance`, one word with an attitude adverb's ending opening a sentence
  before a comma, perhaps with a word between (lexicon `stance_suffixes`, `stance_followers`:
  `Brazenly,`, `Oddly enough,`; not one of `neutral_openers`, which join, order or time what
  follows, `Additionally,`, `Lately,`, nor a word a lexicon phrase starts; none in Indonesian,
  where -nya makes a noun of any word, `Modusnya,`); a `contrast`, a negation that corrects,
  after a comma or before a conjunction of contrast in its sentence (`repairs, not excuses`,
  `is not money but the will`, `bukan anggaran, melainkan kemauan`, `Bukannya berbenah, …
  malah …`; not `not only … but also`, `bukan hanya`, a negated clause, `did not spread …, but`,
  nor a negated participle, `not wearing`).
  Words inside quotation marks never count: a speaker may argue, the report may not. An attribution word that is part
  of an editorial phrase (`it should be noted`) does not count as attribution, except a
  document verb after a source (`laporan itu menunjukkan lemahnya …`);
- attribution: reporting verbs (`mengatakan`, `kata Peskov`, `said`; not inside an idiom of lexicon
  `reporting_idioms`, `meminta maaf`, an apology; a passive with no agent in its clause,
  `households were promised relief`, weighs as an agentless passive and names no source; a passive with its agent
  after it, `Ditambahkan Rudi Hartono`, but not in a relative clause or after a negation,
  `janji yang disampaikan Wali Kota`, `tidak pernah dijelaskan Pemkot`), attribution phrases
  (`menurut`, `dalam keterangan tertulis`, `according to`), references to a named source's
  statement (`pernyataan Peskov`) and a person named next to a reporting verb (`kata Jokowi`,
  `said Ana Lima`; not a pronoun), whose reported speech the paragraph carries, and a passive
  appeal (`Warga diimbau …`, `Residents are asked to …`: the appeal's content), and the verb of
  the next paragraph when it opens by pointing back at what was said (`Hal tersebut
  disampaikan …`: a demonstrative, lexicon `demonstratives`, then a reporting verb), weigh 2; an
  institution or document as the source (`laporan itu menunjukkan`, `the ministry said`), a
  pronoun continuing the previous speaker (`Ia menambahkan`, `He added`), agentless passives
  and attributed quotations weigh 1. A reporting verb's spelling that is a noun reports nothing
  (after an article, a possessive or a preposition, `the reports`, `a majority of states`, or
  its -s form after a quantifier, `most states`; lexicon `noun_determiners`, `noun_quantifiers`),
  nor does one after a prohibition that opens its sentence (`Jangan berdalih …`, `Don't say …`;
  lexicon `prohibitives`), one after a modal of obligation, which is what ought to be said
  (`harus menjelaskan`, `must say why`; lexicon `obligation_modals`; not `will say`), one whose
  subject is the outlet's "we" (`Kami menegaskan`, `We say`; lexicon `first_person_plural`), nor
  the end of a word joined by a hyphen (`seterang-terangnya`, `long-promised`), nor a capitalised
  word inside a name (`the United States`); `say sorry`
  reports nothing either (lexicon `reporting_idioms`), nor a hedge that wears a reporting verb
  (`bisa dikatakan`, `it is fair to say`: editorial); `to quote`, `quoting` attribute only before a speaker;
- concrete facts: numbers (ordinals and decades too: `3rd`, `ke-3`, `in his 50s`, `the
  1990s`, `tahun 80-an`; an amount glued to its currency, `Rp6.500`; not an HTML entity's code
  left in the copy, `life&8217;s`; not a number that names a
  thing after its designator, capitalised, `Measure 12`, `Route 66`, lexicon `number_designators`,
  or in any case, `prop. 98`, `pasal 27 ayat (3)`, `tahap 2`, lexicon `any_case_designators`), dates and time
  expressions are hard facts; quantity words (one amount in several words is one quantity,
  `puluhan miliar`), places, titled persons and background markers
  (`sebelumnya`, `previously`) weigh 1. A quantity word
  inside an idiom (`half-hearted`, `setengah hati`) is no fact.

Decision rule, the same for every article. With `E`, `A` and `C` the summed weights of the
distinct editorial, attribution and concrete evidence, a paragraph is reported when

1. it is a body paragraph: headings (a short line with no sentence's mark at its end, or one of
   up to 16 words in title case, a headline, the words a title leaves in lower case aside,
   lexicon `title_minor_words`: `Wali Kota Minta Dishub Tertibkan Parkir Liar yang Bikin Macet:
   Jangan Sampai Terulang`), the dateline, captions and a site's navigation or advertising lines
   (`Baca juga: …`, `ADVERTISEMENT`; a line of up to fifty words that calls the reader to the
   site's own policy pages, `Read our Privacy Policy.`, or for money, `If you've seen value in
   our reporting, please contribute what you can …`, `Your donation allows us to keep sending
   journalists …`, lexicon `boilerplate_policies`; not `We have updated our
   privacy policy`; or, near its start, to share the story, `Quickly share this news with your
   network!`, lexicon `boilerplate_share_calls`, with no colon before the call and no digit in
   the line; not a hoax's call a report tells of, `… meminta penerima segera bagikan berita
   ini`, `Narasi: Segera bagikan berita ini, … Selasa (4/3/2024)`) never are, nor a pull quote,
   a paragraph most of whose words (eight in a row or more) a quotation in another paragraph
   holds, printed again without marks, nor a headline
   with no sentence's mark at its end right over its date line in the page's head, before the
   story's first sentence, when no dateline stands under the title (`It's time for action!
   Framework …` over `published: Sunday | June 1, 2008`, under a site's menu read as the title),
   nor a block under a salutation to the site's readers on a line of its own after the story's
   first sentence, three blocks at most from the page's end (`Dear TIME Reader,` over a plea to
   turn an ad blocker off; lexicon `reader_salutations`; not a letter the story quotes after a
   colon, `The email read:`); those blocks are furniture to every check;
2. `E >= 2` with at least one strong (weight 2) phrase, or `E >= 3` from weak phrases of at
   least two categories, or editorial evidence in a paragraph that speaks only in the
   abstract: two sentences or more, no attribution, no concrete fact, no quotation and no
   capitalised word inside a sentence, no digit. There one phrase is enough (`a shambles`,
   `far too`, a stance), but the reader addressed and "we" count for nothing, as a tip
   carries them too (`Pastikan kendaraan Anda …`), and an obligation, a contrast, a hedge or a
   framing connective is not enough, alone or together (a tip advises, `Children should be
   seated in the back, not the front`; a report corrects a fact, `Api bukan berasal dari dapur,
   melainkan …`; narration hedges, `Perhaps his greatest love was the garden`; an explanation
   connects, `Dengan kata lain, uang yang sama …`);
3. it states no hard concrete fact (a number, a date, a time expression), unless its
   editorial evidence is overwhelming: `A = 0`, `E >= 4` and `E >= 2C`, in two categories or more,
   in the outlet's own voice (the paragraph before tells of no speech it does not give, `Koordinator
   aksi, Budi Santoso, berorasi …`, lexicon `speech_events`; no perspective opens it, `For the
   families,`, lexicons `perspective_openers`, `perspective_exclusions`);
4. `E > A + C`: the editorial evidence outweighs the attribution and the facts together.

An article labelled as opinion argues by design, so nothing in it is reported: a title that
starts with a label from the lexicon (`Opinion:`, `Editorial:`, `Letter:`, `Analysis:`,
`Opini:`, `Tajuk Rencana`, `Kolom:`, `Editor's desk:`) or is one without its colon
(`EDITORIALS`; not `Editorials criticise council`; a space may stand before the colon, `OPINI : …`);
or closes a head of up to three words before the colon
after a word or two such as `In Our`, `Guest`, `My`: `In Our Opinion:`; not `Spending Review:`;
or a label's word in capitals before a title in mixed case: `OPINI Kebijakan …`; or an
outlet's view at its head, before a colon (`The Irish Times view on …: …`; lexicon
`outlet_view_words`), or a column's name as the whole title, a view word after the outlet's
name in the possessive or a word of lexicon `outlet_view_openers` (`The Star's Verdict`,
`Morning View`; not `Chauvin Verdict`, `Sea View`, `Council Backs Harbour View`); or a label
closing the title after a spaced dash or slash or a bar, perhaps before the site's name: `… —
Our View`, `… | Opinion | The Paper`, `2018-12-05 / Editorial`, or after the outlet's name as
the title's last part after a bar or a spaced dash, `… | Inquirer Opinion`, `… – Scotsman
comment` (a newspaper's word last, lexicon `outlet_name_words`; a closing label or one of
`masthead_labels`; not `… | Public Opinion`, `… | Fifth Circuit Opinion`), or opening the page's date
line before its date, `Letters - December 30, 2019`; a byline's word alone over
the title, `oleh`, is no title, nor is a line of the page's navigation or advertising, `Skip
to main content`, `Advertisement`: the body's first heading is),
any label and its colon on the headline right over the story's first sentence that the page
prints twice, at its breadcrumb's end too (`HomeOpinionOPINION: Parking meters …` over
`OPINION: Parking meters …`; not a teaser under a news title),
a label where the first paragraph's dateline puts its place, in capitals (`OPINI, DIALOGMASA.com –
…`, `OPINI - …`),
a headline among the body's first four blocks that opens with a label no news headline takes
and its colon, under a masthead read as the title (`Editorial: Time has come …`, with no
sentence's mark at its end; not `Analysis: …`, a teaser), perhaps after the masthead's own words
(`Gazette comment: …` under `Harbour Gazette`, a masthead of a few capitalised words ending
with those; not the title printed again, `No Comment: Mayor Declines …`; lexicon
`masthead_labels` too), a block of the body's head (its
first, or the short line right over its first paragraph of prose or over a headline of four
words or more in title case, not under two of a menu's items of one or two words) that is only such a
label, without a colon (`Catatan Redaksi`, `Opini`; a rubric of the lexicon's `standalone_labels`
marks opinion only so or as the whole title, `Resonansi`, `Public Comment`, not `Resonansi: Pameran …`), or
the outlet's name before one in lower case (`Mail Tribune editorial`) or its editorial board as
a byline (`The Oklahoman Editorial Board`, `By the Editorial Board`; lexicon `editorial_boards`), a
paragraph among the first two that opens a letter (`To the editor`, `Redaksi Yth.`, perhaps after its date:
`Nov. 15 — To the Editor:`) or a letter's salutation on a line of its own in the first two or
as the title (`Dear Mayor Reyes,`, `Editor,`, `Yth. Bapak Bupati …,`; a letter with no headline:
`Dear Editor,` on the first line), a label and the writer's handle as the
whole title (`Opini BangFauzi`, `Opini Pak Rahmat`; not `Opini Publik`), the writer's name and
post on one line in the body's first two blocks, perhaps after a byline's word (`Oleh : Rina
Hartati Mahasiswi Prodi …`, as the title too when the page lost its headline; a spaced dash
between them under a byline of the name alone, a photo's credit before them, `Bali Pos / I
Made Sudana - Dosen …`), a name the story gives nowhere else (but in a byline of the name alone), whole or
a word of it alone or after a title (`Rina Hartati Peneliti Lembaga …`; not when the story goes
on `kata Rina`, `Pak Hartati` or `Kepala Desa Rina Hartati`; after a title, only the name's last
word counts: `Pak Rina` may be another Rina), a byline of a name alone that a capitalised
academic title opens or, after `Oleh`/`By` (not a credit, `Penulis:`), a degree closes, in the
body's head (`Prof. Tjipta Lesmana`, `Oleh: Rina Hartati, M.Si`; lexicons `academic_titles`,
`name_degrees`: no staff byline carries one; a titled name with no byline's word is none when
the story names the person again, `Dr. Ann Lee` over a story on her clinic, or beside another
such line, a list of speakers), a column's byline with
the writer's post in parentheses, after a dash or a comma (`Oleh: Rina Hartati` over `(Dosen …)`; not an agency or a
desk, `By Jane Doe (Reuters)`, `(National Post)`, nor a newsroom's job, lexicon `newsroom_jobs`,
words or phrases: `Director of Digital News`; after a comma, not a sentence, `By Tuesday, Mayor
Ann Ford had declared …`, nor a news bureau's post, `Kepala Biro Sukamaju`, `Capitol Bureau`,
lexicon `bureau_words`, unless a government's, `Biro Hukum Setda`, `Bureau of …`, lexicons
`bureau_offices`, `government_words`) or with a name marked for a note on the writer
(`Oleh : Rina Hartati*`), in the first five blocks (at the body's head a label may stand for
the byline word: `Opini : Rina Hartati (Dosen …)`; the post may come first, then a comma and
the name, as the title too: `Penulis: Pemerhati transportasi Kota Makassar, Rina Hartati`), a
standfirst, the body's first block, that ends with a comma, a verb of writing and the writer's
name (`…, writes James Campbell.`; lexicon `standfirst_byline_verbs`; not a lede that quotes or
names a post, a paper or a body: `…, writes Auditor-General Jane Marsh.`, `…, writes El País.`,
`…, writes the Grattan Institute.`, lexicon `body_words`), a
byline at the head with the writer's post
alone on the last line (`Oleh: Sari Wulandari` … `Mahasiswi Universitas Tanjung Raya`; no
newsroom job), a byline of a name alone and, among the body's first twelve blocks, a note on
the writer that opens with that name and a comma, five words or more, prose with a word in
lower case other than a function word (`Oleh Mawardi Nur` near `Mawardi Nur, Diaspora asal Aceh
Timur yang tinggal di …`; not a
newsroom's job or bureau, `Ann Lee, Staff Writer`, nor a credit's line, `Ann Lee, Special to
the Star Tribune`), a column's author box at the head, the writer's name alone on two lines
in a row over where the writer works or studies, twelve words at most with a body's word and no
newsroom job (`Rina Hartati` / `Rina Hartati` / `Pendidikan Fisika FKIP Universitas Riau`;
lexicon `body_words`), or the writer's photo caption printed twice, a name with its degrees,
perhaps after a profession's word and before the photo's credit, that the story never names
again (`Advokat Gabriel Ndawi Ndickend, SH, MH. Foto: …`), a short note on the writer in the last two
paragraphs above the site's short lines under the piece (`Penulis adalah …`, `The writer is
…`), a reader's letter signed with the writer's name and, on the line under it, a street address
(lexicon `address_words`: `S.Warokka` / `Jl Kuta-6 No:5, Cinere`) right under a paragraph in the
first person (the language's own, `saya`), the piece's last blocks: under it, up to the site's
furniture, no sentence of eight words or more (more of the address, a phone number, a note or the
site's short lines stand there), and no quotation anywhere below (a news story may quote a letter
whole, `Berikut isi surat tersebut:`, then go on), a disclaimer that the writer answers for the
piece in a short line of the last blocks, after the piece's own name or a label only and with no
quotation mark (lexicons `opinion_disclaimers`, `disclaimer_leads`: `Isi tulisan ini sepenuhnya
tanggung jawab penulis.`; not `Penerbit menyatakan isinya …`), a short line naming the page's
sections,
one of them such a closing label, in the date line or the last two paragraphs (`Published in
Editorials on …`, `Kategori: Opini`; lexicon `section_lines`), a piece that calls itself a column (`As I
write this column`, `This editorial reflects …`, `we editorialized`, `melalui tulisan ini`,
`Opini ini sudah terbit …`, `hemat penulis`; a platform's note over a contributor's post,
`Contributors control their own work`; outside quotation marks;
lexicon `opinion_self_references`; not `hingga tulisan ini diturunkan`), or a writer who speaks
as "I" (`I`, `my`, `saya`, `aku`) outside quotation marks, in a sentence with no reporting verb
but the writer's own, right after the word or after a word of purpose (`Saya sudah mengungsi,
kata Siti` is Siti's first person; `saya merasa terpanggil untuk menyampaikan` the writer's),
two of them (or one under a title
in the first person, `Tetangga Saya dan Pos Ronda`, that quotes no one: no speaker's colon or
dash, `Bupati: Saya Tidak Akan Mundur`, no exclamation, question, quotation marks or reporting
verb, `Bupati Sebut Saya Siap`, no abbreviation before "I", `Div. I`) or one in a piece signed
on its last line with a name and a place (`Ann Lee, Springfield`) or a name and a comma (`Ann
Lee,`) or a name and an e-mail address, or on its last two with a name over a place (`Ann
Lee` / `New York`; not a newsroom job, `Staff Writer`) or, under a sign-off (lexicon
`sign_offs`), a name the text gives nowhere else over the writer's post alone (`Salam Olahraga`
/ `Hendra` / `Sekjen Forum Suporter Sukamaju`; not under `Narahubung`, `Kontak Media` nor a
sentence of the story), or under a byline on a line of its own
at the body's head (perhaps under an author's box that names the writer alone too, as far as
the first paragraph of prose; `SITI AMINAH LUBIS`, `By Ann Lee`, a name and the writer's paper after a
comma, `Joe Hallett, The Columbus Dispatch`, not a wire's, `Maria Lopez, Reuters`; no digit: `Batang73
Dilihat` is a place and a view counter; with its word under a standfirst too, other credits
after a bar, `Penulis: Rudi Santoso | Editor: Maya Lestari`; or a page that opens with the
writer's name over no title and no dateline, none of its words written in lower case in the
body): a column, a blog post or a letter; a signed or
bylined piece that speaks as "we" in two paragraphs (`our town`, `kita`; lexicon
`editorial_outlet_voice`; not `the US`) is one too, since an editorial is not signed. A name
alone in parentheses on the last line (`(Ann Lee)`) signs a piece that speaks as "I" in one
paragraph and as "we" in two (Indonesian news credits its reporter so). A roman
numeral or a road (`World War I`, `phase I`, `I-95`) is no "I". Nor is anything reported in an essay, a piece
that cites no one, states no figure and argues: of a body of four paragraphs or more, at most one
names a person or carries a source (attribution evidence other than an agentless passive or
appeal, `dianggap`, `is expected to`, `Warga diminta`, or a quotation of speech), none holds a
figure (a number, a date, a time, an amount; a year after `tahun`, `di`, `in` or `since`, or a list
item's number, `(1) … (2) …` too, is none), and two or more hold editorial evidence. A news
report attributes and counts; such a piece is a column, a letter or an editorial whose label was
left behind. (A thin news brief, one `police said`, then times, ages and amounts, with one
paragraph of opinion, is no essay: that paragraph is reported.)

A paragraph all in parentheses or brackets right after a paragraph that quotes speech in another
language (its share of the article language's common words under a third of the bracket's) is
the quotation's translation
(`“Dapat talaga …,” said Banal.` / `(Our village officials should be thanked …)`), in the
speaker's voice; after a quotation in the article's language it is the outlet's aside.

A paragraph that ends with a credit after a spaced dash, five words at most after its last
sentence's mark, a reporting verb with its speaker on either side (a name, a pronoun, a
determiner: `- Rutte said.`, `– he added.`, `- said Dr. Lena Brandt.`) or carrying the
speaker as a clitic (`– ujarnya.`), is a speaker's words that some wire copy gives with no
quotation marks; a signature there (`- The Editors`), a desk's credit (`— From staff and wire
reports.`) or a formula (`– Harap maklum.`) credits no speech. An editorial phrase after a word
that opens an embedded question in its sentence (lexicon `question_openers`: `whether`,
`apakah`) is asked about, not asserted (`too early to tell whether the plan is a recipe for
disaster`).
A verb of wishing or of a jab (lexicon `reporting_verbs_described`: `menginginkan`, `menyentil`)
reports only for a person's name opening its clause after a comma (`Namun, Bahlil menyentil …`)
or after a clause opener without one (`Namun Bahlil …`, `Sementara itu Sri Mulyani …`; lexicon
`clause_openers`), a person's name of two words or more opening the sentence (`Sri Mulyani
menyentil …`), or one opening the sentence and described after a comma (`Paryadi, calon
penumpang lainnya menginginkan …`), not for the outlet's `Masyarakat tentu menginginkan …` nor
`Warga Sinjai menginginkan …` (a place's or a team's name of two words the lexicons do not know,
`Kulon Progo menginginkan …`, reads as a person's).

The answers of a question-and-answer interview are the interviewee's, not the outlet's: a
paragraph under an answer label (`Jawab:`, `A:`) and, in an article whose title opens with an
interview word (`Wawancara Eksklusif - …`, `Interview: …`) or whose first paragraphs introduce
one (`Berikut petikan wawancara …`), the paragraphs from each question to the next. "Said in an
interview" makes no interview of a news report.

Rule 2 is why two weak phrases are not enough: `Frankly, the response was troubling` weighs 2
from weak evidence and is not reported; `Sadly, the response was deeply troubling` is, because
an attitude adverb and `deeply troubling` are evaluative.

`data` names the reasons: `editorial` (each phrase with its `category`), `attribution` and
`concrete` (what was weighed against them), the weights `editorial_weight`,
`attribution_weight`, `concrete_weight` and `score` (`E - A - C`). The rule prefers precision:
ordinary attributed reporting and factual background must not be flagged.

## Why is this bad?
A news report attributes what it says. A passage that judges or recommends without a source
reads as the newsroom's opinion slipped into the report; readers cannot tell it from reporting,
and it cannot be checked.

## Example
```
Dialog antarwarga sangat penting dalam konteks ini, karena perdamaian dunia dimulai dari
lingkungan terdekat dan menjadi tanggung jawab seluruh masyarakat.
```

## Use instead
Attribute the view to the person who holds it (`..., kata pengamat hubungan internasional Rina
Hartati.`), cut it, or label it as analysis in the article (an `Analisis:` / `Analysis:` box,
or a byline note) and acknowledge the passage in the claims file, with the reason:
```yaml
acknowledged:
  - code: KL201
    match: "Dialog antarwarga sangat penting"   # a substring of the paragraph
    reason: "labelled as analysis in print; reviewed by the desk editor"
```
"""

import math
import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import islice
from typing import Any

from klaim.article import (
    BYLINE_NAME_WORDS,
    byline_words,
    ends_head,
    newsroom_jobs,
    opinion_label,
    parse_dateline_value,
    title_case,
    writer_post,
)
from klaim.attribution import Evidence, is_person_name, name_degrees
from klaim.context import Context
from klaim.dates import attribution_pattern, sentence_span
from klaim.lexicon import folded_words, lexicon, with_english
from klaim.registry import Issue, check
from klaim.text import DOUBLE_MARKS

_FIRST_PERSON_PARAGRAPHS = 2
_CREDITED_WE_PARAGRAPHS = 4
"""Paragraphs that speak as "we" to make a piece under a desk's credit line the writer's (or one
that speaks as "I")."""


@cache
def _first_person_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(lexicon(lang).get("first_person_singular", ()), key=len, reverse=True)
    body = "|".join(re.escape(word) for word in words if word != "i") or "(?!)"  # (’ too: the lexicon)
    capital_i = "|(?-i:I)" if "i" in words else ""  # English "I" only as written
    return re.compile(rf"(?<![^\W\d_])(?:(?i:{body}){capital_i})(?![^\W\d_])")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
"""The word right before another on its line (a line's first word has none: "I" opening a
paragraph under a title in title case is the writer)."""


_NUMBERED = frozenset({"type", "phase", "class", "stage", "level", "grade", "tier", "part", "title", "category",
                       "chapter", "volume", "section", "article", "schedule", "round", "world", "war"})


_OPENS_I = frozenset({"but", "and", "so", "then", "now", "yet", "still", "when", "if", "as", "because",
                      "although", "though", "while", "today", "here", "there", "perhaps", "maybe", "indeed",
                      "frankly", "honestly", "sometimes", "often", "once", "since", "until", "unless", "or"})
"""Capitalised words that open a sentence before the pronoun "I" (``But I doubt``): no name or
numbered thing ("World War I")."""


def _speaks_as_i(text: str, match: re.Match[str]) -> bool:
    """A first-person word, but not a roman numeral or a road: "World War I", "Komisi I",
    "phase I trial", "type I diabetes", "I-95"; nor an acronym spelt like one ("the US")."""
    if match.group() != "I":
        return not (len(match.group()) > 1 and match.group().isupper())
    if text[match.end():match.end() + 1] in ("-", "–") or text[match.end():match.end() + 2].strip()[:1].isdigit():
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None or before.group(1).casefold() in _OPENS_I:
        return True  # "But I doubt …": a conjunction, not a name, before the pronoun
    return not (before.group(1)[:1].isupper() or before.group(1).casefold() in _NUMBERED)


def writes_opinion(ctx: Context) -> bool:
    """Whether the article is opinion, which argues by design: labelled as such, or written in
    the first person (:func:`_first_person`)."""
    return opinion_label(ctx.article) is not None or _first_person(ctx)


_INTERVIEW_REACH = 3
"""How many body paragraphs after the title may say that the article is an interview."""
_PROSE_WORDS = 12
"""A paragraph of prose has more words than this, past a page's short lines (``Share:``, a headline)."""


@cache
def _interview_opening(lang: str) -> re.Pattern[str] | None:
    """A title's head that says it is an interview (lexicon ``interview_words``, as whole words)."""
    words = with_english(lang, "interview_words")
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?!\w)") if words else None


@cache
def _interview_intro(lang: str) -> re.Pattern[str]:
    """An interview's introduction opening a sentence (lexicon ``interview_intros``), folded."""
    intros = with_english(lang, "interview_intros")
    return re.compile(rf"(?:^|[.!?:]\s+)(?:{'|'.join(map(re.escape, intros))})(?:nya)?(?!\w)")


def interview_answers(ctx: Context) -> frozenset[int]:
    """The answers of a question-and-answer interview: the paragraphs under an answer label
    (lexicon ``answer_labels``: ``Jawab:``, ``A:``), and, in an article whose title opens with
    an interview word (lexicon ``interview_words``: ``Wawancara …``, ``Interview: …``) or whose
    first paragraphs introduce one (``interview_intros``: ``Berikut petikan wawancara``, opening
    one of the first blocks, or a sentence of one of the first paragraphs of prose after the
    page's furniture: ``… Seperti apa rencananya? Berikut kutipan wawancara …``),
    the paragraphs after each question in the outlet's voice (a paragraph ending in ``?``), up
    to the next question."""
    lang = ctx.article.lang
    labels = tuple(f"{label}:" for label in with_english(lang, "answer_labels"))
    body = [p for p in ctx.article.paragraphs if p.kind in ("paragraph", "heading")]
    # An interview says so at the head of its title ("Wawancara Eksklusif - …", "Q&A: …") or in
    # an introduction ("Berikut petikan wawancara …"); not "said in an interview".
    title = ctx.article.title.strip().casefold()
    opening = _interview_opening(lang)
    prose = list(islice((p for p in body if p.kind == "paragraph"
                         and len(p.text.split(None, _PROSE_WORDS)) > _PROSE_WORDS), _INTERVIEW_REACH))
    interview = (opening is not None and opening.match(title) is not None) or any(
        p.text.strip().casefold().startswith(tuple(with_english(lang, "interview_intros")))
        for p in body[:_INTERVIEW_REACH]) or any(
        _interview_intro(lang).search(p.text.casefold()) is not None for p in prose)
    found = {p.index for p in body if p.text.lstrip().casefold().startswith(labels)}
    if interview:
        asked = False  # the paragraphs from a question to the next one answer it
        for paragraph in body:
            if paragraph.text.rstrip().endswith("?") and not ctx.quotations.overlaps(
                    paragraph.start, paragraph.end):
                asked = True
            elif asked:
                found.add(paragraph.index)
    return frozenset(found)


# A signature: a name of two to four capitalised words, and perhaps a place after a comma,
# alone on the last line ("Ann Lee, Springfield"; "Ann Lee," when the place went to a line of
# its own, or was left out).
_SIGNATURE = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*(?:,\s*(?:[^\W\d_][\w'’ .-]*)?)?")


_DATED_PLACE = re.compile(r"(?P<place>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}),\s*(?P<date>\S.{4,40})")
"""A place and a date, as a letter's sign-off gives them (``Bandung, 13 Februari 2016``)."""


def _dated_place(line: str, lang: str) -> bool:
    """Whether ``line`` is a capitalised place, a comma and a date (:data:`_DATED_PLACE`) and
    nothing else."""
    found = _DATED_PLACE.fullmatch(line)
    return found is not None and all(w[:1].isupper() for w in found["place"].split()) and \
        parse_dateline_value(found["date"], lang) is not None


_IN_PARENTHESES = re.compile(r"\(([^()]*)\)")
"""Words in parentheses (all the line, with ``fullmatch``: a signature's name, ``(Ann Lee)``)."""


def _persons_name(words: Sequence[str], lang: str, fewest: int = 2) -> bool:
    """Whether ``words`` (``fewest`` to four) are a person's name on a signature's line: each
    capitalised, letters perhaps with an apostrophe or a hyphen, none an office's word (lexicon
    ``office_nouns``, ``body_words``: ``Humas Polres Sukamaju``, ``Tim Redaksi``)."""
    offices = _office_words(lang)
    return fewest <= len(words) <= 4 and all(w[:1].isupper() and _NAME_WORD.fullmatch(w)
                                             and w.casefold() not in offices for w in words)


def _signed_in_parentheses(ctx: Context) -> bool:
    """Whether the last line is a name of two to four words alone in parentheses (``(Ann Lee)``):
    a column's signature, or the reporter's credit that news prints so too."""
    last = [p for p in ctx.article.paragraphs if p.kind in ("paragraph", "heading")][-1:]
    signature = _IN_PARENTHESES.fullmatch(last[0].text.strip()) if last else None
    return signature is not None and _persons_name(signature.group(1).split(), ctx.article.lang)


_SIGN_OFF_WORDS = 3
"""The most words of a sign-off line over a writer's name (``Salam Olahraga``, ``Wassalam``)."""


def _sign_off(line: str, lang: str) -> bool:
    """Whether ``line`` closes a piece over the writer's name: a few words, the first
    capitalised, that open with a sign-off of the lexicon (``sign_offs``: ``Salam Olahraga``,
    ``Wassalam``, ``Regards``; not ``Narahubung``, ``Kontak Media``, ``Foto Istimewa``, nor a
    sentence of the story)."""
    words = line.rstrip(",.!").split()
    if not 0 < len(words) <= _SIGN_OFF_WORDS or not words[0][:1].isupper() or line.endswith(":"):
        return False
    folded = " ".join(words).casefold()
    return any(folded == phrase or folded.startswith(phrase + " ") for phrase in with_english(lang, "sign_offs"))


_SIGNATURE_DASH = re.compile(r"\A(?:[—–~]|--?)\s*")
"""A dash before a signature's name (``— Ann Lee, Springfield``, ``-- Ann Lee``)."""


def _signed(ctx: Context) -> bool:
    """Whether the article ends with a signature, as letters and columns do: a line with a
    name, a comma and a place ("Ann Lee, Springfield"), or a name and a comma ("Ann Lee,"); or
    a name of two or three words on a line of its own over a place of one or two words on the
    last ("Ann Lee" / "New York"); or a name and an e-mail address ("Dana Whitlow
    dwhitlow@example.com"); or a place and a date over a name of one to four words, as a letter
    is signed off ("Bandung, 13 Februari 2016" / "Nahayuka"; not an office: "Humas Polres
    Sukamaju"); or such a name over the writer's post alone, under a sign-off ("Salam
    Olahraga" / "Hendra" / "Ketua Forum Suporter Sukamaju"; :func:`klaim.article.writer_post`,
    :func:`_sign_off`), a name the text gives nowhere before. A dash may stand before the name
    ("— Ann Lee, Springfield"). A
    closing heading has no comma, and is not two such lines;
    a newsroom job (lexicon ``newsroom_jobs``: "Karen Osei, Staff Writer"; not a columnist)
    makes a byline."""
    last_two = [p for p in ctx.article.paragraphs if p.kind in ("paragraph", "heading")][-2:]
    if not last_two:
        return False
    # A place and a date over the name, as a letter is signed off ("Bandung, 13 Februari 2016" /
    # "Nahayuka"), in one block or two.
    lines = [line.strip() for p in last_two for line in p.text.splitlines() if line.strip()][-2:]
    if len(lines) == 2 and _dated_place(lines[0], ctx.article.lang) \
            and _persons_name(lines[1].split(), ctx.article.lang, 1):
        return True  # (not an office's sign-off: "Humas Polres Sukamaju", "Tim Redaksi")
    # The writer's name over the post alone, under a sign-off ("Salam Olahraga" / "Hendra" /
    # "Ketua Forum Suporter Sukamaju"), a name the story gives nowhere else (a caption's "Rina
    # Hartati" / "Kepala Dinas …" names the story's subject; "Narahubung:" / "Rudi" / "Kepala
    # Bagian Humas …" is a press release's contact).
    foot = [line.strip() for p in ctx.article.paragraphs[-3:] if p.kind in ("paragraph", "heading")
            for line in p.text.splitlines() if line.strip()][-3:]
    if len(foot) == 3 and _sign_off(foot[0], ctx.article.lang) and _persons_name(foot[1].split(), ctx.article.lang, 1) \
            and writer_post(foot[2], ctx.article.lang):
        before = ctx.article.text[:ctx.article.text.rfind(foot[1])]
        if not any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", before) for word in foot[1].split()):
            return True
    line = _SIGNATURE_DASH.sub("", last_two[-1].text.strip())  # "— Ann Lee, Springfield"
    words = line.replace(",", " ").split()
    jobs = _newsroom_jobs(ctx.article.lang)
    if any(word.casefold() in jobs for word in words):
        return False
    if ("," in line and bool(_SIGNATURE.fullmatch(line)) and len(words) <= 8
            and all(w[:1].isupper() for w in words) and not line.endswith(".")):
        return True
    email = _EMAIL_AT_END.search(line)
    if email is not None:  # "Dana Whitlow dwhitlow@example.com": a name and the writer's address
        name = line[:email.start()].rstrip(" ,").split()
        return 2 <= len(name) <= 4 and all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in name)
    if len(last_two) < 2:
        return False
    name = _SIGNATURE_DASH.sub("", last_two[0].text.strip()).split()
    return (2 <= len(name) <= 3 and len(words) <= 2 and not any(w.casefold() in jobs for w in name)
            and all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in [*name, *words]))


def _bylined(ctx: Context) -> str | None:
    """``signed`` when the piece opens with a writer's byline on a line of its own: a name of two
    to five capitalised words, perhaps after a byline word, on the same line or the one before
    (``SITI AMINAH LUBIS``, ``Oleh: Rina Hartati``, ``By Ann Lee``, ``Oleh`` over ``Rina
    Hartati``; after one, the writer's post may follow in parentheses or after a comma, in two
    words or more: ``Oleh Rina Putri (A1C021045), Fakultas Pertanian``; or degrees, after a name
    of one word too: ``Oleh: Widodo, S.Pd.``; without one, the writer's paper may follow the name
    after a comma, its masthead opening with its article: ``Joe Hallett, The Columbus Dispatch``,
    not a wire's, ``Maria Lopez, Reuters``), with no newsroom
    job (``Karen Osei, Staff Writer`` is the desk's) nor an agency (``(Reuters)``, ``Kompas.com``).
    A byline with its word may stand under a standfirst or a line of furniture (in the body's
    second or third block, or further down to the first paragraph of prose under an author's
    box that names the writer alone too; its name then a person's, no subhead's: ``By The
    Numbers``; read
    without honorifics and degrees, in title case: ``Oleh: Dr. Rina Hartati, M.Si.``, ``Oleh:
    SITI AMINAH LUBIS``). ``credited`` when other credits follow the byline after a bar, one with
    a newsroom job (``Penulis: Rudi Santoso | Editor: Maya Lestari``): a desk's credit line,
    which sites print over news and opinion alike. A page that opens with the writer's name
    alone, over no title and no dateline, has it read as its title: a title of such a name signs
    the piece when the article has no dateline, the body opens with a sentence that ends with a
    full stop, or with a question or an exclamation not in title case (a headline: a section's
    name over the title, ``Metro Kendari``, is no byline), and the body writes none of the
    title's words in lower case nor any but its first capitalised (``Donald Lambro``, perhaps
    beside a namesake ``Donald Moss``; not ``Harbour Plan`` over "the harbour plan", nor
    ``Pemkot Sukamaju Tutup TPA Bantar`` over "Kota Sukamaju", nor a title over its date line).
    None otherwise."""
    body = [p for p in ctx.article.paragraphs if p.kind in ("paragraph", "heading")]
    if not body:
        return None
    lang = ctx.article.lang
    words = byline_words(lang)
    # (the head reaches to the first paragraph of prose, under a page's short headings and an
    # author's box that names the writer alone too: "Fair Time" / "Ann Lee" / "Valley Growers" /
    # "By Ann Lee" / her post; not a subhead, "By Popular Demand", nor another story's byline
    # in a box of links)
    prose = next((at for at, block in enumerate(body[:_BYLINE_HEAD]) if ends_head(block)), 0)
    for at, block in enumerate(body[:max(_BYLINE_REACH, prose)]):
        line = block.text.strip()
        alone = line.rstrip(": ").casefold()
        if at + 1 < len(body) and (alone in words or f"{alone}:" in words):
            # the byline word on a line of its own: "Oleh" / "Sari Wulandari"
            line = f"{line} {body[at + 1].text.strip()}"
        head = line.replace(":", " ").split()[:1]
        if not (at == 0 or (head and head[0].casefold() in words)):
            continue
        byline, bar, credits = line.partition(" | ")
        if not _byline_line(ctx, byline.rstrip() if head and head[0].casefold() in words else line):
            continue
        if at > 0 and not is_person_name(_plain_name(byline), lang):
            continue  # (a subhead: "By The Numbers")
        if at >= _BYLINE_REACH and not any(
                _box_name(other.text) == _box_name(_plain_name(byline))
                and not any(word.strip(",.").casefold() in _newsroom_jobs(lang) for word in other.text.split())
                for other in body[:at]):
            continue  # (further down, only under an author's box that names the writer alone too)
        jobs = _newsroom_jobs(lang)
        if bar and any(part.split(":")[0].strip().casefold() in jobs for part in credits.split(" | ")):
            return _CREDITED
        return _SIGNED
    title = ctx.article.title.split()
    opening = body[0].text.strip()
    if ctx.article.dateline is None and 2 <= len(title) <= BYLINE_NAME_WORDS \
            and (opening.rstrip(_CLOSING_MARKS).endswith((".", "…"))
                 or (opening.rstrip(_CLOSING_MARKS).endswith(("?", "!")) and not title_case(opening.split()))) \
            and _byline_line(ctx, ctx.article.title.strip()):
        # The body writes none of the name's words in lower case, nor any but its first (a
        # namesake's given name) capitalised: a headline's words recur in its story.
        lower = {word.casefold() for word in title}
        later = {word.casefold() for word in title[1:]}
        if not any(word.casefold() in later or (word[0].islower() and word in lower)
                   for p in body for word in _LOWER_WORD.findall(p.text)):
            return _SIGNED
    return None


def _box_name(line: str) -> str:
    """A name as an author's box prints it, compared folded and without titles or degrees
    (``MARTA QUILL``, ``Dr. Marta Quill``, ``Marta Quill, PhD`` are ``marta quill``; the
    caller refuses a box with a newsroom job, ``Marta Quill, Staff Writer``)."""
    return " ".join(word for word in line.split(",")[0].casefold().split() if "." not in word)


def _plain_name(byline: str) -> str:
    """The name a byline gives, in title case, without the byline's word, honorifics and degrees
    (``Oleh: Dr. Rina Hartati, M.Si.`` is ``Rina Hartati``; ``Oleh: SITI AMINAH LUBIS`` is
    ``Siti Aminah Lubis``)."""
    words = byline.replace(":", " ").split()[1:]
    name = _POST_AFTER_NAME.split(" ".join(words))[0]
    plain = " ".join(word for word in name.split() if "." not in word)
    return plain.title() if plain.isupper() else plain


_SIGNED, _CREDITED = "signed", "credited"
_CLOSING_MARKS = "\"'”’»)"
_BYLINE_REACH = 3
"""How many blocks at the body's head may hold a byline with its word (under a standfirst, or a
line of the page's furniture), or more up to the first paragraph of prose under an author's box
that names the writer on a line of its own too."""
_BYLINE_HEAD = 8
"""How far the first paragraph of prose is looked for, to which a byline may stand."""
_LOWER_WORD = re.compile(r"[^\W\d_]+")
"""A word (of letters), to be kept when written in lower case."""


def _byline_line(ctx: Context, line: str) -> bool:
    """Whether ``line`` is a writer's byline (see :func:`_bylined`)."""
    words = line.replace(":", " ").split()
    bylined = bool(words) and words[0].casefold() in byline_words(ctx.article.lang)
    if bylined:
        line = line.split(" | ", 1)[0].rstrip()  # other credits after a bar: "Penulis: X | Editor: Y"
        words = line.replace(":", " ").split()[1:]
        # The writer's post after the name, in parentheses or after a comma ("Oleh Rina Putri
        # (A1C021045), Fakultas Pertanian"): the name is what stands before it.
        head = _POST_AFTER_NAME.split(line, 1)[0]
        post = line[len(head):].replace("(", " ").replace(")", " ").replace(",", " ").split()
        if head != line and len(line.split()) <= _BYLINE_LINE_WORDS and not line.endswith(".") \
                and len(post) >= 2 and not any(w.casefold() in _newsroom_jobs(ctx.article.lang) for w in post) \
                and not any("." in w for w in post):
            # (not a desk or an agency: "By Karen Osei, Staff Writer", "(Reuters)", "Kompas.com")
            words = head.replace(":", " ").split()[1:]
        # Academic degrees after the name and a comma ("Oleh: Widodo, S.Pd.", "Sutrisno,S.Pd."):
        # a person's, even of one name.
        head, comma, rest = line.partition(",")
        degrees = name_degrees(ctx.article.lang)
        if comma and rest.split() and all(d.replace(".", "").casefold() in degrees
                                          for d in rest.replace(",", " ").split()):
            named = head.replace(":", " ").split()[1:]
            if 1 <= len(named) <= BYLINE_NAME_WORDS and all(
                    w[:1].isupper() and _BYLINE_NAME_WORD.fullmatch(w) for w in named):
                return True
    jobs = _newsroom_jobs(ctx.article.lang)
    if not bylined:
        # The writer's paper after the name and a comma, without a byline word ("Joe Hallett, The
        # Columbus Dispatch"), as "By Ann Lee, The Courier" gives it after one: the name is what
        # stands before the comma. A paper's masthead opens with its article (lexicon
        # ``masthead_openers``), which a wire's or a photo agency's credit, a role or a place does
        # not ("Maria Lopez, Reuters", "John Moore, Getty Images"); nor is it a wire's
        # ("The Associated Press"; lexicon ``news_agencies``).
        head, comma, outlet = line.partition(",")
        named = outlet.split()
        if comma and 2 <= len(named) <= _BYLINE_OUTLET_WORDS \
                and named[0].casefold() in folded_words(ctx.article.lang, "masthead_openers") \
                and " ".join(named).casefold() not in folded_words(ctx.article.lang, "news_agencies") and all(
                    w[:1].isupper() and "." not in w and _BYLINE_NAME_WORD.fullmatch(w) and w.casefold() not in jobs
                    for w in named):
            words = head.split()
    return 2 <= len(words) <= BYLINE_NAME_WORDS and all(
        w[:1].isupper() and _BYLINE_NAME_WORD.fullmatch(w) and w.casefold() not in jobs for w in words)


_POST_AFTER_NAME = re.compile(r"\s*[(,]")
_BYLINE_LINE_WORDS = 16
"""The most words of a byline line with the writer's post after the name."""


_BYLINE_OUTLET_WORDS = 5
"""The most words of an outlet's name after a byline's name and a comma (``The Columbus Dispatch``)."""
_BYLINE_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
"""A word of a name on a byline: letters, perhaps joined by an apostrophe or a hyphen, perhaps an
initial's full stop; no digit (``Batang73 Dilihat`` is a place and a view counter)."""


@cache
def _office_words(lang: str) -> frozenset[str]:
    """Words that name an office or a body, not a person (lexicon ``office_nouns``,
    ``source_nouns``, ``newsroom_jobs``, one word each; not ``role_nouns``, which names carry too:
    ``Lukman Hakim``, ``Raja Siregar``)."""
    return frozenset(word.casefold() for category in ("office_nouns", "source_nouns", "newsroom_jobs")
                     for word in with_english(lang, category) if " " not in word) | _newsroom_jobs(lang)


@cache
def _newsroom_jobs(lang: str) -> frozenset[str]:
    """The lexicon's ``newsroom_jobs`` that make a staff byline: not a columnist's, who signs
    opinion (a contributor or a ``kontributor`` may sign news)."""
    return frozenset(job.casefold() for job in newsroom_jobs(lang)) - _OPINION_JOBS


_OPINION_JOBS = frozenset({"columnist", "kolumnis"})


_EMAIL_AT_END = re.compile(r"[\s,]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\Z")
"""An e-mail address ending a signature line (``Dana Whitlow dwhitlow@example.com``)."""
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A word of a name or a place on a signature's two lines: letters, perhaps an apostrophe or a
hyphen, no full stop."""


def _first_person(ctx: Context) -> bool:
    """Whether the writer speaks as "I" outside quotations in two paragraphs or more (or in one
    under a title that speaks so too: :func:`_title_speaks`), or in one of a piece that ends with
    a signature line or opens with a byline on a line of its own: a column, a blog post or a
    letter; in a signed or bylined piece "we" (``our town``, ``kita``) in two paragraphs is the
    writer's too (an editorial is not signed; one "our" may be the outlet's voice in a news piece
    over its reporter's name). A name alone in parentheses on the last line (``(Ann Lee)``) signs
    a piece that speaks as "I" in one paragraph and as "we" in two (Indonesian news credits its
    reporter so: a first-person reportage is news)."""
    found = _paragraphs_speaking(ctx, _first_person_pattern(ctx.article.lang), _FIRST_PERSON_PARAGRAPHS)
    if found >= _FIRST_PERSON_PARAGRAPHS or (found == 1 and _title_speaks(ctx)):
        return True
    byline = _SIGNED if _signed(ctx) else _bylined(ctx)
    if byline is None:
        # A name in parentheses on the last line signs a column, or credits a reporter: the
        # writer's "I" and "we" in two paragraphs make it the writer's (a first-person reportage
        # speaks as "I" alone).
        return found >= 1 and _signed_in_parentheses(ctx) and _paragraphs_speaking(
            ctx, _first_person_plural_pattern(ctx.article.lang), _FIRST_PERSON_PARAGRAPHS) >= _FIRST_PERSON_PARAGRAPHS
    if byline == _CREDITED:  # a desk's credit line: the writer's "I", or "we" in four paragraphs
        return found >= 1 or _paragraphs_speaking(ctx, _first_person_plural_pattern(ctx.article.lang),
                                                  _CREDITED_WE_PARAGRAPHS) >= _CREDITED_WE_PARAGRAPHS
    return found >= 1 or _paragraphs_speaking(ctx, _first_person_plural_pattern(ctx.article.lang),
                                              _FIRST_PERSON_PARAGRAPHS) >= _FIRST_PERSON_PARAGRAPHS


_TITLE_QUOTES = frozenset("!?‘") | frozenset(DOUBLE_MARKS)
"""What makes a title that holds "I" quote someone wherever it stands: a quotation's exclamation or
question, quotation marks (not an apostrophe: ``My Father’s Garden``)."""
_TITLE_SPEAKER = re.compile(r":|\||\s[-–—]\s|[–—]")
"""A speaker's colon or dash before the "I" of a title (``Bupati: Saya …``, ``Mayor — I will
run``); after it, a subtitle's (``Tetangga saya #2 : Warga Asli …``)."""


def _title_speaks(ctx: Context) -> bool:
    """Whether the title is written in the first person, in the writer's voice (``Tetangga Saya
    dan Pos Ronda``, ``My Street and Its New Benches``): a phrase with "I" in it. A title that
    quotes someone does not count: one with a speaker's colon or dash before the word
    (:data:`_TITLE_SPEAKER`), an exclamation, a question or quotation marks
    (:data:`_TITLE_QUOTES`), or a reporting verb (``Bupati Sebut Saya Siap Maju``); nor does "I"
    after an abbreviation's full stop (``Div. I``)."""
    title = ctx.article.title.strip()
    if not title or not _TITLE_QUOTES.isdisjoint(title) or attribution_pattern(ctx.article.lang).search(title):
        return False
    return any(_speaks_as_i(title, match) and not title[:match.start()].rstrip().endswith(".")
               and not _TITLE_SPEAKER.search(title, 0, match.start())
               for match in _first_person_pattern(ctx.article.lang).finditer(title))


def _paragraphs_speaking(ctx: Context, pattern: re.Pattern[str], enough: int) -> int:
    """How many paragraphs (counted up to ``enough``) have a word of ``pattern`` outside
    quotation marks, in a sentence with no reporting verb but one right after the word (``I
    told``, ``saya kira``: the writer's own) or after a word of purpose (``saya merasa terpanggil
    untuk menyampaikan``, ``I want to say``)."""
    text = ctx.article.text
    found = 0
    for paragraph in ctx.article.paragraphs:
        if paragraph.kind != "paragraph":
            continue
        for match in pattern.finditer(text, paragraph.start, paragraph.end):
            if not _speaks_as_i(text, match) or ctx.quotations.overlaps(match.start(), match.end()):
                continue
            # Reported speech without quotation marks ("Saya sudah tiga hari mengungsi, kata
            # Siti") is the speaker's first person, not the writer's.
            # The word itself is no reporting verb there (Indonesian "aku" is "I" and, postposed,
            # "admitted": "…, aku Budi"), nor is one the writer says right after it ("aku
            # menyarankan", "I told the council"): the writer's own words.
            left, right = sentence_span(text, match.start(), match.end(), ctx.article.lang)
            if all(verb.start() == match.start() or not text[match.end():verb.start()].strip()
                   or _purpose_before(ctx.article.lang).search(text, max(left, verb.start() - 12), verb.start())
                   is not None
                   for verb in attribution_pattern(ctx.article.lang).finditer(text, left, right)):
                found += 1
                break
        if found >= enough:
            break
    return found


@cache
def _purpose_before(lang: str) -> re.Pattern[str]:
    """A word of purpose (lexicon ``purpose_words`` of ``lang`` and English) right before a
    reporting verb: the writer's own intent to speak, no speech reported (``untuk menyampaikan``,
    ``to say``)."""
    words = "|".join(re.escape(word) for word in with_english(lang, "purpose_words")) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[ \t]+\Z", re.IGNORECASE)


@cache
def _first_person_plural_pattern(lang: str) -> re.Pattern[str]:
    """The single words of the lexicon's ``editorial_outlet_voice`` (``we``, ``our``, ``kita``)."""
    words = sorted((w for w in lexicon(lang).get("editorial_outlet_voice", ()) if " " not in w), key=len, reverse=True)
    body = "|".join(re.escape(word) for word in words) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?i:{body})(?![^\W\d_])")


_UNSOURCED_BODY = 4
"""The fewest body paragraphs of an essay (:func:`reports_no_one`)."""
_FIGURE = re.compile(r"\d")
_YEAR = re.compile(r"(?i)(?<![^\W\d_])(?:tahun|year|in|di|since|sejak|pada|of|until|hingga|sampai)"
                   r"\s+(?:1[89]|20)\d\d(?!\d)")
"""A year after a word that introduces one (``tahun 2017``, ``di 2025``, ``since 1952``): no
figure, since an essay names years as a report does (``About 2000 residents`` counts)."""
_LIST_NUMBER = re.compile(r"\A\s*\d{1,2}\s*[.)]")
"""A list item's number at a paragraph's head (``1. - Studi banding …``): no figure."""
_ENUMERATOR = re.compile(r"\(\d\)")
"""An item's number in parentheses inside a sentence (``antara lain: (1) guru, (2) orang tua``)."""


def _enumerated(text: str) -> str:
    """``text`` without its items' numbers in parentheses when it counts items from one, ``(1)``
    and ``(2)``: an enumeration, no figure (a lone ``(5)`` may be an age: ``Parman (5)``)."""
    return _ENUMERATOR.sub("", text) if "(1)" in text and "(2)" in text else text


_CODE = re.compile(r"(?<![\w-])[^\W\d_]+-\d+(?![\w.,]?\d)")
"""Letters, a hyphen and a number: a name or a code, not a count (``S-1``, ``COVID-19``, ``G-20``)."""
_AGENTLESS = frozenset({"passive_attribution", "passive_appeal"})
"""Attribution that names no one: an agentless passive (``dianggap``, ``is expected to``) or
appeal (``Warga diminta …``)."""


def reports_no_one(ctx: Context) -> bool:
    """Whether the article is an essay: it cites no one, states no figure and argues. Of a body
    of ``_UNSOURCED_BODY`` paragraphs or more, at most one names a person or carries a source
    (attribution evidence other than :data:`_AGENTLESS`, or a quotation of speech), none holds a
    figure (a digit: a number, a date, a time, an amount, a score; not a year after a word that
    introduces one, ``tahun 2017``, nor a list item's number, ``(1) … (2) …`` too, nor a code's, ``S-1``,
    ``COVID-19``), and two or more hold
    editorial evidence. A news report attributes and counts; a piece that does neither and
    argues is a column, a letter or an editorial whose label was left behind. (A thin news brief,
    one ``police said``, then times, ages and amounts, with one paragraph of opinion, is no essay:
    that paragraph is reported.)"""
    body = [p for p in ctx.analysis.attribution.paragraphs if p.kind == "paragraph"]
    if len(body) < _UNSOURCED_BODY or sum(1 for p in body if p.editorial) < 2:
        return False
    paragraphs = {p.index: p for p in ctx.article.paragraphs}
    if any(_FIGURE.search(_CODE.sub("", _YEAR.sub("", _enumerated(_LIST_NUMBER.sub("", paragraphs[p.index].text, 1)))))
           for p in body):
        return False
    sourced = 0
    for paragraph in body:
        if paragraph.speakers or any(e.category not in _AGENTLESS for e in paragraph.attribution) or any(
                q.is_speech for q in paragraph.quotations):
            sourced += 1
            if sourced > 1:
                return False
    return True


def _listed(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"category": e.category, "phrase": e.phrase, "offset": e.start} for e in evidence]


@check("KL201", "unattributed-editorial-passage", "error")
def unattributed_editorial_passage(ctx: Context) -> Iterator[Issue]:
    """Yield one issue per paragraph the attribution analysis judges editorial."""
    flagged = [result for result in ctx.analysis.attribution.paragraphs if result.is_editorial]
    if not flagged or writes_opinion(ctx) or reports_no_one(ctx):
        return
    answers = interview_answers(ctx)
    paragraphs = {p.index: p for p in ctx.article.paragraphs}
    pulled = pull_quotes(ctx)
    for result in flagged:
        if result.index in answers:
            continue  # the interviewee speaking, in a question-and-answer transcript
        if result.index in pulled:
            continue  # a pull quote: a speaker's words the article quotes, printed again without marks
        paragraph = paragraphs[result.index]
        body = paragraph.text.rstrip()
        start = paragraph.start + len(body) - len(body.lstrip())
        phrases = ", ".join(f"'{e.phrase}'" for e in result.editorial)
        yield Issue(
            f"passage argues in the outlet's own voice with no source ({phrases})",
            ctx.article_span(start, paragraph.start + len(body)),
            data={
                "editorial": _listed(result.editorial),
                "attribution": _listed(result.attribution),
                "concrete": _listed(result.concrete),
                "editorial_weight": result.editorial_weight,
                "attribution_weight": result.attribution_weight,
                "concrete_weight": result.concrete_weight,
                "score": result.score,
            },
        )


_PULL_QUOTE_WORDS = 8
"""The fewest words of a pull quote's run that a quotation of the article holds."""
_PULL_QUOTE_SHARE = 0.6
"""The least share of a pull quote's words in that run."""
_RUN_WORD = re.compile(r"[^\W_]+")


def pull_quotes(ctx: Context) -> frozenset[int]:
    """The paragraphs the analysis judges editorial that repeat, without quotation marks, what a
    quotation in another paragraph says (:class:`_QuotedRuns`): pull quotes, by index."""
    editorial = {result.index for result in ctx.analysis.attribution.paragraphs if result.is_editorial}
    flagged = [p for p in ctx.article.paragraphs if p.index in editorial] if editorial else []
    if not flagged:
        return frozenset()
    quoted = _QuotedRuns(ctx)
    return frozenset(p.index for p in flagged if quoted.repeats(p.index, p.text))


class _QuotedRuns:
    """The words of the article's quotations, filed by their runs of ``_PULL_QUOTE_WORDS``
    words (made by :func:`pull_quotes` for an article with a paragraph judged editorial)."""

    def __init__(self, ctx: Context) -> None:
        text = ctx.article.text
        self.quotations: list[tuple[int, list[str]]] = []
        self.runs: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for result in ctx.analysis.attribution.paragraphs:
            for quotation in result.quotations:
                words = _RUN_WORD.findall(text[quotation.inner_start:quotation.inner_end].casefold())
                place = len(self.quotations)
                self.quotations.append((result.index, words))
                for at in range(len(words) - _PULL_QUOTE_WORDS + 1):
                    self.runs.setdefault(tuple(words[at:at + _PULL_QUOTE_WORDS]), []).append((place, at))

    def repeats(self, paragraph: int, text: str) -> bool:
        """Whether the paragraph repeats, without quotation marks, what a quotation in another
        paragraph says: a pull quote (``Eid Al Fitr is expected soon and everyone should be
        careful …`` under ``“Eid Al Fitr is expected soon and everyone should be careful …,” Mr
        Al Qatami said``): one run of its words, ``_PULL_QUOTE_WORDS`` or more and
        ``_PULL_QUOTE_SHARE`` of them at least, stands in that quotation."""
        if not self.runs:
            return False
        words = _RUN_WORD.findall(text.casefold())
        need = max(_PULL_QUOTE_WORDS, math.ceil(_PULL_QUOTE_SHARE * len(words)))
        for at in range(len(words) - need + 1):
            for place, start in self.runs.get(tuple(words[at:at + _PULL_QUOTE_WORDS]), ()):
                owner, quoted = self.quotations[place]
                if owner == paragraph or len(quoted) - start < need or (
                        at and start and words[at - 1] == quoted[start - 1]):
                    continue  # (a run too short to reach, or not from where it starts: extended once)
                length = _PULL_QUOTE_WORDS
                while at + length < len(words) and start + length < len(quoted) \
                        and words[at + length] == quoted[start + length]:
                    length += 1
                if length >= need:
                    return True
        return False
