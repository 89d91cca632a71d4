"""YAML read as data: the YAML 1.2 core schema, no 1.1 magic, no surprises.

- ``2024-06-21`` stays a string (no timestamps); ``yes``/``no``/``on``/``off`` stay strings;
  ``1:20`` is not sexagesimal; only ``true``/``false``, ``null``/``~``, decimal, ``0x`` and
  ``0o`` integers and plain floats are resolved.
- A key given twice in one mapping is an error (PyYAML keeps the last one silently).
- Only the core tags (``!!str``, ``!!int``, ``!!float``, ``!!bool``, ``!!null``, ``!!seq``,
  ``!!map``) are accepted; ``!!binary``, ``!!timestamp``, ``!!set``, ``!!python/...`` and local
  tags are refused.
- Alias expansion is bounded: the expanded size of the document (counting every alias as the
  copy it stands for) and its depth are capped, so a "billion laughs" file is refused at once.

The fast path is PyYAML's C loader (when built with libyaml). Line and column of a node, for a
finding, come from :func:`locate`, which composes the document again, lazily.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar

import yaml

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _BaseLoader = yaml.SafeLoader

MAX_NODES = 100_000
MAX_DEPTH = 64
# Text that aliases may add beyond what the file spells out: a 100 kB string aliased a thousand
# times is a few nodes but 100 MB for every check that reads the quotes.
MAX_ALIAS_CHARS = 1_000_000

_CORE_RESOLVERS: list[tuple[str, re.Pattern[str], str]] = [
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    ("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
     "-+0123456789"),
    ("tag:yaml.org,2002:float",
     re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"), "-+0123456789."),
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN\0"),
]
_ALLOWED_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null",
                                                             "seq", "map"))


class YamlError(Exception):
    """A document that is not acceptable YAML data.

    ``line``/``column`` are 0-based as the YAML parser counts them; ``index`` is the 0-based
    code-point offset in the text, which is what klaim locates findings by (the parser also
    counts NEL, LS and PS as line breaks, klaim does not). ``data`` holds the facts of a refused
    limit: which limit, its value, and how much work the check did before refusing.
    """

    def __init__(self, problem: str, line: int, column: int, *, kind: str = "syntax",
                 hint: str = "", index: int | None = None, data: dict[str, int | str] | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
        self.column = column
        self.kind = kind
        self.hint = hint
        self.index = index
        self.data = data or {}


_TAG_KINDS: dict[str, type[yaml.Node]] = {
    **{f"tag:yaml.org,2002:{t}": yaml.ScalarNode for t in ("str", "int", "float", "bool", "null")},
    "tag:yaml.org,2002:seq": yaml.SequenceNode, "tag:yaml.org,2002:map": yaml.MappingNode}
_TAG_PATTERNS = {tag: pattern for tag, pattern, _ in _CORE_RESOLVERS}


def _resolvers() -> dict[str | None, list[tuple[str, re.Pattern[str]]]]:
    table: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}
    for tag, pattern, first in _CORE_RESOLVERS:
        for char in first:
            table.setdefault(None if char == "\0" else char, []).append((tag, pattern))
    # Keep the merge key "<<" out: YAML 1.2 has no merge keys.
    return table


def _int12(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    value = str(loader.construct_scalar(node))
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value)


class DataLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader for the YAML 1.2 core schema with duplicate keys and odd tags refused."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = _resolvers()
    yaml_constructors: ClassVar[dict[Any, Any]] = dict(yaml.SafeLoader.yaml_constructors)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping, refusing a key that appears twice."""
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError("merge keys ('<<') are not supported", key_node.start_mark.line,
                                key_node.start_mark.column, kind="tag",
                                hint="write the keys out in full", index=key_node.start_mark.index)
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise YamlError("a mapping key must be a plain value", key_node.start_mark.line,
                                key_node.start_mark.column, kind="schema",
                                hint="use a string as the key", index=key_node.start_mark.index) from None
            if key in seen:
                first = seen[key].start_mark
                raise YamlError(f"duplicate key {key!r} (first given on line {first.line + 1})",
                                key_node.start_mark.line, key_node.start_mark.column,
                                kind="duplicate-key", hint="remove one of the two entries",
                                index=key_node.start_mark.index)
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """Refuse a core tag on a node it cannot describe (``!!map [a]``, ``!!bool null``)."""
        kind = _TAG_KINDS.get(node.tag)
        if kind is not None and (not isinstance(node, kind) or (
                kind is yaml.ScalarNode and node.tag in _TAG_PATTERNS
                and not _TAG_PATTERNS[node.tag].match(node.value))):
            shown = node.tag.replace("tag:yaml.org,2002:", "!!")
            what = (f"the value {node.value!r}" if isinstance(node, yaml.ScalarNode)
                    else f"a {type(node).__name__.removesuffix('Node').lower()}")
            raise YamlError(f"{what} is not a valid {shown}", node.start_mark.line, node.start_mark.column,
                            kind="tag", hint="remove the tag, or write a value of its type",
                            index=node.start_mark.index)
        return super().construct_object(node, deep=deep)

    def construct_undefined(self, node: yaml.Node) -> Any:
        """Refuse tags outside the core schema."""
        raise YamlError(f"the tag {node.tag!r} is not allowed", node.start_mark.line,
                        node.start_mark.column, kind="tag",
                        hint="remove the tag; claims files are plain data", index=node.start_mark.index)


