"""One person is named or titled differently in the article, or between article and claims.

## What it does
Compares every speaker mention the attribution analysis finds (a name, with the role that
titles it: `juru bicara Kremlin Dmitry Peskov`, `White House spokesman John Kirby`, a surname
next to a reporting verb, perhaps after an auxiliary, `Mr Walden would not say`, a name before a
description set off by commas, `Paul Marlin, 54, said`) with the others, and with the `speaker`
records of the claims file.
Two capital letters between two words of a name are its initials, not a body's acronym
(`AKBP Fredrickus WA Maclarimboen`; but `Gubernur BI Perry Warjiyo`).
Academic degrees after a name are no part of it (`Prof Sudarmanto PhD`, `Budi Santoso SH MH`;
lexicon `name_degrees`). Police and military ranks title a person but are no part of the name
and name no job: `kata Kombes Pol Djamal Renhoat` names `Djamal Renhoat` (so does a claim's
`Kombes Pol Djamal Renhoat`), and a rank never conflicts with a post (`Kapolres` and `AKBP`)
or another rank.
It reports:

- a name spelt two ways (`kind: name`): the same surname with a differently spelt given name
  (`Dmitry`/`Dmitri Peskov`), or a surname one or two letters off (`Peskov`/`Peskow`), where the
  given names agree or one mention gives the surname alone (two lone names more than one letter
  off, not two neighbours swapped, are two people when their first letters differ once old
  spellings are read as new, `Nasriyah` and `Pariyah`, while `Soeharto` and `Suharto`, `Chairul`
  and `Khaerul` are one; or when every title of one conflicts with every title of the other: two
  ranks that differ, whole, read through `role_equivalents`, `Gen. Sutarman` and `Brig.
  Sudirman`, `Det Sgt` and `Det Insp`, but `Kombes Pol` and `Komisaris Besar` are one rank, and
  `Colonel` a lieutenant colonel's short title; two jobs of the lexicon with none shared,
  another first job, `Camat` and `Sekretaris Camat`, one job of two bodies, each title naming
  words the other does not (function words and areas' nouns aside), `Ketua DPRD Sukamaju` and
  `Kepala Bappeda Sukamaju`, or of two countries or regions, `Gubernur Jawa Barat` and
  `Gubernur Banten` (a short form is its long one's, `Jatim`, `Jawa Timur`, lexicon
  `region_equivalents`; a country's names in either language are one, `Tiongkok`, `China`, and
  so is a language's name that shares its first four letters, `Ukrainian President`, `President
  of Ukraine`); a rank and a post,
  `AKP Suharto` and `Kapolsek Soeharto`, or a title that says less than the other, may be one
  man's; a name the text says its bearer goes by, `ujar Umam sapaannya`, lexicon
  `nickname_words`, is no misspelling), or a middle word spelt alike in a name
  of three words or more (`Pande Putu Gina`/`Pande Puti Gina`; `George H.`/`George W. Bush` are
  two people). The finding stands on the less
  used spelling (by the speakers, then by the whole text: `Mr Walden` among `Mrs Waldin` and
  `Keith Waldin`); the suggestion is the spelling used more often (the earlier one on a tie).
  Two people are not one misspelt person: different given names (`Maria Halim`, `Yusuf
  Hakim`), a bare surname that is exactly the surname of another full name in the article
  (`Halim` after `Maria Halim`; against a full name, also one the text writes inside a sentence
  where its bearer speaks not, perhaps after an abbreviated title: `police said Ron Dawson was
  driving`, then `Dawson says`, beside `Amy Lawson`; not with that full name's own given name,
  `Ron Dawsen` beside `Ron Dawson`), or two words of one role-and-name chunk (`Bandung` and
  `Tanjung` in `General Manager PLN Unit Distribusi Bandung Gita Tanjung`) are never variants.
  A name written in lower case after a reporting verb (`ungkap dave`) is read as the article
  spells it elsewhere (`Dave`): capitalisation alone is not reported. A lone word opening a
  sentence before its verb is a speaker when a full name of the article is shortened to it (its
  surname, or the first word of a name of two words: `Ansyar Sutiadi`, then `Ansyar
  mengatakan` and, misspelt, `jelas Asnyar`; or mistyped, two letters swapped or one other not among
  its last two, a one-word name of six letters or more under a title, not a place: `Iptu
  Darmadi`, then `Dramadi mengungkapkan`; `Hartono` and `Hartini` are two people), or when the article
  quotes someone by that lone
  name (`kata Risma`, then `Risma menjelaskan`; lone names spelt alike, `Yanti` and `Yanto`, may
  be two people); two lone names alike that each open a full name of the article, a speaker's
  or one the text writes, with other words after them are two people (`Ruhut` of `Ruhut
  Sitompul`, `Luhut` of `Luhut Binsar Pandjaitan`; `Asnyar Sutiadi` beside `Ansyar Sutiadi` is
  one person misspelt);
- a name spelt two ways where its bearer need not speak (`kind: name` too): two runs of
  capitalised words, wherever the text writes them (in quotations too; a word in capitals, a
  degree, ends a run: `Sugi Nur Raharjo SH`), that end with the same given names (up to three,
  compared whole: `Ahmad Nur Hidayat` and `Siti Nur Hidayah` are two people, unless the word
  that differs opens its sentence and is no name there, `Saat`, `Terdakwa`: a clause's opener
  or a role of the lexicon, or a word the text writes in lower case) and a surname one or two
  letters off (`memvonis Sugi Nur Raharjo`, then in the verdict quoted `Sugi Nur Rahardja`),
  each read as a person's name (no role, stopword or acronym in it); or the same surname right
  after given names spelt with a letter doubled and single, the longer of five letters or more
  (`Muhammad Ragil` and `Muhamad Ragil`, `Phillip`/`Philip Hughes`, `Gary`/`Garry Lineker`; each
  other spelling once, against the one written most), unless the text tells of a family of that
  surname (`the Lopez sisters`, `Adiknya, Marianna Susanto`; lexicon `family_words`): given names
  otherwise apart, or shorter, may be two people (`Yanti`/`Yanto Susanto`, `Ana`/`Anna Lopez`).
  A capitalised word standing alone as a person, in the possessive or after an honorific or a
  rank, or opening a clause before a verb its prefix marks (`Castelani's diary`, `Pak
  Suhraryanto`, `…, Ramadhon diminta`; lexicons `finite_verb_prefixes`, `passive_prefixes`; not
  `bulan Ramadan`, `Tahun ini, Ramadan diperkirakan …`, lexicon `holiday_names`, `Madison`), one
  letter off
  the surname of a full name in a paragraph (a letter added, dropped or changed, or two swapped,
  not among the last two letters, nor a `y` for an `i`, as above: `Purwanto` and `Purwanti`,
  `Haryanto` and `Hariyanto` are two people; each of seven letters or more), is that name
  misspelt (`Marco Castellani`, then `Castelani's diary`),
  unless the text writes the word in lower case or in a run of capitalised words, after an
  initial too (another person: `Ann Rodrigues` beside `Carlos A. Rodriguez`), or the full name
  is glued to a web address (`Wartawan Tribunnews.com`); a plural is none (`the Karanjas`). The
  spelling written less often is reported, the lone one on a tie; each once.
  Old spellings of names in runs are not compared (`Gadjah Mada`, a university, beside `Gajah
  Mada`, a man). Each
  spelling is reported once, against the one of its partners written most. Not compared: a name on a
  navigation line or an advertisement (`Baca juga: Demam Berdarah Rengut 3 Nyawa`, another
  story's headline); two names one
  sentence gives at most five words apart (a list, a couple, a match's players: `Muhammad Rizki
  mengalahkan Muhammad Rizky`), or farther apart with a kin word between them (`Nur Hidayat
  berangkat haji bersama istrinya, Nur Hidayah`; lexicon `kin_words`), or that stand only on
  short lines of their own (a list's items); a name and its plural (`Green Mountain`, `the Green
  Mountains`); a name opened by a feature's noun or a word of places' and teams' names (`Gunung
  Merapi`, `Hurricane Maria`, `New York Jets`; lexicon `feature_nouns`), a name opened by an
  office's noun (`Polsek Serbalawan`; lexicon `office_nouns`), a run opened by an area's
  noun or after one in lower case and a place's preposition (`Dusun Parang Tanggayya`, `di dusun
  Parang Tangngayya`: a hamlet; lexicons `area_nouns`, `place_prepositions`; not `Kepala Desa
  Ahmad Fauzi`, a village head), a name right after an area's noun in its run (`Pemerintah
  Kabupaten Humbang Hasundutan`, unless a role's word stands before the noun: `Kepala Desa`,
  `Bidan Desa`); a name with a word of an event's name in it (`Dieng Culture Festival` and
  `Dieng Culture Fetsival`; lexicon `event_nouns`; not before it: `peraih emas Olimpiade Greysia
  Polii`). The spelling written
  less often is reported (the later one on a tie), unless the speakers' comparison above
  reported either spelling (or its surname);
- a speaker's name of two words written the other way round elsewhere, as a run of its own
  (`kind: name`, `data.order` `inverted`: `Nikesh Arora, CEO of …, said` and, in a caption,
  `Arora Nikesh, Palo Alto Networks CEO`), reported at the other order (when both are a
  speaker's, at the one written less often, the earlier on a tie);
- a role that changes (`kind: role`): one person titled with different jobs (`juru bicara` then
  `Menteri`). A role is the noun phrase next to the name: it never runs over a finite verb, a
  clause word, a word that compares (`a management consultant like Lestrade`, `seperti`;
  lexicon `comparison_words`) or a preposition after other words (`The speaker received a
  letter from Tom Becker` titles nobody; `envoy to Ukraine Kurt Volker` is titled); it never starts with a
  conjunction (`Bahlil Lahadalia, serta Menteri …`) nor titles another person named after it,
  nor a name joined to it by a preposition or a conjunction (`a spokesperson for Welk`, `The
  mayor and Fenn`; lexicon `object_prepositions`), perhaps and an article (`a spokesperson for
  the Citizens Coalition`: a body; lexicon `noun_determiners`); a role word in lower case
  that a preposition and an article stand before, right before a capitalised run and a comma,
  qualifies that run, the preposition's object, and titles no name after the comma (`an
  interview with the official Iraqi News Channel, Abdul Ghani said`; but `to the chairman of the
  Senate Finance Committee, Ron Wyden`); a role after an indefinite article
  that does not open its sentence is a kind, and titles no name after its comma that opens a
  reporting clause (`one by a police
  officer, Fowler said`; lexicon `indefinite_articles`; but `a police officer, Fowler, who …`); a
  name after a verb whose subject stands
  before it is the verb's object, no speaker (`Hendra memuji Rudi`); an acronym in
  parentheses belongs to the role (`Kepala Badan Koordinasi Penanaman Modal (BKPM)
  Bahlil Lahadalia`). Roles in other words or
  languages, or abbreviated, are the same job (`juru bicara` = `spokesman`, `Presiden` =
  `President`, `Sen.` = `Senator`, through the
  lexicons' `role_equivalents`), and a role that says less (`Presiden` for `Presiden Rusia`)
  agrees, as does a job the other's holder holds too (`Mayor Brad Carter`, then `Councillor
  Carter`: a mayor sits on the council; `Foreign Minister Penny Wong`, then `Senator Wong`: a
  minister sits in parliament; `the deputy prime minister`, then `Foreign Minister Peters`: a
  deputy prime minister holds a portfolio; lexicon `role_memberships`), and the general title
  alone agrees with its kinds (`Foreign Minister Wong`, then `Minister Wong` or `the minister`;
  lexicon `role_kinds`), but two portfolios conflict (`Foreign Minister Wong`, then `Health
  Minister Wong`; a portfolio named after the title is the same job, `Minister of Foreign
  Affairs`). Two jobs joined by a conjunction before
  the name are both its holder's (`Deputy Prime Minister and Minister of Foreign Affairs
  Winston Peters`; lexicon `list_conjunctions`), and a title that names a job of any title the
  person had before is no change (then `Foreign Minister Peters`; not a job the holder of an
  earlier title may hold too: `Senator Wong`, `Foreign Minister Wong`, then `Finance Minister
  Wong` is reported). Posts in two bodies are
  no conflict: a title that names its own body (`Regional
  Council of Mayors chair`, `Ketua Asosiasi Pedagang`; a word from the lexicons' `body_words`)
  conflicts with no title that does not name the same body (`Mackay Mayor`). A change of
  office is no conflict: a title that says when it held (`former`, `new`,
  `outgoing`, `acting`, `Prime Minister-designate`; `mantan`, `Plt.`, `Presiden terpilih`), or a
  sentence that tells of the change (`Treasurer Morrison will become prime minister`, `ditunjuk
  menjadi Menteri`). The word after an area noun is a place, not part of a name (lexicon
  `area_nouns`: `Ketua DPRD Kabupaten Bantul Hadiwijaya` names `Hadiwijaya`, and `Bupati
  Bantul` then titles no one), unless the noun ends a role (`Wali Kota Eri Cahyadi`, `Kepala
  Desa Budi`); a province's name or short form is a place too, never a word of a name (lexicon
  `region_names`: `Gubernur Kaltim`, `anggota DPRD Maluku`); a bare surname titled before the
  full name first appears is someone else
  (`Councillor Clarke` in a roll call, then `Dorothy Clarke, Director of Services`); so is the
  word after a regional office when no other capitalised word follows
  it (lexicon `office_nouns`: `Kejari Langkat`, but `Kepala BPBD Rina Marlina`), and a "name"
  that opens with such a noun (`Koramil Cibeureum`), with a feature's noun (`Lurah Sungai
  Pinyuh`, lexicon `feature_nouns`), or with a body's word (`Ketua Majelis Hakim`:
  the panel, lexicon `body_words`), is none. A lone word after a post named by
  its region is the region when the article places something there (lexicon `regional_roles`:
  `Bupati Sleman` and `Sekda Sleman` with `Kabupaten Sleman`; the place's short form in
  parentheses after its name too: `Sekda Inhil` with `Kabupaten Indragiri Hilir (Inhil)`; and a
  name of two words the article writes after an area noun: `Camat Simpang Hilir`, `Kapolsek
  Simpang Hilir` with `Kecamatan Simpang Hilir`), or when a comma and a rank follow
  it (`Kapolres Kupang, AKBP Adjie Indra`, `Kasatreskrim Polres Kupang, Iptu Amalo`: the rank
  titles the holder; lexicon `ranks`) or a name of two words or more that no post titles, set
  off by commas (`Camat Paserpan, R. Didik S, yang …`; not `Bupati Kustini, Wakil Bupati
  Danang …` nor `Bupati Kustini, Danang Maharsa dan …`, lists), unless a full name of the
  article ends with it. A
  presiding office names its chamber (`Senate President Ramos` is `Senator Ramos`). A
  bare surname that two full names of the article end with names neither for certain (`Mayor
  Dizon` with `Mayor Roberto Dizon` and `Councilor Ana Dizon`): its title is compared with none.
  A capitalised word after a determiner is no bare surname (`the Karanjas`), nor is a lone
  word a number follows (`perkara PHP Bupati Kaur Tahun 2020`: a thing named by its number),
  nor is a surname in
  the plural a variant of it (`Kenyattas` after `Uhuru Kenyatta`: a family; but `Edward` after
  `Mark Edwards` is);
  A role one of a group's titles nobody named right after it by a lone name (`salah satu kuasa
  hukum Budi`: one of Budi's lawyers; lexicon `group_members`), though a name after a comma or
  after the group's body is a member (`salah satu kuasa hukum terdakwa, Rina Hartati`).
  The items of a list closed by a conjunction after its third comma or later stand side by side
  (`Hadir Sekda Ahmad Fauzi, Kadis Rudi Hartono, Kepala Kejaksaan Negeri, serta lima camat`;
  lexicon `list_conjunctions`): none titles its neighbour. A longer name is compared with a
  shorter one on its last words (`Sukamaju Dimas Prakoso`, a place read into the name, and
  `Dimaz Prakoso` are a variant; the suggestion is `Dimas Prakoso`; when the longer one is
  misspelt, only its last words are reported: `Yosef Baskoro Tamba` in `Kepala Kemkanla Yosef
  Baskoro Tamba` against `Yusef Baskoro Tamba`);
- a claim record whose `speaker.name` the article spells differently, or whose `speaker.role`
  names a different job than the article gives that person (`in: claims`; a title that says when
  it held, or that the article changes, contradicts no claim). Speakers that are not people
  (`Gedung Putih`, `Pejabat senior di Korea Selatan`) are not compared.

`data` carries `kind`, `source` (`article` or `claims`), `name` and `other_name`, or `role` and
`other_role`, and `other_line` (the other mention's line in the article). Different people who
share a surname (`Joko Santoso`, `Iriana Santoso`) are not reported.

## Why is this bad?
A misspelt name or a changed title is a correction waiting to happen, and readers cannot tell
whether one person or two are speaking. In the claims file it breaks the link between the
record and the article.

## Example
```
Juru bicara Kremlin Dmitry Peskov mengatakan Moskow siap berunding.
Peskow juga mengatakan dialog itu diperlukan.
```

## Use instead
```
Peskov juga mengatakan dialog itu diperlukan.
```
"""

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, partial

