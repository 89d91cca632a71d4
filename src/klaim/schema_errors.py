"""KL003 in an editor's words: pydantic's validation errors explained from the models.

Every hint comes from what is allowed where the error is: the keys of the mapping the unknown key
stands in (walking the models along the error's location; a source's keys are those of the kind
it names), the values a ``kind`` or ``verdict`` may take, the form of a date. A hint never
suggests the key that is wrong, nor one the mapping already has. A key that belongs one level
deeper or shallower than it stands (``exact:`` outdented from under ``anchor:``) is told to move.

``data`` keeps pydantic's error ``type`` and the JSON ``path`` (without the tag pydantic adds for
a source's kind), the ``hint``, and where one follows from the value alone, ``suggestion``: the
key to write instead, or the date written as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import json
import re
import types
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from klaim.models import CODE, ISO_DATE, KEBAB, LANG, Claim, ClaimFile, Speaker

# Keys editors write for a field that has another name, when the meaning is plain. Keep this
# table tiny: a near spelling (``quote`` for ``quotes``) is found without it, and an entry
# here is a promise that the key can only mean its field.
KEY_ALIASES: dict[tuple[type[BaseModel], str], str] = {
    (Claim, "date"): "said_on",  # the claim's date is when it was said; sources keep `date`
    (Speaker, "title"): "role",  # "title" of a person is their role ("U.S. Secretary of State")
}

_DATE_EXAMPLE = "2024-06-21"
_MODEL_TYPES = ("model_type", "model_attributes_type", "dict_type")


@dataclass(slots=True)
class SchemaProblem:
    """One KL003 finding before it is located: where, what, and the facts for ``data``."""

    path: list[str | int]
    """The path in the document (keys and list indexes), to locate the finding."""
    message: str
    data: dict[str, Any]
    at: Literal["value", "key", "parent"] = "value"
    """What to point at: the value, the (unknown) key itself, or the mapping (a missing key)."""


@dataclass(slots=True)
class _Place:
    """What the models allow at one step of a path: models (a mapping), a list, or a value."""

    shape: Any
    """A tuple of models (one, or a union's members), ``list`` or None (a value)."""
    item: Any = None
    """For a list, the type of its items; for a value, its type."""
    path: list[str | int] = field(default_factory=list)


def explain(error: ValidationError, document: Any, languages: Sequence[str] = ()) -> list[SchemaProblem]:
    """The problems in ``error`` (raised validating ``document`` as a :class:`ClaimFile`).

    ``languages`` name the month names and the day-first convention a date in another form is
    read with: the claims file's ``lang`` when it has one, else the configured languages.
    """
    problems = []
    for item in error.errors(include_url=False):
        places = _walk(item["loc"])
        path = places[-1].path
        json_path = _json_path(path)
        problems.append(_explain(item, places, path, json_path, document, languages))
    return problems


def _json_path(path: Sequence[str | int]) -> str:
    return "$" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in path)


def _explain(item: Any, places: list[_Place], path: list[str | int], json_path: str, document: Any,
             languages: Sequence[str]) -> SchemaProblem:
    kind, value = item["type"], item.get("input")
    data: dict[str, Any] = {"path": json_path, "type": kind}
    here = places[-1]
    key = path[-1] if path else "$"
    if kind == "extra_forbidden":
        hint, suggestion, belongs_to = _unknown_key(str(key), places[:-1], document)
        data["hint"] = hint
        if suggestion:
            data["suggestion"] = suggestion
        if belongs_to:
            data["belongs_to"] = belongs_to
        return SchemaProblem(path, f"unknown key {key!r} at {json_path}", data, "key")
    if kind == "missing":
        data["hint"] = f"add '{key}:'"
        where = json_path.rsplit(".", 1)[0] or "$"
        return SchemaProblem(path, f"required key {key!r} is missing at {where}", data, "parent")
    if kind in _MODEL_TYPES:
        models = here.shape if isinstance(here.shape, tuple) else ()
        return _not_a_mapping(path, json_path, key, value, models, data)
    if kind == "list_type":
        data["hint"] = f"write a list: '{key}:' then one '- item' per line, or [{'...'}]"
        if isinstance(value, str):
            data["suggestion"] = f"[{json.dumps(value, ensure_ascii=False)}]"
            data["hint"] = f"write a list, e.g. {key + ': ' if isinstance(key, str) else '- '}{data['suggestion']}"
        return SchemaProblem(path, f"{json_path}: expected a list, not {_what(value)}", data)
    if kind in ("literal_error", "union_tag_invalid"):
        allowed = _allowed_values(here, item)
        return _not_one_of(path, json_path, item, allowed, data)
    if kind == "union_tag_not_found":
        tags = _tags(here.shape) if isinstance(here.shape, tuple) else []
        data["hint"] = "add 'kind:' (" + " | ".join(tags) + ")"
        return SchemaProblem(path, f"{json_path}: the source gives no 'kind'", data)
    pattern = (item.get("ctx") or {}).get("pattern")
    if pattern == ISO_DATE or (kind == "value_error" and isinstance(value, str)
                               and re.match(ISO_DATE, value)):
        return _bad_date(path, json_path, value, kind, data, _date_languages(document, languages))
    if kind == "string_type" and isinstance(value, (int, float, bool)):
        data["hint"] = f"put it in quotes: \"{_yaml_scalar(value)}\""
        return SchemaProblem(path, f"{json_path}: expected text, not {_what(value)}", data)
    if pattern in _PATTERN_FORMS:
        form, example = _PATTERN_FORMS[pattern]
        data["hint"] = f"write {form}, e.g. {example}"
        if pattern == KEBAB and isinstance(value, str) and _kebab(value):
            data["suggestion"] = _kebab(value)
            data["hint"] = f"write {form}, e.g. {data['suggestion']}"
        return SchemaProblem(path, f"{json_path}: {value!r} is not {form}", data)
    data["hint"] = "see schemas/claims.schema.json for the expected type and form"
    return SchemaProblem(path, f"{json_path}: {item['msg']}", data)