DataLoader.add_constructor("tag:yaml.org,2002:int", _int12)
for _tag in list(DataLoader.yaml_constructors):
    if _tag is not None and _tag not in _ALLOWED_TAGS:
        del DataLoader.yaml_constructors[_tag]
DataLoader.add_constructor(None, DataLoader.construct_undefined)


@dataclass(frozen=True, slots=True)
class Measure:
    """The alias-expanded size of a document, its depth, and the work it took to find them."""

    expanded: int
    """Values in the document when every alias counts as a full copy of what it names."""
    depth: int
    """Deepest nesting of collections (0 for a scalar document)."""
    chars: int
    """Code points of all strings (keys and values), aliases counted as copies."""
    visited: int
    """Collections the measurement looked into: each distinct one once, however often aliased."""


def _check_size(document: Any, written: int = 0) -> Measure:
    """Measure a document, refusing one whose alias-expanded size, text or depth exceed the limits.

    ``written`` is the length of the YAML text: strings may expand to at most that plus
    :data:`MAX_ALIAS_CHARS`. Sizes are memoised per object (an alias is the same Python object
    as its anchor), so this costs one pass over the distinct collections even when aliases
    would expand to billions.
    """
    sizes: dict[int, tuple[int, int, int]] = {}
    max_chars = written + MAX_ALIAS_CHARS

    def refuse(problem: str, hint: str, limit: str, maximum: int) -> YamlError:
        return YamlError(problem, 0, 0, kind="limit", hint=hint, index=0,
                         data={"limit": limit, "max": maximum, "visited": len(sizes)})

    def size(value: Any, depth: int) -> tuple[int, int, int]:
        if depth > MAX_DEPTH:
            raise refuse(f"the document nests deeper than {MAX_DEPTH} levels", "flatten the structure",
                         "depth", MAX_DEPTH)
        if isinstance(value, dict):
            children: Sequence[Any] = [*value.keys(), *value.values()]
        elif isinstance(value, list):
            children = value
        else:
            return 1, 0, len(value) if isinstance(value, str) else 0
        key = id(value)
        if key not in sizes:
            sizes[key] = (0, 0, 0)  # counted as visited before its children
            total, deepest, chars = 1, 0, 0
            for child in children:
                child_size, child_depth, child_chars = size(child, depth + 1)
                total += child_size
                deepest = max(deepest, child_depth)
                chars += child_chars
                if total > MAX_NODES:
                    raise refuse(f"the document expands to more than {MAX_NODES} values (aliases count as "
                                 "copies)", "remove the aliases ('*name') or split the file", "nodes", MAX_NODES)
                if chars > max_chars:
                    raise refuse(f"the document's aliases expand its text by more than {MAX_ALIAS_CHARS} "
                                 "characters", "remove the aliases ('*name') to long strings", "chars", max_chars)
            sizes[key] = (total, deepest + 1, chars)
        return sizes[key]

    expanded, depth, chars = size(document, 0)
    return Measure(expanded, depth, chars, len(sizes))


class _Fallback(Exception):
    """The fast path met something it leaves to the full loader (which then decides)."""


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_PLAIN_TAG = "klaim:plain"  # a plain scalar, resolved by _plain (never a real YAML tag: no "!" prefix)
_SCALAR_NODE, _SEQUENCE_NODE = yaml.ScalarNode, yaml.SequenceNode  # looked up once per node, not twice