from klaim.attribution import (
    RoleParts,
    SpeakerMention,
    SpellingIndex,
    capitalised_runs,
    fold_name,
    is_person_name,
    may_relate,
    mistyped_name,
    name_relation,
    office_changes,
    role_groups,
    role_parts,
    roles_conflict,
    strip_ranks,
    time_qualified,
    written_full_names,
)
from klaim.context import Context
from klaim.dates import sentence_span
from klaim.lexicon import folded_words, with_english
from klaim.registry import Issue, Suggestion, check

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TOKEN = re.compile(r"\S+")
_BODY_LINKS = frozenset({"of", "the", "for", "dari"})
"""Lower-case words inside a body's name before a role (``Council of Mayors chair``)."""
_BODY_REACH = 80
"""The most characters read before a title for the name of its body."""


class _Relations:
    """``name_relation`` for one article, each pair of distinct names computed once."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], str] = {}

    def __call__(self, a: str, b: str) -> str:
        if a == b and a.strip():
            return "same"  # what name_relation says of one name, without the lookup
        key = (a, b) if a < b else (b, a)  # the relation is symmetric
        found = self._known.get(key)
        if found is None:
            # (Most pairs of an article's names have unlike surnames: no need to compare more.)
            found = self._known[key] = name_relation(*key) if may_relate(*key) else "other"
        return found


def _support(form: str, counts: Counter[str], relation: _Relations) -> int:
    """How many mentions name the person exactly as ``form`` does (a bare surname included)."""
    return sum(count for name, count in counts.items() if relation(name, form) == "same")


def _spelling(form: str, preferred: str) -> str:
    """The preferred spelling, as long as ``form``: a bare surname gets a bare surname, and a
    name that matches only the last words of a longer one gets those (``Dimas Prakoso`` for
    ``Dimaz Prakoso`` against ``Sukamaju Dimas Prakoso``)."""
    words, spelt = form.split(), preferred.split()
    if len(words) == 1:
        return spelt[-1]
    if len(words) < len(spelt) and name_relation(form, " ".join(spelt[:len(words) - 1] + spelt[-1:])) == "other":
        return " ".join(spelt[-len(words):])
    return preferred


def _surname(name: str) -> str:
    words = name.split()
    return fold_name(words[-1]) if words else ""


class _People:
    """What the article says about who is who, to tell a misspelling from two people."""

    def __init__(self, text: str, mentions: Sequence[SpeakerMention], lang: str) -> None:
        self.text = text
        self.mentions = mentions
        self.lang = lang
        self._full_surnames: dict[str, set[str]] | None = None
        self._full_givens: dict[str, set[str]] | None = None
        self._chunks: list[frozenset[str]] | None = None
        self._titles: dict[str, dict[str, None]] | None = None
        self._nicknamed: bool | None = None

    @property
    def full_givens(self) -> dict[str, set[str]]:
        """The full names (more than one word) by folded first word, made when first asked."""
        if self._full_givens is None:
            self._full_givens = {}
            for mention in self.mentions:
                if " " in mention.name:
                    self._full_givens.setdefault(fold_name(mention.name.split()[0]), set()).add(mention.name)
        return self._full_givens

    def named_by_first(self, word: str) -> set[str]:
        """The full names the article gives that open with ``word``: speakers' names, and names
        the text writes inside a sentence whoever speaks (``menyindir Luhut Binsar Pandjaitan``:
        ``Luhut Binsar``)."""
        found = {fold_name(name) for name in self.full_givens.get(fold_name(word), set())}
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(word)}[ \t]+([^\W\d_][\w'’-]*)", self.text):
            name = f"{word} {match.group(1)}"
            if match.group(1)[:1].isupper() and is_person_name(name, self.lang):
                found.add(fold_name(name))
        return found

    @property
    def full_surnames(self) -> dict[str, set[str]]:
        """The full names (more than one word) by folded surname; folded only when a pair of
        names needs telling apart, which most articles never ask."""
        if self._full_surnames is None:
            self._full_surnames = {}
            for mention in self.mentions:
                if " " in mention.name:
                    self._full_surnames.setdefault(_surname(mention.name), set()).add(mention.name)
        return self._full_surnames

    def explained(self, bare: str, other: str) -> bool:
        """A bare surname that is exactly the surname of a full name other than ``other``: it
        names that person ("Halim" after "Maria Halim"), not a misspelt ``other``. The full name
        is a speaker's or, against a full ``other``, written where its bearer speaks not ("Ron
        Dawson was driving …", then "Dawson says", beside the speaker "Amy Lawson"; two bare
        names, "Mr Walden" and "Mr Waldin", may still be one misspelt person)."""
        holders = self.full_surnames.get(fold_name(bare), set())
        if any(holder != other for holder in holders):
            return True
        # (Not the other's own given name before the bare form, nor the other itself: "Ron
        # Dawsen" beside the speaker "Ron Dawson" is the same person misspelt.)
        given = other.split()[0]
        return " " in other and any(holder.split()[0] != given
                                    for holder in written_full_names(self.text, bare, self.lang))

    def nickname(self, name: str) -> bool:
        """Whether the text says ``name`` is what its bearer is called (``Umam sapaannya``, ``akrab
        disapa Umam``; lexicon ``nickname_words``)."""
        words = folded_words(self.lang, "nickname_words")
        if self._nicknamed is None:  # (whether the text says so of anyone: most texts do not)
            folded = self.text.casefold()
            self._nicknamed = any(word in folded for word in words)
        if not self._nicknamed:
            return False
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", self.text):
            after = self.text[found.end():found.end() + _NICKNAME_REACH].casefold().split()
            before = self.text[max(0, found.start() - _NICKNAME_REACH):found.start()].casefold().split()
            if any(" ".join(after[:size]).strip(",.") in words for size in (1, 2)) or \
                    any(" ".join(before[-size:]) in words for size in (1, 2)):
                return True
        return False

    def titled_apart(self, a: str, b: str) -> bool:
        """Whether both names are titled and every title of one conflicts with every title of the
        other (:func:`_roles_apart`): ``Gen. Sutarman`` and ``Brig. Sudirman``, ``Ketua DPRD
        Sukamaju Sutarman`` and ``Kepala Bappeda Sukamaju Sudirman`` are two men; ``Kapolsek
        Sukamaju Suharto``, then ``AKP Soeharto``, one."""
        if self._titles is None:
            self._titles = {}
            for mention in self.mentions:
                if mention.role:
                    self._titles.setdefault(mention.name, {})[mention.role] = None
        roles_a, roles_b = self._titles.get(a, {}), self._titles.get(b, {})
        return bool(roles_a) and bool(roles_b) and all(
            _roles_apart(role_parts(role_a, self.lang), role_parts(role_b, self.lang))
            for role_a in roles_a for role_b in roles_b)

    def one_chunk(self, a: str, b: str) -> bool:
        """Both words stand, as different words, in one role-and-name chunk: "General Manager PLN
        Unit Distribusi Bandung Gita Tanjung" holds both "Bandung" and "Tanjung"."""
        if self._chunks is None:
            self._chunks = [frozenset(fold_name(word) for word in
                                      self.text[m.start:m.end].replace(",", " ").split())
                            for m in self.mentions if m.role]
        return any(a in chunk and b in chunk for chunk in self._chunks)

    def different(self, a: str, b: str) -> bool:
        """Whether two names that ``name_relation`` calls variants are two people after all."""
        if " " not in a and " " not in b:
            # Two first names, each of its own full name in the article: "Lukas" of "Lukas
            # Hartanto Siregar" and "Rukas" of "Rukas Lubis" (Indonesian copy shortens a name
            # to its first word; "Asnyar", of no full name, is "Ansyar" misspelt).
            given_a, given_b = self.named_by_first(a), self.named_by_first(b)
            rests_a = {name.split(None, 1)[1] for name in given_a}
            rests_b = {name.split(None, 1)[1] for name in given_b}
            if given_a and given_b and rests_a.isdisjoint(rests_b):
                return True  # (not "Asnyar Sutiadi" beside "Ansyar Sutiadi": one person misspelt)
            modern_a, modern_b = _modern(fold_name(a)), _modern(fold_name(b))
            if not _one_slip(modern_a, modern_b) and (self.titled_apart(a, b) or modern_a[:1] != modern_b[:1]):
                # Two lone names two letters apart under different titles, or with different first
                # letters: Indonesian single names come in families ("Gen. Sutarman", the police
                # chief, and "Brig. Sudirman", an officer he speaks of; "Nasriyah" and "Pariyah",
                # two traders; but "AKP Suharto" and "Soeharto" are one man's two spellings).
                return True
        if self.nickname(a) or self.nickname(b):
            return True  # "Humam Balya", then "ujar Umam sapaannya": the name he goes by
        if len(a.split()) == 1 and self.explained(a, b):
            return True
        if len(b.split()) == 1 and self.explained(b, a):
            return True
        surname_a, surname_b = _surname(a), _surname(b)
        return surname_a != surname_b and self.one_chunk(surname_a, surname_b)