_PATTERN_FORMS: dict[str, tuple[str, str]] = {
    KEBAB: ("kebab-case (lower-case words joined by hyphens)", "minister-announces-budget"),
    CODE: ("a check code", "KL101"),
    LANG: ("a language code", "id or en"),
    r"^https?://\S+(?![\s\S])": ("an http(s) URL", "https://example.org/page"),
}


def _kebab(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.casefold()).strip("-")


def _what(value: Any) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__  # pragma: no cover - YAML data has no other types


def _yaml_scalar(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


# --- walking the models ------------------------------------------------------------------------


def _unwrap(annotation: Any) -> Any:
    """``annotation`` without ``Annotated`` and ``None`` (an optional field is its type)."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            members = tuple(a for a in get_args(annotation) if a is not type(None))
            if len(members) != 1:
                return members
            annotation = members[0]
        else:
            return annotation


def _place(annotation: Any, path: list[str | int]) -> _Place:
    found = _unwrap(annotation)
    if isinstance(found, type) and issubclass(found, BaseModel):
        return _Place((found,), None, path)
    if isinstance(found, tuple) and found and all(isinstance(m, type) and issubclass(m, BaseModel) for m in found):
        return _Place(found, None, path)
    if get_origin(found) is list:
        return _Place(list, get_args(found)[0], path)
    return _Place(None, found, path)


def _tag(model: type[BaseModel]) -> str | None:
    kind = model.model_fields.get("kind")
    values = get_args(_unwrap(kind.annotation)) if kind is not None else ()
    return str(values[0]) if len(values) == 1 else None


def _tags(models: tuple[type[BaseModel], ...]) -> list[str]:
    return [tag for tag in map(_tag, models) if tag is not None]


def _walk(loc: Sequence[Any]) -> list[_Place]:
    """The places the models give along an error's location, the root first.

    A union's tag in the location (pydantic adds the ``kind`` it chose) narrows the union to
    that member and is not a step of the document's path.
    """
    places = [_Place((ClaimFile,), None, [])]
    for step in loc:
        place = places[-1]
        path = [*place.path, step]
        if place.shape is list and isinstance(step, int):
            places.append(_place(place.item, path))
        elif isinstance(place.shape, tuple) and len(place.shape) > 1 and step in _tags(place.shape):
            places[-1] = _Place(tuple(m for m in place.shape if _tag(m) == step), None, place.path)
        elif isinstance(place.shape, tuple) and isinstance(step, str) and any(
                step in m.model_fields for m in place.shape):
            model = next(m for m in place.shape if step in m.model_fields)
            places.append(_place(model.model_fields[step].annotation, path))
        else:
            places.append(_Place(None, None, path))  # an unknown key, or past the models
    return places


def _at(document: Any, path: Sequence[str | int]) -> Any:
    """The value at ``path`` in the document, or None."""
    for step in path:
        if isinstance(document, dict) and isinstance(step, str):
            document = document.get(step)
        elif isinstance(document, list) and isinstance(step, int) and 0 <= step < len(document):
            document = document[step]
        else:
            return None
    return document


def _fields(models: tuple[type[BaseModel], ...]) -> list[str]:
    return list(dict.fromkeys(name for model in models for name in model.model_fields))


def _child_models(model: type[BaseModel], name: str) -> tuple[type[BaseModel], ...]:
    place = _place(model.model_fields[name].annotation, [])
    return place.shape if isinstance(place.shape, tuple) else ()


# --- the explanations ----------------------------------------------------------------------------


def _unknown_key(key: str, places: list[_Place], document: Any) -> tuple[str, str | None, str | None]:
    """The hint for an unknown ``key`` in the mapping at ``places[-1]``, the key to write
    instead when there is one, and the JSON path of the mapping it belongs in when it stands
    at the wrong level."""
    here = places[-1]
    models = here.shape if isinstance(here.shape, tuple) else ()
    mapping = _at(document, here.path)
    present = set(mapping) if isinstance(mapping, dict) else set()
    candidates = [name for name in _fields(models) if name not in present and name != key]
    for model in models:
        alias = KEY_ALIASES.get((model, key.casefold()))
        if alias in candidates:
            return f"did you mean {alias!r}?", alias, None
    # The key of a mapping one level down (not already given there): outdented.
    for model in models:
        for name in model.model_fields:
            inner = mapping.get(name) if isinstance(mapping, dict) else None
            if isinstance(inner, dict) and key in inner:
                continue
            if any(key in child.model_fields for child in _child_models(model, name)):
                return (f"{key!r} belongs under '{name}:': indent it there", None,
                        _json_path([*here.path, name]))
    # The key of an enclosing mapping: indented too deep.
    for outer in reversed(places[:-1]):
        outer_models = outer.shape if isinstance(outer.shape, tuple) else ()
        if key in _fields(outer_models):
            where = "the top level" if not outer.path else f"'{_name(outer.path)}'"
            return (f"{key!r} is a key of {where}: outdent it to line up with that mapping's keys", None,
                    _json_path(outer.path))
    close = _closest(key, candidates)
    if close:
        return f"did you mean {close!r}?", close, None
    allowed = ", ".join(candidates) or "none"
    return f"remove it (keys allowed here: {allowed})", None, None


def _closest(word: str, options: Sequence[str]) -> str | None:
    """The option ``word`` most likely stands for: one that starts like it up to at most its
    last letter (``quotation`` for ``quote``, ``quote`` for ``quotes``), else the closest
    spelling; never ``word`` itself."""
    folded = word.casefold()
    options = [option for option in options if option != word]
    for option in options:
        shared = next((i for i, (a, b) in enumerate(zip(folded, option, strict=False)) if a != b),
                      min(len(folded), len(option)))
        if shared >= max(4, min(len(folded), len(option)) - 1):
            return option
    close = difflib.get_close_matches(folded, options, n=1)
    return close[0] if close else None


def _name(path: Sequence[str | int]) -> str:
    """A readable name for the mapping at ``path``: ``claims[2]``, ``anchor``."""
    last = path[-1]
    if isinstance(last, int):
        return f"{path[-2]}[{last}]" if len(path) > 1 else f"[{last}]"
    return str(last)


def _not_a_mapping(path: list[str | int], json_path: str, key: str | int,
                   value: Any, models: tuple[type[BaseModel], ...], data: dict[str, Any]) -> SchemaProblem:
    required = [name for model in models[:1] for name, info in model.model_fields.items() if info.is_required()]
    if len(models) > 1:
        required = ["kind"]
    first = required[0] if required else (_fields(models) or ["..."])[0]
    label = f"'{key}:'" if isinstance(key, str) else "this entry"
    if value is None:
        data["hint"] = f"indent its keys ({', '.join(required or _fields(models))}) under {label}"
        return SchemaProblem(path, f"{json_path}: expected a mapping, but {label} is empty", data)
    if isinstance(value, str) and first != "kind":
        data["suggestion"] = f"{{{first}: {json.dumps(value, ensure_ascii=False)}}}"
        entry = f"{key}: " if isinstance(key, str) else "- "  # a list item has no key to show
        data["hint"] = f"write it as a mapping, e.g. {entry}{data['suggestion']}"
    elif isinstance(value, str) and value in _tags(models):
        data["suggestion"] = f"{{kind: {value}}}"
        data["hint"] = f"write it as a mapping, e.g. - {data['suggestion']}"
    else:
        data["hint"] = f"write it as a mapping with {', '.join(required or _fields(models))}"
    return SchemaProblem(path, f"{json_path}: expected a mapping, not {_what(value)}", data)


def _allowed_values(place: _Place, item: Any) -> list[str]:
    if item["type"] == "union_tag_invalid" and isinstance(place.shape, tuple):
        return _tags(place.shape)
    found = place.item
    if get_origin(found) is Literal:
        return [str(v) for v in get_args(found)]
    return []  # pragma: no cover - every literal in the models is a Literal of strings


def _not_one_of(path: list[str | int], json_path: str, item: Any, allowed: list[str],
                data: dict[str, Any]) -> SchemaProblem:
    value = item.get("input")
    if item["type"] == "union_tag_invalid":
        value = (item.get("ctx") or {}).get("tag", value)
        path = [*path, "kind"]
        json_path += ".kind"
        data["path"] = json_path
    data["allowed"] = allowed
    close = _closest(value, allowed) if isinstance(value, str) else None
    if close:
        data["hint"] = f"did you mean {close!r}?"
        data["suggestion"] = close
    else:
        data["hint"] = "use one of: " + ", ".join(allowed)
    return SchemaProblem(path, f"{json_path}: {value!r} is not one of {', '.join(allowed)}", data)


# --- dates -----------------------------------------------------------------------------------


def _date_languages(document: Any, languages: Sequence[str]) -> list[str]:
    lang = document.get("lang") if isinstance(document, dict) else None
    if isinstance(lang, str) and re.match(LANG, lang):
        return [lang]
    return list(languages)


def _bad_date(path: list[str | int], json_path: str, value: Any, kind: str, data: dict[str, Any],
              languages: Sequence[str]) -> SchemaProblem:
    if kind == "value_error":
        data["hint"] = f"{_why_not_a_date(str(value))}; write a real date as YYYY-MM-DD, e.g. \"{_DATE_EXAMPLE}\""
        return SchemaProblem(path, f"{json_path}: {value!r} is not a real date", data)
    readings = date_readings(str(value), languages)
    if len(readings) == 1:
        data["suggestion"] = readings[0].isoformat()
        data["hint"] = f"write the date as YYYY-MM-DD, e.g. \"{data['suggestion']}\""
    elif readings:
        data["readings"] = [d.isoformat() for d in readings]
        data["hint"] = ("write the date as YYYY-MM-DD: " + " or ".join(f'"{d}"' for d in data["readings"])
                        + " (day or month first?)")
    else:
        data["hint"] = f"write the date as YYYY-MM-DD, e.g. \"{_DATE_EXAMPLE}\""
    return SchemaProblem(path, f"{json_path}: {value!r} is not a date written as YYYY-MM-DD", data)


def _why_not_a_date(value: str) -> str:
    year, month, day = (int(part) for part in value.split("-"))
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if year == 0:
        return "there is no year 0"
    if day == 0:
        return "there is no day 0"
    return f"{calendar.month_name[month]} {year} has {calendar.monthrange(year, month)[1]} days"


_NUMERIC = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_WEEKDAY_PREFIX = re.compile(r"([^\W\d_]+)\.?,?\s+")


def date_readings(value: str, languages: Sequence[str]) -> list[dt.date]:
    """The dates ``value`` can mean when it is written in another common form, best first.

    ``2012-7-11``, ``2012/07/11``, ``11 Juli 2012``, ``July 11, 2012``, ``Rabu (11/7/2012)``:
    one reading each. ``11/07/2012`` is day first in a language that writes dates so (``id``,
    ``en-GB``) and month first in one that does not (``en``); with no language, both readings
    that are real dates. A year of two digits, or none, gives no reading.
    """
    from klaim.calendar_names import calendar_names

    text = " ".join(value.split()).strip()
    names = [calendar_names(lang) for lang in languages] or [calendar_names("en")]
    weekday = _WEEKDAY_PREFIX.match(text)
    if weekday and any(n.weekday(weekday.group(1)) is not None for n in names):
        text = text[weekday.end():]
    text = text.strip("() ")
    found: list[tuple[int, int, int]] = []
    decided = True
    if match := _NUMERIC.fullmatch(text):
        a, b, c = (int(part) for part in match.groups())
        if len(match.group(1)) == 4:
            found.append((a, b, c))
        elif len(match.group(3)) == 4:
            decided = len(languages) == 1
            day_first = not decided or names[0].day_first
            found += [(c, b, a), (c, a, b)] if day_first else [(c, a, b), (c, b, a)]
    elif match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month_name, year = match.groups()
        found += [(int(year), month, int(day)) for month in _months(month_name, names)]
    elif match := _MONTH_DAY_YEAR.fullmatch(text):
        month_name, day, year = match.groups()
        found += [(int(year), month, int(day)) for month in _months(month_name, names)]
    readings: list[dt.date] = []
    for year, month, day in found:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date not in readings:
            readings.append(date)
    return readings[:1] if decided else readings


def _months(name: str, names: Sequence[Any]) -> list[int]:
    return list(dict.fromkeys(m for n in names if (m := n.month(name)) is not None))