class _NodeLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Composes nodes only; plain scalars are tagged for :func:`_plain` to resolve.

    The composer calls ``resolve`` once per node, so it is a few comparisons here rather than
    the resolver's table walk; the table is applied in :func:`_plain`, to plain scalars only.
    """

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool] | None) -> str:
        if kind is _SCALAR_NODE:
            return _PLAIN_TAG if implicit is not None and implicit[0] else _STR_TAG
        return _SEQ_TAG if kind is _SEQUENCE_NODE else _MAP_TAG

    # The composer also calls these two around every node, for path resolvers; this loader has
    # none (``yaml_path_resolvers`` is empty), so they have nothing to do, not even to check.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


_ANY_START = DataLoader.yaml_implicit_resolvers.get(None, [])
_BY_START = {char: [*resolvers, *_ANY_START]
             for char, resolvers in DataLoader.yaml_implicit_resolvers.items() if char is not None}


_PLAIN_SEEN: dict[str, Any] = {}
"""Plain scalars already resolved (keys such as ``id`` and ``kind`` recur in every file)."""


def _plain(value: str) -> Any:
    """:func:`_resolve_plain`, remembered for short scalars (a bounded memo)."""
    found = _PLAIN_SEEN.get(value, _PLAIN_SEEN)
    if found is not _PLAIN_SEEN:
        return found
    resolved = _resolve_plain(value)
    if len(value) <= 40:
        if len(_PLAIN_SEEN) >= 4096:
            _PLAIN_SEEN.clear()
        _PLAIN_SEEN[value] = resolved
    return resolved


def _resolve_plain(value: str) -> Any:
    """A plain scalar as the core schema reads it (what :class:`DataLoader` constructs): the
    resolver's own table, in its order."""
    tag = next((tag for tag, pattern in _BY_START.get(value[:1], _ANY_START) if pattern.match(value)), None)
    if tag is None:
        return value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() == "true"
    if tag == "tag:yaml.org,2002:int":
        return int(value[2:], 8) if value.startswith("0o") else int(value[2:], 16) if value.startswith("0x") \
            else int(value)
    sign = -1 if value[0] == "-" else 1
    body = value.lower().lstrip("+-") if value[0] in "+-" else value.lower()
    if body == ".inf":
        return sign * float("inf")
    if body == ".nan":
        return float("nan")
    return sign * float(body)


def _load_fast(text: str) -> Any:
    """Compose with libyaml and build the data in one pass that also measures it.

    Returns what :class:`DataLoader` plus :func:`_check_size` would, for the documents claims
    files are made of; raises :class:`_Fallback` for anything else (an explicit tag, a repeated
    or non-scalar key, a recursive alias, a limit reached, a parse error), which the full path
    then reads and reports.
    """
    loader = _NodeLoader(text)
    try:
        root = loader.get_single_node()
    except Exception as error:  # the full path reports it
        raise _Fallback from error
    finally:
        loader.dispose()
    if root is None:
        return None
    try:
        if "*" not in text:  # no alias: every node is met once
            return _TreeBuilder.load(root, len(text) + MAX_ALIAS_CHARS)
        return _Builder(len(text) + MAX_ALIAS_CHARS).build(root, 0)[0]
    except _Fallback:
        raise
    except Exception as error:  # an over-long integer, a deep recursion: the full path reports it
        raise _Fallback from error