def _roles_apart(a: RoleParts, b: RoleParts) -> bool:
    """Whether two titles are two people's: two ranks that do not agree (``Gen.`` and ``Brig.``,
    ``Det Sgt`` and ``Det Insp``; a rank of one word agrees with one it ends, ``Colonel`` with
    ``Lt. Col.``, a lieutenant colonel's short title); or two jobs and none shared (``Kepala
    Desa``, ``Sekretaris Desa``), or a different first job (``Camat Sukamaju``, ``Sekretaris Camat
    Sukamaju``), or the same job of different bodies, each naming words the other does not
    (``Ketua DPRD Sukamaju``, ``Kepala Bappeda Sukamaju``; ``Kasat Reskrim Polres Sukamaju AKP``,
    ``Kasat Narkoba Polres Sukamaju AKP``; areas' nouns and function words are no
    body's), or the same job of two countries or regions (``Gubernur Jawa Tengah``, ``Gubernur
    Jawa Timur``; a region's short form is its long one's, ``Gubernur Jatim``, lexicon
    ``region_equivalents``). A rank and a job, or a title
    that says less than the other (``Kapolres``, ``Kapolres Sukamaju``), may be one man's."""
    if a.ranks and b.ranks and not any(_ranks_agree(x, y) for x in a.ranks for y in b.ranks):
        return True
    if not (a.jobs and b.jobs):
        return False
    return a.jobs.isdisjoint(b.jobs) or a.head != b.head or \
        (bool(a.rest) and bool(b.rest) and not (a.rest <= b.rest or b.rest <= a.rest)) or \
        (bool(a.places) and bool(b.places) and not any(_places_agree(x, y) for x in a.places for y in b.places))


