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
    """A document that is not acceptable YAML data. ``line``/``column`` are 0-based."""

    def __init__(self, problem: str, line: int, column: int, *, kind: str = "syntax",
                 hint: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
        self.column = column
        self.kind = kind
        self.hint = hint


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
                                hint="write the keys out in full")
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise YamlError("a mapping key must be a plain value", key_node.start_mark.line,
                                key_node.start_mark.column, kind="schema",
                                hint="use a string as the key") from None
            if key in seen:
                first = seen[key].start_mark
                raise YamlError(f"duplicate key {key!r} (first given on line {first.line + 1})",
                                key_node.start_mark.line, key_node.start_mark.column,
                                kind="duplicate-key", hint="remove one of the two entries")
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    def construct_undefined(self, node: yaml.Node) -> Any:
        """Refuse tags outside the core schema."""
        raise YamlError(f"the tag {node.tag!r} is not allowed", node.start_mark.line,
                        node.start_mark.column, kind="tag",
                        hint="remove the tag; claims files are plain data")


DataLoader.add_constructor("tag:yaml.org,2002:int", _int12)
for _tag in list(DataLoader.yaml_constructors):
    if _tag is not None and _tag not in _ALLOWED_TAGS:
        del DataLoader.yaml_constructors[_tag]
DataLoader.add_constructor(None, DataLoader.construct_undefined)


def _check_size(document: Any) -> None:
    """Refuse documents whose alias-expanded size or depth exceed the limits.

    Sizes are memoised per object, so this costs one pass over the distinct nodes even when
    aliases would expand to billions.
    """
    sizes: dict[int, int] = {}

    def size(value: Any, depth: int) -> int:
        if depth > MAX_DEPTH:
            raise YamlError(f"the document nests deeper than {MAX_DEPTH} levels", 0, 0,
                            kind="limit", hint="flatten the structure")
        if isinstance(value, dict):
            children: Sequence[Any] = [*value.keys(), *value.values()]
        elif isinstance(value, list):
            children = value
        else:
            return 1
        key = id(value)
        if key not in sizes:
            sizes[key] = 1 + sum(size(child, depth + 1) for child in children)
            if sizes[key] > MAX_NODES:
                raise YamlError(f"the document expands to more than {MAX_NODES} values "
                                "(aliases count as copies)", 0, 0, kind="limit",
                                hint="remove the aliases ('*name') or split the file")
        return sizes[key]

    size(document, 0)


def load_yaml(text: str) -> Any:
    """Load one YAML document as plain data; raises :class:`YamlError` with a location."""
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
        raise YamlError(str(error.problem or error.context or "invalid YAML"),
                        mark.line if mark else 0, mark.column if mark else 0,
                        hint="fix the YAML syntax at this position") from None
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        raise YamlError(f"invalid YAML: {error}", 0, 0, hint="fix the YAML syntax") from None
    _check_size(document)
    return document


@dataclass(frozen=True, slots=True)
class NodeSpan:
    """Where a node stands in the YAML text: 0-based line/column and code-point offsets."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


@lru_cache(maxsize=16)
def _compose(text: str) -> yaml.Node | None:
    # The pure-Python composer gives code-point marks; this runs only when a finding needs a
    # location, and once per claims file however many findings it has.
    loader = yaml.SafeLoader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError:
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