class _Builder:
    """Builds and measures composed nodes for :func:`_load_fast` (a class, not a recursive
    closure, so that no reference cycle keeps a document alive until the garbage collector
    runs)."""

    __slots__ = ("built", "max_chars")

    def __init__(self, max_chars: int) -> None:
        self.built: dict[int, tuple[Any, int, int, int]] = {}  # id(node) -> (value, size, depth, chars)
        self.max_chars = max_chars

    @staticmethod
    def scalar(node: yaml.Node) -> tuple[Any, int, int, int]:
        """(value, size, depth, characters) of a scalar node."""
        tag = node.tag
        if tag == _STR_TAG:
            return node.value, 1, 0, len(node.value)
        if tag == _PLAIN_TAG:
            value = _plain(node.value)
            return value, 1, 0, len(value) if isinstance(value, str) else 0
        raise _Fallback

    def build(self, node: yaml.Node, depth: int) -> tuple[Any, int, int, int]:
        kind = node.__class__
        if kind is yaml.ScalarNode:
            return self.scalar(node)
        if depth >= MAX_DEPTH:
            raise _Fallback
        built, key = self.built, id(node)
        if key in built:
            done = built[key]
            if done[1] == 0:
                raise _Fallback  # an alias to a collection still being built: recursive
            return done
        built[key] = (None, 0, 0, 0)
        total, deepest, chars = 1, 0, 0
        if kind is yaml.MappingNode:
            if node.tag != _MAP_TAG:
                raise _Fallback
            data: Any = {}
            for key_node, value_node in node.value:
                if key_node.__class__ is not yaml.ScalarNode:
                    raise _Fallback
                name, _, _, name_chars = self.scalar(key_node)
                if name in data or name.__class__ is float:
                    raise _Fallback
                value, size, child_depth, child_chars = (
                    self.scalar(value_node) if value_node.__class__ is yaml.ScalarNode
                    else self.build(value_node, depth + 1))
                data[name] = value
                total += size + 1
                chars += name_chars + child_chars
                if child_depth > deepest:
                    deepest = child_depth
        else:
            if node.tag != _SEQ_TAG:
                raise _Fallback
            data = []
            for item in node.value:
                value, size, child_depth, child_chars = (
                    self.scalar(item) if item.__class__ is yaml.ScalarNode else self.build(item, depth + 1))
                data.append(value)
                total += size
                chars += child_chars
                if child_depth > deepest:
                    deepest = child_depth
        if total > MAX_NODES or chars > self.max_chars:
            raise _Fallback
        built[key] = result = (data, total, deepest + 1, chars)
        return result


class _TreeBuilder:
    """:class:`_Builder` for a document without aliases (no ``*`` in its text), which is a tree:
    no node is met twice, so nothing is remembered per node and the document is measured as a
    whole (each subtree is smaller than the whole, so a limit a subtree exceeds the whole does).
    Gives the same data and declines the same documents as :class:`_Builder` on such text."""

    __slots__ = ("chars", "nodes")

    def __init__(self) -> None:
        self.nodes = 0
        self.chars = 0

    @classmethod
    def load(cls, root: yaml.Node, max_chars: int) -> Any:
        """The data of the document whose root node is ``root``."""
        if root.__class__ is yaml.ScalarNode:
            return _Builder.scalar(root)[0]
        builder = cls()
        data = builder.collection(root, 0)
        if builder.nodes > MAX_NODES or builder.chars > max_chars:
            raise _Fallback
        return data

    def scalar(self, node: yaml.Node) -> Any:
        """A scalar's value, counted."""
        tag = node.tag
        if tag == _STR_TAG:
            value = node.value
        elif tag == _PLAIN_TAG:
            value = _plain(node.value)
        else:
            raise _Fallback
        self.nodes += 1
        if value.__class__ is str:
            self.chars += len(value)
        return value

    def collection(self, node: yaml.Node, depth: int) -> Any:
        """A mapping's or sequence's data, counted (``depth`` as :meth:`_Builder.build` has it)."""
        if depth >= MAX_DEPTH:
            raise _Fallback
        self.nodes += 1
        scalar, collection = self.scalar, self.collection
        if node.__class__ is yaml.MappingNode:
            if node.tag != _MAP_TAG:
                raise _Fallback
            data: Any = {}
            for key_node, value_node in node.value:
                if key_node.__class__ is not yaml.ScalarNode:
                    raise _Fallback
                name = scalar(key_node)
                if name in data or name.__class__ is float:
                    raise _Fallback
                data[name] = (scalar(value_node) if value_node.__class__ is yaml.ScalarNode
                              else collection(value_node, depth + 1))
            return data
        if node.tag != _SEQ_TAG:
            raise _Fallback
        return [scalar(item) if item.__class__ is yaml.ScalarNode else collection(item, depth + 1)
                for item in node.value]


# --- the line reader: the common shape of a claims file, read without composing nodes ----------