def _places_agree(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two places (key, name) may be one: one key (``Jatim``, ``Jawa Timur``; ``Tiongkok``,
    ``China``; ``Sulteng`` and ``Sultra`` are two), two names no key knows alike, or a place and a
    name no key knows (a CLDR language's, which may be its people's), one word each sharing their
    first ``_DEMONYM_STEM`` letters (``Ukraine``, ``Ukrainian``; not ``France``, ``French``)."""
    if a[0] and b[0]:
        return a[0] == b[0]
    if not (a[0] or b[0]):
        return a[1] == b[1]
    return " " not in a[1] and " " not in b[1] and len(a[1]) >= _DEMONYM_STEM and len(b[1]) >= _DEMONYM_STEM \
        and a[1][:_DEMONYM_STEM] == b[1][:_DEMONYM_STEM]


_DEMONYM_STEM = 4
"""The first letters a country's name and a language's, its people's, share (``Ukra``)."""


def _ranks_agree(a: str, b: str) -> bool:
    """Whether two canonical ranks may be one man's: the same, or one of one word that ends the
    other (``colonel``, ``lieutenant colonel``)."""
    return a == b or (" " not in a and b.endswith(" " + a)) or (" " not in b and a.endswith(" " + b))


_OLD_SPELLINGS = (("tj", "c"), ("dj", "j"), ("oe", "u"), ("ch", "kh"), ("sj", "sy"), ("nj", "ny"))
"""An old spelling of Indonesian names and its modern one (``Soeharto``, ``Suharto``)."""


def _modern(name: str) -> str:
    """A folded name in the modern spelling (``khaerul`` for ``chairul``'s ``ch``)."""
    for old, new in _OLD_SPELLINGS:
        name = name.replace(old, new)
    return name


def _one_slip(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [at for at in range(len(a)) if a[at] != b[at]]
        return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:at] + long[at + 1:] == short for at in range(len(long)))


_NICKNAME_REACH = 24
"""How far around a name a word saying it is its bearer's nickname may stand."""


_FEW_NAMES = 48
"""Up to this many distinct names, every pair is related (filing them would cost more)."""


class _Surnames:
    """Names filed by folded surname: ``name_relation`` calls two names the same person or
    variants only when their surnames are equal or :func:`klaim.attribution._similar` (see
    :class:`klaim.attribution.SpellingIndex`), so only such pairs need relating."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = list(names)
        self._order: dict[str, int] = {}
        self._by_surname: dict[str, list[str]] = {}
        if len(self._names) > _FEW_NAMES:
            for order, name in enumerate(self._names):
                self._order[name] = order
                self._by_surname.setdefault(_surname(name), []).append(name)
        self._index = SpellingIndex(self._by_surname)

    def of(self, name: str) -> list[str]:
        """The filed names whose surname is alike ``name``'s (``name`` itself, when filed), in the
        order they were filed; all of them when they are few (relating a few pairs costs less
        than filing surnames)."""
        if len(self._names) <= _FEW_NAMES:
            return self._names
        alike = [other for surname in self._index.similar(_surname(name)) for other in self._by_surname[surname]]
        return sorted(alike, key=self._order.__getitem__)


def _name_issues(ctx: Context, mentions: Sequence[SpeakerMention], relation: _Relations) -> Iterator[Issue]:
    first_seen: dict[str, SpeakerMention] = {}
    counts: Counter[str] = Counter()
    for mention in mentions:
        first_seen.setdefault(mention.name, mention)
        counts[mention.name] += 1
    forms = list(first_seen)
    order = {form: index for index, form in enumerate(forms)}
    # Each pair of distinct forms related once: who is the same person, who a variant. Only
    # names whose surnames are alike can be either, so only those pairs are related.
    same: dict[str, list[str]] = {form: [form] for form in forms}
    variants: dict[str, list[str]] = {form: [] for form in forms}
    alike = _Surnames(forms)
    for index, form in enumerate(forms):
        for second in alike.of(form):
            if order[second] <= index:
                continue
            kind = relation(form, second)
            if kind != "other":
                (same if kind == "same" else variants)[form].append(second)
                (same if kind == "same" else variants)[second].append(form)
    support = {form: sum(counts[name] for name in same[form]) for form in forms}
    people = _People(ctx.article.text, mentions, ctx.article.lang)
    written = _Written(ctx.article.text)
    for form in forms:
        partners = [candidate for candidate in sorted(set(variants[form]), key=order.__getitem__)
                    if not people.different(form, candidate)]
        if not partners:
            continue
        # Report the less used spelling, once, against its best partner: used by the speakers,
        # then by the whole text ("Mrs Waldin", "Keith Waldin, her son," who speak not), then
        # the later one on a tie.
        used = {name: (support[name], written(name)) for name in (form, *partners)}
        better = [p for p in partners if (used[p], order[form]) > (used[form], order[p])]
        if not better:
            continue
        preferred = max(better, key=lambda p: (used[p], -order[p]))
        here, there = first_seen[form], first_seen[preferred]
        other = ctx.article_span(there.name_start, there.name_end)
        # (As long as the name reported: a longer mention may carry a word of a body before the
        # name, "Pemuda Mandala Rudi Kasine"; the message and the fix give "Rudi Kasine".)
        spelling = _spelling(form, preferred)
        # The reported name loses such words too, when its last words alone are the variant:
        # "Kemkominfo Samuel Abrijani Pangerapan" against "Semuel Abrijani Pangerapan" reports
        # "Samuel Abrijani Pangerapan", so that the fix keeps the body's name.
        name, start = form, here.name_start
        words = form.split()
        if len(words) > len(preferred.split()) > 1:
            tail = " ".join(words[-len(preferred.split()):])
            offsets = [found.start() for found in _TOKEN.finditer(ctx.article.text, here.name_start, here.name_end)]
            if relation(tail, preferred) == "variant" and len(offsets) == len(words):
                name, start = tail, offsets[-len(preferred.split())]
        yield Issue(
            f"'{name}' is spelt '{spelling}' elsewhere in the article",
            ctx.article_span(start, here.name_end),
            data={"kind": "name", "source": "article", "name": name, "other_name": preferred,
                  "other_line": other.line},
            suggestions=[Suggestion(spelling, f"spelt so {support[preferred]} time(s) in the article")],
            related=[other.with_message("the other spelling")],
        )


_WRITTEN_NAME_WORDS = 4
"""The most words of a name compared where its bearer need not speak."""


_Runs = list[list[tuple[int, int]]]
"""Runs of capitalised words, each word's span (:func:`klaim.attribution.capitalised_runs`)."""