_UNREADABLE = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                         "\U00010000-\U0010ffff]")
"""A character the line reader leaves to libyaml: a tab, a carriage return or any line break but
LF (YAML also breaks lines at NEL, LS and PS), a byte-order mark, a non-printable character."""
_DOUBLE_QUOTED = r'"[^"\\\n]*(?:\\(?:["\\bfnrt]|u(?![dD][89a-fA-F])[0-9a-fA-F]{4})[^"\\\n]*)*"'
"""A double-quoted scalar on one line whose escapes are all JSON's (no surrogate halves)."""
_SINGLE_QUOTED = r"'[^'\n]*(?:''[^'\n]*)*'"
_LINE = re.compile(
    r"^( *+)(?:(-(?: ++|(?=\n|\Z)))?(?:([A-Za-z_][A-Za-z0-9_-]{0,200}):(?: ++|(?=\n|\Z)))?"
    rf"(?:({_DOUBLE_QUOTED})|({_SINGLE_QUOTED})|([{{\[][^\n]*)"
    r"|([^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*))?(?: *+(?<!\S)#[^\n]*| *+)$|([^\n]+))", re.MULTILINE)
"""One line: its indentation, a sequence dash, a key, then one of a double-quoted, a
single-quoted, a flow (to the end of the line) or a plain value (to the end of the line: a comment
is cut off in Python); or, in the last group, any line of another shape."""
_FLOW_ENTRY = re.compile(
    rf" *+(?:([A-Za-z_][A-Za-z0-9_-]{{0,200}}): ++)?(?:({_DOUBLE_QUOTED})|({_SINGLE_QUOTED})"
    r"|([^\s,\[\]{}#&*!|>'\"%@`?:\-](?:[^,\[\]{}#:'\"\n]*[^\s,\[\]{}#:'\"])?)) *+([,\]}])")
"""An entry of a one-line flow collection, its key (in a mapping), its value and what follows it."""
_AFTER_FLOW = re.compile(r"(?: ++#.*)? *+")
_NO_VALUE = object()
_NOT_STRING_KEYS = frozenset(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"])
"""The keys of the line reader's form (a letter or ``_``, then letters, digits, ``_`` and ``-``)
that the core schema does not read as strings."""


def _line_scalar(double: str, single: str, plain: str) -> Any:
    """The value of a scalar the line reader matched (exactly one of the three is given)."""
    if double:
        return json.loads(double) if "\\" in double else double[1:-1]
    if single:
        return single[1:-1].replace("''", "'")
    return _plain(plain)


def _line_flow(text: str) -> tuple[Any, int]:
    """A flow collection written on one line, of scalars only, and its number of values."""
    opening, closing = text[0], "}" if text[0] == "{" else "]"
    mapping = opening == "{"
    data: Any = {} if mapping else []
    position, count, end = 1, 1, ""
    if text.startswith("]", 1) and not mapping:
        position, end = 2, "]"
    while end != closing:
        entry = _FLOW_ENTRY.match(text, position)
        if entry is None:
            raise _Fallback
        key, double, single, plain, end = entry.groups()
        if end != "," and end != closing:
            raise _Fallback
        value = _line_scalar(double, single, plain)
        if mapping:
            if not key or key in _NOT_STRING_KEYS or key in data:
                raise _Fallback
            data[key] = value
            count += 2
        else:
            if key:
                raise _Fallback  # "[a: b]" is a mapping inside the sequence
            data.append(value)
            count += 1
        position = entry.end()
    if _AFTER_FLOW.fullmatch(text, position) is None:
        raise _Fallback
    return data, count


def _load_lines(text: str) -> Any:
    """Read a document of the shape claims files have, line by line, as :class:`DataLoader`
    does; raise :class:`_Fallback` for anything else.

    Read: block mappings and sequences (a sequence may sit at its key's indentation; ``- key:``
    opens a mapping), keys of letters, digits, ``_`` and ``-``, values on the key's line
    (plain, quoted on one line with JSON's escapes only, or a one-line flow collection of such
    scalars), comments and blank lines. Declined: anything else (a value continued on another
    line, a block scalar, an anchor, an alias, a tag, a directive, a document marker, a tab, a
    carriage return, a duplicate key, a key that is not a string), and whatever would come near
    a limit. A document it reads is a tree well inside the limits: no size check is needed.
    """
    try:
        return _read_lines(text)
    except (ValueError, RecursionError) as error:  # an integer too long to convert: the full path reports it
        raise _Fallback from error


def _read_lines(text: str) -> Any:
    if _UNREADABLE.search(text) is not None:
        raise _Fallback
    indents: list[int] = []
    dashes: list[int] = []
    keys: list[str] = []
    values: list[Any] = []
    count = 0
    for indent, dash, key, double, single, flow, plain, other in _LINE.findall(text):
        if other:
            raise _Fallback
        if plain:
            cut = plain.find(" #")
            plain = (plain if cut == -1 else plain[:cut]).rstrip(" ")
            if ": " in plain or plain[-1] == ":":
                raise _Fallback  # a mapping where libyaml allows none
            value = _plain(plain)
        elif double or single:
            value = _line_scalar(double, single, "")
        elif flow:
            value, size = _line_flow(flow)
            count += size
        elif dash or key:
            value = _NO_VALUE
        else:
            continue  # a blank or comment line
        if not dash and not key:
            raise _Fallback  # a scalar on a line of its own: the document, or a continued value
        indents.append(len(indent))
        dashes.append(len(dash))
        keys.append(key)
        values.append(value)
    if not keys:
        raise _Fallback
    reader = _LineReader(indents, dashes, keys, values)
    data, stop = reader.node(0, 0)
    if stop != len(keys) or reader.count + count > MAX_NODES // 2:
        raise _Fallback
    return data


_MAX_LINE_DEPTH = MAX_DEPTH // 2
"""The deepest block nesting the line reader reads (a one-line flow adds one level): well inside
the limit, which the full loader reports."""


class _LineReader:
    """The block structure of the lines :func:`_load_lines` matched (a key, a dash, or both,
    with the value on the line or ``_NO_VALUE``). Every mapping and sequence checks its depth:
    each is one level, however it is entered (below a key, at its key's indentation, or as a
    ``- key:`` entry)."""

    __slots__ = ("count", "dashes", "indents", "keys", "values")

    def __init__(self, indents: list[int], dashes: list[int], keys: list[str], values: list[Any]) -> None:
        self.indents, self.dashes, self.keys, self.values = indents, dashes, keys, values
        self.count = 0

    def node(self, at: int, depth: int) -> tuple[Any, int]:
        """The collection that starts at line ``at``, and the line after it."""
        if self.dashes[at]:
            return self.sequence(at, self.indents[at], depth)
        return self.mapping(at, self.indents[at], depth)

    def _below(self, at: int, indent: int, depth: int, *, sequence_allowed: bool) -> tuple[Any, int]:
        """The value of a key or dash with nothing after it on its line: the collection on the
        lines below (more indented, or a sequence at the key's indentation), else null."""
        if at < len(self.keys):
            if self.indents[at] > indent:
                return self.node(at, depth + 1)
            if sequence_allowed and self.indents[at] == indent and self.dashes[at]:
                return self.sequence(at, indent, depth + 1)
        self.count += 1
        return None, at

    def mapping(self, at: int, indent: int, depth: int) -> tuple[dict[str, Any], int]:
        if depth >= _MAX_LINE_DEPTH:
            raise _Fallback
        indents, dashes, keys, values = self.indents, self.dashes, self.keys, self.values
        count = len(keys)
        data: dict[str, Any] = {}
        while at < count:
            if indents[at] != indent:
                if indents[at] > indent:
                    raise _Fallback  # a value continued on the next line, or a stray indent
                break
            if dashes[at]:
                raise _Fallback
            name = keys[at]
            if name in _NOT_STRING_KEYS or name in data:
                raise _Fallback
            value = values[at]
            at += 1
            if value is _NO_VALUE:
                value, at = self._below(at, indent, depth, sequence_allowed=True)
            data[name] = value
        self.count += 1 + 2 * len(data)
        return data, at

    def sequence(self, at: int, indent: int, depth: int) -> tuple[list[Any], int]:
        if depth >= _MAX_LINE_DEPTH:
            raise _Fallback
        indents, dashes, keys, values = self.indents, self.dashes, self.keys, self.values
        count = len(keys)
        data: list[Any] = []
        while at < count:
            if indents[at] != indent:
                if indents[at] > indent:
                    raise _Fallback
                break
            dash = dashes[at]
            if not dash:
                break
            if keys[at]:
                # "- id: x": the line opens a mapping at the key's column.
                indents[at], dashes[at] = indent + dash, 0
                value, at = self.mapping(at, indent + dash, depth + 1)
            else:
                value = values[at]
                at += 1
                if value is _NO_VALUE:
                    value, at = self._below(at, indent, depth, sequence_allowed=False)
            data.append(value)
        self.count += 1 + len(data)
        return data, at


def load_yaml(text: str) -> Any:
    """Load one YAML document as plain data; raises :class:`YamlError` with a location.

    Two fast paths read ordinary documents: the line reader (:func:`_load_lines`) the usual
    shape of a claims file, libyaml's composer (:func:`_load_fast`) the rest. Whatever both
    decline is read again by the full loader, which gives the same data or the located error.
    """
    try:
        return _load_lines(text)
    except _Fallback:
        pass
    try:
        return _load_fast(text)
    except _Fallback:
        return _load_full(text)


def _load_full(text: str) -> Any:
    """:func:`load_yaml` by the full loader: every document, every error located."""
    try:
        loader = DataLoader(text)
        try:
            document = loader.get_single_data()
        finally:
            loader.dispose()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = str(error.problem or error.context or "invalid YAML")
        if "maximum nesting depth" in problem:  # libyaml's own bound on flow and block nesting
            raise YamlError(f"the document nests deeper than {MAX_DEPTH} levels", mark.line if mark else 0,
                            mark.column if mark else 0, kind="limit", hint="flatten the structure",
                            index=mark.index if mark else 0,
                            data={"limit": "depth", "max": MAX_DEPTH}) from None
        problem, hint, facts = _syntax_explained(text, error, problem)
        raise YamlError(problem, mark.line if mark else 0, mark.column if mark else 0, hint=hint,
                        index=mark.index if mark else 0, data=facts) from None
    except yaml.reader.ReaderError as error:
        char = error.character
        code = ord(char) if isinstance(char, str) and len(char) == 1 else char
        shown = f"U+{code:04X}" if isinstance(code, int) else repr(char)
        raise YamlError(f"the character {shown} is not allowed in YAML", 0, 0,
                        kind="syntax", hint="remove the control character, or write it as an escape in quotes",
                        index=error.position) from None
    except RecursionError:
        raise YamlError("the document nests too deep to read", 0, 0, kind="limit", hint="flatten the structure",
                        index=0, data={"limit": "depth", "max": MAX_DEPTH}) from None
    except (yaml.YAMLError, ValueError) as error:
        raise YamlError(f"invalid YAML: {error}", 0, 0, hint="fix the YAML syntax", index=0) from None
    _check_size(document, len(text))
    return document


_SYNTAX_HINT = "fix the YAML syntax at this position"


def _line_at(text: str, index: int) -> tuple[int, str]:
    """The start offset and the text of the line holding ``index``."""
    index = max(0, min(index, len(text)))
    start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    ends = [at for at in (text.find("\n", start), text.find("\r", start)) if at != -1]
    return start, text[start:min(ends, default=len(text))]


def _previous_line(text: str, start: int) -> str | None:
    """The nearest line before the one starting at ``start`` that holds more than a comment."""
    while start > 0:
        start, line = _line_at(text, start - 1)
        if line.strip() and not line.lstrip().startswith("#"):
            return line
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _syntax_explained(text: str, error: yaml.MarkedYAMLError,
                      problem: str) -> tuple[str, str, dict[str, int | str]]:
    """The parser's ``problem`` said for an editor: (message, hint, facts for ``data``).

    The causes editors meet most are indentation ones, which the parser reports as what it
    missed ("did not find expected key"): a tab (YAML forbids tabs for indentation), a key
    indented deeper or shallower than the keys of its mapping, and an unquoted ``: `` inside a
    value. ``data["cause"]`` is ``tab``, ``indentation`` or ``colon-in-value``; for
    indentation, ``indent`` is the line's and ``expected_indent`` its mapping's, when known.
    """
    mark, context = error.problem_mark, error.context_mark
    if mark is None:
        return problem, _SYNTAX_HINT, {}
    start, line = _line_at(text, mark.index)
    leading = line[:len(line) - len(line.lstrip(" \t"))]
    if "\t" in leading or text[mark.index:mark.index + 1] == "\t":
        return ("a tab is used for indentation", "YAML does not allow tabs for indentation: indent with spaces",
                {"cause": "tab"})
    indent = _indent(line)
    stripped = line.strip()
    shown = stripped.split(": ", 1)[0][:30] + ":" if ": " in stripped else stripped[:30]
    if problem == "did not find expected key" and context is not None:
        expected = context.column
        if indent == expected:
            return (problem, "check the indentation of this line and of the line above it",
                    {"cause": "indentation", "indent": indent})
        return (f"this line is indented {indent} spaces, the keys of its mapping (from line "
                f"{context.line + 1}) {expected}",
                f"indent {shown!r} by {expected} spaces, like the keys above it",
                {"cause": "indentation", "indent": indent, "expected_indent": expected})
    if problem == "did not find expected '-' indicator" and context is not None:
        previous = _previous_line(text, start)
        expected = context.column + 2
        if previous is not None:  # the keys of the item above: after its '- ' on its first line
            expected = _indent(previous) + (2 if previous.lstrip().startswith("- ") else 0)
        return (f"this line is indented {indent} spaces, less than the keys of the list item above it "
                f"({expected}), so a new item ('- ') was expected",
                f"indent {shown!r} by {expected} spaces, like the keys above it, or start a new item with '- '",
                {"cause": "indentation", "indent": indent, "expected_indent": expected})
    if problem.startswith("mapping values are not allowed"):
        first_colon = line.find(": ")
        if 0 <= first_colon < mark.index - start:
            return ("a value that is not quoted contains ': '",
                    "put the value in double quotes, e.g. summary: \"He said: yes\"", {"cause": "colon-in-value"})
        previous = _previous_line(text, start)
        if previous is not None and indent > _indent(previous):
            return (f"this line is indented deeper ({indent} spaces) than the line above it "
                    f"({_indent(previous)}), so it is read as part of that line's value",
                    f"indent {shown!r} like the keys above it",
                    {"cause": "indentation", "indent": indent, "expected_indent": _indent(previous)})
    return problem, _SYNTAX_HINT, {}


@dataclass(frozen=True, slots=True)
class NodeSpan:
    """Where a node stands in the YAML text: 0-based line/column and code-point offsets."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


def _c_marks_are_code_points() -> bool:
    """Whether this libyaml build reports marks in code points, as the pure-Python one does."""
    if _BaseLoader is yaml.SafeLoader:
        return False
    probe = 'a: "ü😀"\r\nb: [é, "x"]\n'
    try:
        fast, slow = yaml.compose(probe, Loader=_BaseLoader), yaml.compose(probe, Loader=yaml.SafeLoader)
    except yaml.YAMLError:  # pragma: no cover - both read the probe
        return False
    if not isinstance(fast, yaml.MappingNode) or not isinstance(slow, yaml.MappingNode):  # pragma: no cover
        return False
    marks = [[(n.start_mark.index, n.start_mark.line, n.start_mark.column, n.end_mark.index)
              for pair in node.value for n in pair] for node in (fast, slow)]
    return marks[0] == marks[1]


_COMPOSER: type[yaml.SafeLoader] = _BaseLoader if _c_marks_are_code_points() else yaml.SafeLoader


@lru_cache(maxsize=16)
def _compose(text: str) -> yaml.Node | None:
    # Locations need code-point marks: libyaml's composer when its marks are code points (checked
    # once above; about ten times faster), else the pure-Python one. A leading BOM is skipped by
    # libyaml's marks only, so such text takes the Python path. This runs only when a finding
    # needs a location, and once per claims file however many findings it has.
    loader = (yaml.SafeLoader if text.startswith("\ufeff") else _COMPOSER)(text)
    try:
        return loader.get_single_node()
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    finally:
        loader.dispose()


def _walk(text: str, path: Sequence[str | int]) -> tuple[yaml.Node | None, yaml.Node | None]:
    """The deepest node the path reaches (skipping steps that name nothing, such as a union's
    tag in a validation error), and the key node of the last step when it names a mapping key."""
    node = _compose(text)
    if node is None:
        return None, None
    key: yaml.Node | None = None
    for step in path:
        key = None
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(step):
                    key, child = key_node, value_node
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            child = node.value[step]
        if child is not None:
            node = child
    return node, key


def _span(node: yaml.Node | None) -> NodeSpan:
    if node is None:
        return NodeSpan(0, 0, 0, 0, 0, 0)
    start, end = node.start_mark, node.end_mark
    return NodeSpan(start.line, start.column, end.line, end.column, start.index, end.index)


def locate(text: str, path: Sequence[str | int]) -> NodeSpan:
    """The node at a JSON path (keys and list indexes); the nearest existing parent where the
    path runs out (a missing key points at its mapping)."""
    return _span(_walk(text, path)[0])


def locate_key(text: str, path: Sequence[str | int]) -> NodeSpan:
    """Like :func:`locate`, but the last step's *key* node (an unknown or misspelt key)."""
    node, key = _walk(text, path)
    return _span(key if key is not None else node)