def _written_issues(ctx: Context, all_runs: _Runs, relation: _Relations, reported: set[str]) -> Iterator[Issue]:
    """A surname spelt two ways after the same given names, where the person need not speak
    (``memvonis Sugi Nur Raharjo`` and, in the verdict quoted, ``Sugi Nur Rahardja``). Not
    reported: a pair the speakers' comparison (:func:`_name_issues`) reported either name of
    (two speakers' names spelt so are its to report); a name on a navigation line or an
    advertisement (``Baca juga: …``, a block of kind ``boilerplate``); two names a list or a couple joins
    (:func:`_coordinated`), or that stand only on short lines of their own (a list's items); a
    name a feature's noun or a word of places' names opens (``Gunung Merapi``, ``Hurricane
    Maria``, ``New York Jets``; lexicon ``feature_nouns``)."""
    text, lang = ctx.article.text, ctx.article.lang
    # A navigation line's or an advertisement's words are another page's (``Baca juga: Demam
    # Berdarah Rengut 3 Nyawa``: a related story's headline), no name of this article.
    asides = [(block.start, block.end) for block in ctx.article.paragraphs if block.kind == "boilerplate"]
    runs = [run for run in all_runs if not any(start <= run[0][0] < end for start, end in asides)]
    # By the word before the last, then by the last, folded: only runs that agree on the word
    # before their surname and differ in it can name one person two ways.
    by_given: dict[str, dict[str, list[list[tuple[int, int]]]]] = {}
    for run in runs:
        (given_start, given_end), (last_start, last_end) = run[-2], run[-1]
        by_given.setdefault(fold_name(text[given_start:given_end]), {}).setdefault(
            fold_name(text[last_start:last_end]), []).append(run)
    found: dict[tuple[str, int], tuple[tuple[tuple[str, int, int], tuple[str, int, int]],
                                     dict[tuple[str, int, int], int], tuple[int, int]]] = {}
    for surnames in by_given.values():
        if len(surnames) < 2:
            continue
        # Only surnames spelt alike can be one name: the index finds them without relating every
        # pair (a list of a thousand "Muhammad …").
        index = SpellingIndex(surnames)
        for a in sorted(surnames):
            for b in sorted(index.similar(a)):
                if b <= a or a in (b + "s", b + "es") or b in (a + "s", a + "es"):
                    continue  # (each pair once; a name and its plural: "the Green Mountains")
                if _coordinated(text, surnames[a], surnames[b], lang) or \
                        all(_listed(text, run) for run in (*surnames[a], *surnames[b])):
                    continue
                names = _shared_given(text, surnames[a][0], surnames[b][0], lang)
                if names is None or relation(names[0][0], names[1][0]) != "variant" \
                        or _feature(text, surnames[a][0], names[0], lang) \
                        or _feature(text, surnames[b][0], names[1], lang):
                    continue
                if reported & {fold_name(names[0][0]), fold_name(names[1][0]), a, b}:
                    continue  # (the speakers' comparison reported it, or its surnames: "Fauzy", "Fauzi")
                count = {names[0]: len(surnames[a]), names[1]: len(surnames[b])}
                here, there = sorted(names, key=lambda name: (count[name], -name[1]))
                best = found.get(here[:2])
                rank = (count[there], -there[1])  # (one finding a spelling: against the partner written
                if best is None or rank > best[2]:  # most, the earliest on a tie)
                    found[here[:2]] = (names, count, rank)
    for names, count, _ in found.values():
        yield _spelt_twice(ctx, names, count)
    # A given name spelt two ways before the same surname, by a letter doubled only ("Muhammad
    # Ragil", "Muhamad Ragil"; "Phillip"/"Philip Hughes"): one person, however little they speak.
    # Given names that differ otherwise may name two people ("Yanti"/"Yanto Susanto"), and so may
    # short ones a letter apart ("Ana"/"Anna"), or any two in a family the article tells of ("the
    # Lopez sisters").
    by_surname: dict[str, dict[str, list[list[tuple[int, int]]]]] = {}
    for given, surnames in by_given.items():
        for surname, alike in surnames.items():
            by_surname.setdefault(surname, {})[given] = alike
    for surname, givens in by_surname.items():
        if len(givens) < 2:
            continue
        spellings: dict[str, list[str]] = {}
        for given in givens:
            spellings.setdefault(_DOUBLED.sub(r"\1", given), []).append(given)
        for group in spellings.values():
            if len(group) < 2 or max(map(len, group)) < _DOUBLED_GIVEN_MIN \
                    or _family(text, surname, [run for given in group for run in givens[given]], lang):
                continue
            # Each other spelling once, against the one written most (the earlier on a tie).
            most = min(group, key=lambda given: (-len(givens[given]), givens[given][0][0][0]))
            for other in sorted(g for g in group if g != most):
                runs_best, runs_other = givens[most], givens[other]
                if _coordinated(text, runs_best, runs_other, lang) or \
                        all(_listed(text, run) for run in (*runs_best, *runs_other)) or \
                        any(_feature(text, run, _last_two(text, run), lang) for run in (*runs_best, *runs_other)):
                    continue
                pair = (_last_two(text, runs_best[0]), _last_two(text, runs_other[0]))
                if not all(is_person_name(name[0], lang) for name in pair) \
                        or any(_no_name_opener(text, name[1], name[1] + len(name[0].split()[0]), lang)
                               for name in pair):
                    continue
                if reported & {fold_name(pair[0][0]), fold_name(pair[1][0])}:
                    continue  # (the speakers' comparison reported it)
                yield _spelt_twice(ctx, pair, {pair[0]: len(runs_best), pair[1]: len(runs_other)})


def _lone_surname_issues(ctx: Context, runs: _Runs, reported: set[str]) -> Iterator[Issue]:
    """A capitalised word standing alone as a person, possessive or after an honorific or a rank,
    or a clause's subject (``Castelani's diary``, ``Mr Castelani``, ``…, Ramadhon diminta``:
    :func:`_clause_subject`), that is a full name's surname mistyped as the
    speakers' comparison reads a lone name (:func:`klaim.attribution.mistyped_name`: a letter
    dropped or changed, or two swapped, not among its last two letters, where ``Purwanto`` and
    ``Purwanti`` are two people, nor a ``y`` for an ``i``), each spelling of ``_LONE_SURNAME_MIN``
    letters or more: ``Marco Castellani`` and ``Castelani's``; its bearer need not speak. The full name
    is a run of capitalised words in a paragraph (not the title nor a heading) that reads as a
    person's name, not glued to a web address. Not reported: a word the text also writes in
    lower case or in a run of capitalised words, after an initial too (another name: ``Ann
    Rodrigues`` beside ``Carlos A. Rodriguez``), nor a plural (``the Karanjas``), nor a surname
    the other comparisons reported. The spelling written less often is reported (the lone one on
    a tie), against the other; each once, at its first."""
    text, lang = ctx.article.text, ctx.article.lang
    prose = [(block.start, block.end) for block in ctx.article.paragraphs if block.kind == "paragraph"]

    def in_prose(at: int) -> bool:
        k = bisect.bisect_right(prose, (at, len(text))) - 1
        return k >= 0 and prose[k][0] <= at < prose[k][1]

    titles = folded_words(lang, "honorifics", "ranks")
    verbs = tuple(with_english(lang, "finite_verb_prefixes")) + tuple(with_english(lang, "passive_prefixes"))
    holidays = folded_words(lang, "holiday_names")
    # (a title and a word, "Mr Castelani", "Pak Suhraryanto", is that word alone, titled)
    runs = [run for run in runs if not (len(run) == 2 and text[run[0][0]:run[0][1]].rstrip(".").casefold() in titles)]
    # The runs by their last word, folded, of seven letters or more (whether one is a person's
    # name is asked only of those a lone word is spelt like).
    surnames: dict[str, _Runs] = {}
    for run in runs:
        if run[-1][1] - run[-1][0] >= _LONE_SURNAME_MIN and in_prose(run[0][0]):
            surnames.setdefault(fold_name(text[run[-1][0]:run[-1][1]]), []).append(run)
    if not surnames:
        return
    by_length: dict[int, list[str]] = {}  # (one letter off: as long, or one letter longer or shorter)
    for surname in surnames:
        by_length.setdefault(len(surname), []).append(surname)
    names: dict[str, tuple[str, int, int] | None] = {}  # surname -> its first full name of a person

    def full_name(surname: str) -> tuple[str, int, int] | None:
        if surname not in names:
            names[surname] = next((name for name in map(partial(_last_two, text), surnames[surname])
                                   if is_person_name(name[0], lang) and not _WEB_ADDRESS_AFTER.match(text, name[2])),
                                  None)
        return names[surname]

    in_runs = {start for run in runs for start, _ in run}
    written: set[str] | None = None  # every word of a run or after an initial, folded (made when first needed)
    reported_words = {word for name in reported for word in name.split()}
    tried: set[str] = set()
    counts: Counter[str] | None = None
    for found in _LONE_WORD.finditer(text):
        if found.start(1) in in_runs or not in_prose(found.start(1)):
            continue
        word = found.group(1)
        before = text[max(0, found.start(1) - _TITLE_REACH):found.start(1)].split()
        if found.group(2) is None and not (before and before[-1].rstrip(".").casefold() in titles) \
                and not (verbs and word.casefold() not in holidays
                         and _clause_subject(text, found.start(1), found.end(), verbs)):
            continue  # (a person: "Castelani's", "Mr Castelani", "…, Ramadhon diminta"; not "bulan Ramadan")
        folded = fold_name(word)
        if folded in tried:
            continue
        tried.add(folded)  # (each spelling once, at its first)
        if folded in surnames or folded in reported_words:
            continue
        alike = [surname for size in (len(folded) - 1, len(folded), len(folded) + 1)
                 for surname in by_length.get(size, ()) if mistyped_name(folded, surname)]
        if not alike:
            continue
        if written is None:
            written = {fold_name(text[start:end]) for run in runs for start, end in run}
            written.update(fold_name(m.group(1)) for m in _AFTER_INITIAL.finditer(text))
        if folded in written or not is_person_name(word, lang) or re.search(
                rf"(?<![\w'’-]){re.escape(word.casefold())}(?![\w'’-])", text):
            continue  # (a word of another name, or one the text writes in lower case too, names no one)
        for surname in alike:
            name = full_name(surname)
            if name is None or surname in reported_words or folded in (surname + "s", surname + "es") \
                    or surname in (folded + "s", folded + "es"):
                continue
            right = name[0].split()[-1]
            if counts is None:  # (every capitalised word counted once: a finding costs no pass over the text)
                counts = Counter(_CAPITALISED.findall(text))
            lone_count, full_count = counts[word], counts[right]
            if lone_count > full_count:  # (the full name holds the slip: "Marco Castelani", then "Castellani" thrice)
                at = name[2] - len(right)
                here, other = ctx.article_span(at, name[2]), ctx.article_span(found.start(1), found.end(1))
                wrong, good, counted = right, word, lone_count
            else:
                here, other = ctx.article_span(found.start(1), found.end(1)), ctx.article_span(name[1], name[2])
                wrong, good, counted = word, right, full_count
            yield Issue(
                f"'{wrong}' is spelt '{good}' elsewhere in the article",
                here,
                data={"kind": "name", "source": "article", "name": wrong, "other_name": good,
                      "other_line": other.line},
                suggestions=[Suggestion(good, f"spelt so {counted} time(s) in the article")],
                related=[other.with_message("the other spelling")],
            )
            break


def _clause_subject(text: str, start: int, end: int, verbs: tuple[str, ...]) -> bool:
    """Whether the word at ``start:end`` opens a clause (after a comma, or opening its sentence or
    line) before a word its prefix marks as a verb (lexicons ``finite_verb_prefixes``,
    ``passive_prefixes``: ``…, Ramadhon diminta``, ``Arseni mengalami``): its subject, a person
    when the caller finds it a person's name and no holiday's (lexicon ``holiday_names``)."""
    before = text[max(0, start - 3):start].rstrip(" ")
    if before and not before.endswith((",", ".", "!", "?", "\n")):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and any(after.group(1).startswith(prefix) and len(after.group(1)) >= len(prefix) + 4
                                     for prefix in verbs)


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
"""The word after a word, in lower case."""
_LONE_SURNAME_MIN = 7
"""The fewest letters of a lone word and of the full name's surname it is compared with (``Padang``
beside ``Ujung Pandang`` is a city)."""
_WEB_ADDRESS_AFTER = re.compile(r"\.\w")
"""A full stop and a letter right after a word: a web address (``Wartawan Tribunnews.com``)."""
_LONE_WORD = re.compile(rf"([A-Z](?<![\w'’.-][A-Z])[a-z]{{{_LONE_SURNAME_MIN - 1},}}(?:-[A-Z]?[a-z]+|['’][A-Z][a-z]+)*)"
                        r"(['’]s)?(?![\w'’-])")
"""A capitalised word of ``_LONE_SURNAME_MIN`` letters or more, and its possessive if it has one
(``Castelani's``)."""
_AFTER_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.[ \t]++([A-Z][\w'’-]+)")
"""A word after an initial (``Carlos A. Rodriguez``): a name's, where a run of capitalised words
stops at the initial's full stop."""
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*?(?=['’]s(?![\w'’-])|(?![\w'’-]))")
"""A capitalised word, without its possessive (``Castelani`` of ``Castelani's``)."""
_TITLE_REACH = 12
"""How far before a lone word an honorific or a rank is looked for (``Mr``, ``Iptu``)."""


def _inverted_issues(ctx: Context, runs: _Runs, mentions: Sequence[SpeakerMention]) -> Iterator[Issue]:
    """A speaker's name of two words written the other way round elsewhere, as a run of its own
    (``Nikesh Arora, CEO of …, said`` and, in a caption, ``Arora Nikesh, Palo Alto Networks
    CEO``): one person, named two ways. Reported at the other order's first run, the speaker's
    order as its fix (when both orders are a speaker's, at the one written less often, the
    earlier on a tie); not on a navigation line or an advertisement."""
    text = ctx.article.text
    speakers = {fold_name(mention.name) for mention in mentions if mention.name.count(" ") == 1}
    if not speakers:
        return
    asides = [(block.start, block.end) for block in ctx.article.paragraphs if block.kind == "boilerplate"]
    orders: dict[str, list[tuple[str, int, int]]] = {}
    two_word_runs: dict[int, list[tuple[int, int]]] = {}  # (by the run's start)
    for run in runs:
        if len(run) == 2 and not any(start <= run[0][0] < end for start, end in asides):
            name = _last_two(text, run)
            orders.setdefault(fold_name(name[0]), []).append(name)
            two_word_runs[name[1]] = run
    lang = ctx.article.lang
    for folded in sorted(speakers):
        first, last = folded.split(" ")
        inverted = f"{last} {first}"
        if first == last or inverted not in orders or folded not in orders:
            continue
        if inverted in speakers and (len(orders[inverted]), orders[inverted][0][1]) > \
                (len(orders[folded]), orders[folded][0][1]):
            continue  # (both orders a speaker's: reported once, at the order written less often, the
            # earlier on a tie, from the other's turn)
        here, there = orders[inverted][0], orders[folded][0]
        # A person stands there: in apposition before a comma or opening its line, a caption's
        # way (not "toko roti Sari Indah di …", a shop), not in the sentence that names the other
        # order (two people: "named Scott Thomas, …, and Thomas Scott, who …"), nor a place.
        line_start = text.rfind("\n", 0, here[1]) + 1
        if not is_person_name(here[0], lang) or not (
                text.startswith(",", here[2]) or not text[line_start:here[1]].strip()
                or _GLUED_DATE_BEFORE.fullmatch(text, line_start, here[1])) \
                or sentence_span(text, here[1], here[2], lang) == sentence_span(text, there[1], there[2], lang) \
                or _feature(text, two_word_runs[here[1]], here, lang):
            continue
        other = ctx.article_span(there[1], there[2])
        yield Issue(
            f"'{here[0]}' is written '{there[0]}' elsewhere in the article",
            ctx.article_span(here[1], here[2]),
            data={"kind": "name", "source": "article", "name": here[0], "other_name": there[0],
                  "other_line": other.line, "order": "inverted"},
            suggestions=[Suggestion(there[0], "in the order the article gives its speaker")],
            related=[other.with_message("the other order")],
        )


_GLUED_DATE_BEFORE = re.compile(r"\s*(?:date\s+)?\d{4}-\d{2}-\d{2}\s*")
"""An archive's date stamp glued before a caption's first words (`` date 2023-08-18 Arora Nikesh, …``)."""


def _spelt_twice(ctx: Context, names: tuple[tuple[str, int, int], tuple[str, int, int]],
                 count: dict[tuple[str, int, int], int]) -> Issue:
    """The finding of a name written two ways, at the spelling written less often (the later one
    on a tie)."""
    here, there = sorted(names, key=lambda name: (count[name], -name[1]))
    other = ctx.article_span(there[1], there[2])
    return Issue(
        f"'{here[0]}' is spelt '{there[0]}' elsewhere in the article",
        ctx.article_span(here[1], here[2]),
        data={"kind": "name", "source": "article", "name": here[0], "other_name": there[0],
              "other_line": other.line},
        suggestions=[Suggestion(there[0], f"spelt so {count[there]} time(s) in the article")],
        related=[other.with_message("the other spelling")],
    )


def _last_two(text: str, run: Sequence[tuple[int, int]]) -> tuple[str, int, int]:
    """A run's given name and surname, with where they stand."""
    return text[run[-2][0]:run[-1][1]], run[-2][0], run[-1][1]


_DOUBLED = re.compile(r"(.)\1+")
"""A letter written twice or more in a row (``muhammad``: ``muhamad``)."""
_DOUBLED_GIVEN_MIN = 5
"""The fewest letters of the longer of two given names compared by their doubled letters: ``Ana``
and ``Anna`` may be two sisters (``Gary`` and ``Garry`` are compared)."""


def _family(text: str, surname: str, runs: Sequence[Sequence[tuple[int, int]]], lang: str) -> bool:
    """Whether the text tells of a family of that surname: a family word (lexicon
    ``family_words``) right after the surname anywhere (``the Lopez sisters``, ``the Lopez
    family``) or right before one of the names compared (``her sister Anna Lopez``, ``Adiknya,
    Marianna Susanto``), or the surname in the plural after ``the`` (``the Lopezes``)."""
    family = folded_words(lang, "family_words")
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?:e?s)?(?![\w'’-])", text, re.IGNORECASE):
        if found.group().casefold() != surname:
            if text[max(0, found.start() - 4):found.start()].casefold() == "the ":
                return True  # "the Lopezes"
            continue
        after = text[found.end():found.end() + 30].split()[:1]
        if after and after[0].strip(",.;:()").casefold() in family:
            return True
    for run in runs:
        before = text[max(0, run[0][0] - 30):run[0][0]].split()[-1:]
        if before and before[0].strip(",.;:()").casefold() in family:
            return True
    return False


_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_COORDINATION_WORDS = 5
"""The most words between two alike names one sentence gives side by side, two people (a list,
a couple, a match's players: ``Muhammad Rizki (15), Muhammad Rizky (16)``)."""


def _coordinated(text: str, runs_a: Sequence[Sequence[tuple[int, int]]],
                 runs_b: Sequence[Sequence[tuple[int, int]]], lang: str) -> bool:
    """Whether one sentence holds a run of each a few words apart (``_COORDINATION_WORDS``: a
    list, a couple, a match's two players: ``Muhammad Rizki (15), Muhammad Rizky (16)``,
    ``Muhammad Rizki mengalahkan Muhammad Rizky``), or farther apart with a kin word between them
    (``Nur Hidayat berangkat haji bersama istrinya, Nur Hidayah``; lexicon ``kin_words``): two
    people, however alike their names. A sentence may still misspell a name it wrote further
    back (``memvonis Sugi Nur Raharjo …, sementara kuasa hukum Sugi Nur Rahardja …``)."""
    kin = folded_words(lang, "kin_words")
    for run_a in runs_a:
        for run_b in runs_b:
            first, second = (run_a, run_b) if run_a[0][0] < run_b[0][0] else (run_b, run_a)
            gap = text[first[-1][1]:second[0][0]]
            words = gap.split()
            if _SENTENCE_BREAK.search(gap) is not None:
                continue
            if len(words) <= _COORDINATION_WORDS or any(word.strip(",()").casefold() in kin for word in words):
                return True
    return False


def _feature(text: str, run: Sequence[tuple[int, int]], name: tuple[str, int, int], lang: str) -> bool:
    """Whether a feature's noun opens the name or stands right before it in its run (``Gunung
    Merapi``, ``Taman Nasional Gunung Merapi``; lexicon ``feature_nouns``), an office's noun
    opens the name (``Polsek Serbalawan``; lexicon ``office_nouns``), an area's noun opens the run
    (``Dusun Parang Tanggayya``; lexicon ``area_nouns``; not ``Kepala Desa Ahmad Fauzi``,
    a village head) or stands right before the name (``Pemerintah Kabupaten Humbang
    Hasundutan``; not after a role's word, ``Kepala Desa``, ``Bidan Desa``), or an area's noun
    in lower case after a place's preposition stands right before the run (``di dusun Parang
    Tangngayya``; lexicon ``place_prepositions``; not ``kepala desa Ahmad Fauzi``), or a word of
    an event's name stands in the name (``Dieng Culture Festival``; lexicon ``event_nouns``;
    not before it: ``peraih emas Olimpiade Greysia Polii``)."""
    nouns = folded_words(lang, "feature_nouns")
    areas = folded_words(lang, "area_nouns")
    words = name[0].casefold().split()[:-1]
    before = [text[start:end].casefold() for start, end in run if end <= name[1]][-1:]
    if run and text[run[0][0]:run[0][1]].casefold() in areas:
        return True
    if before and before[0] in areas:
        # "Pemerintah Kabupaten Humbang Hasundutan": the area's name (not "Kepala Desa Ahmad
        # Fauzi", "Bidan Desa Nurhayati": a role's word before the area's noun, whose holder is
        # named)
        prior = [text[start:end].casefold() for start, end in run if end <= name[1]][-2:-1]
        if not prior or not (prior[0] in folded_words(lang, "role_nouns", one_word=True)
                             or f"{prior[0]} {before[0]}" in folded_words(lang, "role_nouns")):
            return True
    if any(word in folded_words(lang, "event_nouns") for word in name[0].casefold().split()):
        return True  # "Dieng Culture Festival": an event's name (not "emas Olimpiade Greysia Polii")
    if words and words[0] in folded_words(lang, "office_nouns"):
        return True  # "Polsek Serbalawan" (not "anggota Polsek Tanjungsari Bripka Hendra Kurniawan")
    if not before and run:
        previous = _PLACE_BEFORE.search(text, max(0, run[0][0] - _PREVIOUS_REACH), run[0][0])
        if previous is not None and previous.group(1).casefold() in folded_words(lang, "place_prepositions") \
                and previous.group(2).casefold() in areas:
            return True
    return any(word in nouns for word in [*before, *words])


_PLACE_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+([^\W\d_]+)[^\S\n]+\Z")
"""The two words right before a run, on its line (a place's preposition and an area's noun)."""
_PREVIOUS_REACH = 32


_PROSE_WORDS = 8
"""The fewest words of a line of prose: a shorter one is a list's item, a caption or a heading."""


def _listed(text: str, run: Sequence[tuple[int, int]]) -> bool:
    """Whether the run stands on a short line of its own, a list's item (``9. Muhammad Rizki``):
    a list names different people, however alike."""
    start = text.rfind("\n", 0, run[0][0]) + 1
    end = text.find("\n", run[-1][1])
    return len(text[start:end if end != -1 else len(text)].split()) < _PROSE_WORDS


_SENTENCE_END_BEFORE = re.compile(r"(?:\A|[.!?…]|\n)[\s\"'“”‘’(]*\Z")


def _written_lower(text: str, word: str) -> bool:
    """Whether the text writes ``word`` (case-folded) in lower case, as a word of its own."""
    return re.search(rf"(?<![\w'’-]){re.escape(word.casefold())}(?![\w'’-])", text) is not None


def _no_name_opener(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the word at ``start:end`` opens its line or a sentence (perhaps after a quotation
    mark) and is no name there: a clause's opener or a role (lexicon ``clause_openers``,
    ``role_nouns``) or a word the text writes in lower case elsewhere (``Saat``, ``Terdakwa``)."""
    if _SENTENCE_END_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    word = text[start:end]
    return word.casefold() in folded_words(lang, "clause_openers", "role_nouns", one_word=True) or \
        _written_lower(text, word)


def _shared_given(text: str, run_a: Sequence[tuple[int, int]], run_b: Sequence[tuple[int, int]],
                  lang: str) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """The two names two runs end with: their surnames after the most given names they share
    (up to three, compared case-folded), the longest pair that both read as a person's name
    (``Sugi Nur Raharjo`` and ``Sugi Nur Rahardja`` from ``Hakim Sugi Nur Raharjo``); None when
    no pair does, or when a given name before the shared ones differs and makes each a person's
    name of its own (``Ahmad Nur Hidayat`` and ``Siti Nur Hidayah`` are two people)."""
    def name(run: Sequence[tuple[int, int]], given: int) -> tuple[str, int, int]:
        return text[run[-1 - given][0]:run[-1][1]], run[-1 - given][0], run[-1][1]

    shared = 1
    longest = min(len(run_a), len(run_b), _WRITTEN_NAME_WORDS) - 1
    while shared < longest:
        (a_start, a_end), (b_start, b_end) = run_a[-2 - shared], run_b[-2 - shared]
        if text[a_start:a_end].casefold() != text[b_start:b_end].casefold():
            # Different first names: two people; not a word that opens its sentence and is no
            # name there ("Saat", "Namun": lexicon ``clause_openers``, ``role_nouns``, or written
            # in lower case elsewhere in the text).
            if not _no_name_opener(text, a_start, a_end, lang) and not _no_name_opener(text, b_start, b_end, lang) \
                    and is_person_name(name(run_a, shared + 1)[0], lang) \
                    and is_person_name(name(run_b, shared + 1)[0], lang):
                return None
            break
        shared += 1
    for given in range(shared, 0, -1):
        a, b = name(run_a, given), name(run_b, given)
        if is_person_name(a[0], lang) and is_person_name(b[0], lang):
            return a, b
    return None


class _Written:
    """How often the text writes the last word of a name as a word of its own (counted once per
    word: an article may hold many spellings of one name)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.counts: dict[str, int] = {}

    def __call__(self, name: str) -> int:
        word = name.split()[-1]
        if word not in self.counts:
            self.counts[word] = len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", self.text))
        return self.counts[word]


class _Office:
    """Whether a mention's title may differ from another without either being wrong: the title
    says when it held (``former``, ``new``, ``mantan``) or its sentence tells of a change of
    office to the other job (``will become prime minister``). Asked only of titles that
    conflict, which few articles have."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang

    def may_change(self, mention: SpeakerMention, other_role: str) -> bool:
        """Whether ``mention``'s title and ``other_role`` may both be right, at different times."""
        assert mention.role is not None
        return time_qualified(self.text, mention, self.lang) or \
            office_changes(self.text, mention, (mention.role, other_role), self.lang)


@cache
def _body_words(lang: str) -> frozenset[str]:
    """Words that make a role name its own body (lexicon ``body_words``, ``lang`` and English)."""
    return frozenset(with_english(lang, "body_words"))


def _body(text: str, mention: SpeakerMention, lang: str) -> frozenset[str]:
    """The capitalised words (folded) of the body a title names, in the role and in the run of
    capitalised words right before it (``Regional Council of Mayors chair``); empty when none of
    them is a body word (``council``, ``partai``): a place or a ministry is no body of its own."""
    words = [word for word in _WORD.findall(mention.role or "") if word[0].isupper()]
    before = text[max(0, mention.start - _BODY_REACH):mention.start]
    for match in reversed(list(_WORD.finditer(before))):
        if before[match.end():].strip():
            break  # punctuation between: another clause
        word = match.group()
        if not (word[0].isupper() or word in _BODY_LINKS):
            break
        words.append(word)
        before = before[:match.start()]
    folded = frozenset(fold_name(word) for word in words if word[0].isupper())
    return folded if folded & _body_words(lang) else frozenset()


def _other_bodies(text: str, a: SpeakerMention, b: SpeakerMention, lang: str) -> bool:
    """Two titles in different bodies: one names a body of its own, and the other does not name
    the same one (``Council of Mayors chair`` and ``Mackay Mayor``): one person may hold both."""
    body_a, body_b = _body(text, a, lang), _body(text, b, lang)
    return bool(body_a or body_b) and body_a != body_b


def _many(names: Iterable[str], relation: _Relations) -> bool:
    """Whether the full names sharing a surname name two people or more (not spellings of one)."""
    names = sorted(names)
    return any(relation(a, b) == "other" for at, a in enumerate(names) for b in names[at + 1:])


def _role_issues(ctx: Context, mentions: Sequence[SpeakerMention], relation: _Relations) -> Iterator[Issue]:
    lang = ctx.article.lang
    reported: set[tuple[str, str, str]] = set()
    titled = [m for m in mentions if m.role]
    first_full: dict[str, int] = {}  # by surname, where a full name (titled or not) first stands
    full_names: dict[str, set[str]] = {}  # by surname, the full names that end with it
    ambiguous: dict[str, bool] = {}  # by surname, whether those full names are two people or more
    for mention in mentions:
        if " " in mention.name:
            first_full.setdefault(_surname(mention.name), mention.start)
            full_names.setdefault(_surname(mention.name), set()).add(mention.name)
    # Each later mention against the first mention of each earlier (name, title) with the same
    # surname (two names of one person have one): a repeat would find what its first did, so an
    # article titling one person many times costs no more than titling them once.
    firsts: dict[str, list[SpeakerMention]] = {}
    filed: set[tuple[str, str | None]] = set()
    office = _Office(ctx.article.text, lang)
    for later in titled:
        surname = _surname(later.name)
        earliers = [e for e in firsts.get(surname, ()) if relation(e.name, later.name) == "same"]
        assert later.role is not None
        if any(role_groups(e.role or "", lang) & role_groups(later.role, lang) for e in earliers):
            earliers = []  # a job of a title given before: "Deputy Prime Minister and Minister of
            # Foreign Affairs Winston Peters", "Deputy Prime Minister Winston Peters", "Foreign
            # Minister Peters" (not a job the earlier one's holder may hold too: "Senator Wong",
            # "Foreign Minister Wong", then "Finance Minister Wong" is a slip)
        for earlier in earliers:
            assert earlier.role is not None
            if " " not in earlier.name and earlier.start < first_full.get(surname, earlier.start):
                continue  # a surname before any full name is someone else's (news names in full first)
            if (" " not in earlier.name or " " not in later.name) and surname in full_names:
                if surname not in ambiguous:
                    ambiguous[surname] = _many(full_names[surname], relation)
                if ambiguous[surname]:
                    continue  # "Mayor Dizon" with Roberto and Ana Dizon in the article: which one?
            if not roles_conflict(earlier.role, later.role, lang):
                continue
            if _other_bodies(ctx.article.text, earlier, later, lang):
                continue  # "Council of Mayors chair" and "Mackay Mayor": two posts
            if office.may_change(earlier, later.role) or office.may_change(later, earlier.role):
                continue  # "former Treasurer", "will become prime minister": another time
            key = (later.name.split()[-1], earlier.role.casefold(), later.role.casefold())
            if key in reported:
                continue
            reported.add(key)
            other = ctx.article_span(earlier.start, earlier.end)
            yield Issue(
                f"{later.name} is titled '{later.role}' here but '{earlier.role}' before",
                ctx.article_span(later.start, later.end),
                data={"kind": "role", "source": "article", "name": later.name,
                      "role": later.role, "other_role": earlier.role, "other_line": other.line},
                related=[other.with_message("the earlier title")],
            )
            break
        if (later.name, later.role) not in filed:
            filed.add((later.name, later.role))
            firsts.setdefault(surname, []).append(later)


def _claim_issues(ctx: Context, mentions: Sequence[SpeakerMention], relation: _Relations) -> Iterator[Issue]:
    lang = ctx.article.lang
    counts = Counter(m.name for m in mentions)
    alike = _Surnames(counts)
    office = _Office(ctx.article.text, lang)
    # The mentions naming a speaker, and those spelling them differently: one person speaks in
    # several claims, so they are sorted out once per distinct name.
    sorted_out: dict[str, tuple[list[SpeakerMention], list[SpeakerMention]]] = {}
    for index, claim in enumerate(ctx.claims):
        if claim.speaker is None:
            continue
        written, role = claim.speaker.name, claim.speaker.role
        name = strip_ranks(written, lang)  # "Kombes Pol Djamal Renhoat" is Djamal Renhoat
        title = written[:len(written) - len(name)]
        if not is_person_name(name, lang):
            continue  # an institution or an unnamed source ("Gedung Putih", "a senior official")
        if name not in sorted_out:
            # Once per distinct name; only names with an alike surname can be the same or a variant.
            related = {form: relation(form, name) for form in alike.of(name)}  # (the others: "other")
            sorted_out[name] = ([m for m in mentions if related.get(m.name) == "same"],
                                [m for m in mentions if related.get(m.name) == "variant"])
        same, variants = sorted_out[name]
        if not same and variants:
            mention = max(variants, key=lambda m: _support(m.name, counts, relation))
            article = ctx.article_span(mention.name_start, mention.name_end)
            yield Issue(
                f"the claim names '{written}', the article '{mention.name}'",
                ctx.claim_location(("claims", index, "speaker", "name")),
                data={"kind": "name", "source": "claims", "name": written,
                      "other_name": mention.name, "other_line": article.line},
                suggestions=[Suggestion(title + mention.name, "as the article spells it")],
                related=[article.with_message("the article's spelling")],
                claim=claim.id,
            )
        if role is None:
            continue
        titled = [m for m in same if m.role]
        if titled and all(roles_conflict(m.role or "", role, lang) for m in titled):
            # A title that says when it held ("mantan Menteri") or that the article changes
            # ("will become prime minister") contradicts no claim.
            fixed = [m for m in titled if not office.may_change(m, role)]
            if not fixed:
                continue
            mention = fixed[0]
            article = ctx.article_span(mention.start, mention.end)
            yield Issue(
                f"the claim titles {written} '{role}', the article '{mention.role}'",
                ctx.claim_location(("claims", index, "speaker", "role")),
                data={"kind": "role", "source": "claims", "name": written, "role": role,
                      "other_role": mention.role, "other_line": article.line},
                suggestions=[Suggestion(mention.role or "", "as the article titles them")],
                related=[article.with_message("the article's title")],
                claim=claim.id,
            )


@check("KL203", "inconsistent-speaker-name", "warning")
def inconsistent_speaker_name(ctx: Context) -> Iterator[Issue]:
    """Yield issues for names spelt, or people titled, two ways."""
    mentions = ctx.analysis.attribution.speakers
    relation = _Relations()
    reported: set[str] = set()
    for issue in _name_issues(ctx, mentions, relation):
        reported.add(fold_name(issue.data["name"]))
        reported.add(fold_name(issue.data["other_name"]))
        yield issue
    runs = capitalised_runs(ctx.article.text)
    spelt: set[str] = set()  # (the names the written comparison reported: the lone words' comparison leaves them)
    for issue in _written_issues(ctx, runs, relation, reported):
        spelt.update((fold_name(issue.data["name"]), fold_name(issue.data["other_name"])))
        yield issue
    yield from _lone_surname_issues(ctx, runs, reported | spelt)
    yield from _inverted_issues(ctx, runs, mentions)
    yield from _role_issues(ctx, mentions, relation)
    yield from _claim_issues(ctx, mentions, relation)
