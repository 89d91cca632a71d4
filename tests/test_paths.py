"""Report paths: ``relative`` compares resolved paths as text, as ``Path.relative_to`` would."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from klaim.engine import _resolved_root, forget_folders, relative, resolve

_PARTS = st.lists(st.sampled_from(["a", "b", "ab", "a.b", "é", "seeds", "x y"]), max_size=4)


def _by_pathlib(path: Path, root: Path) -> str:
    resolved = resolve(path)
    try:
        return resolved.relative_to(_resolved_root(root)).as_posix()
    except ValueError:
        return resolved.as_posix()


@given(_PARTS, _PARTS)
@settings(max_examples=300, deadline=None, derandomize=True)
def test_relative_agrees_with_relative_to(root_parts: list[str], path_parts: list[str]) -> None:
    # Inside the root, beside it (a sibling whose name begins with the root's), above it, and
    # the root itself; paths that do not exist resolve as written.
    forget_folders()
    base = Path("/tmp/klaim-paths-test")
    root = base.joinpath(*root_parts)
    for path in (root.joinpath(*path_parts), base.joinpath(*path_parts), Path(str(root) + "b", *path_parts),
                 root, Path("/"), Path("/", *path_parts)):
        assert relative(path, root) == _by_pathlib(path, root), (path, root)
    assert relative(Path("/", *path_parts), Path("/")) == _by_pathlib(Path("/", *path_parts), Path("/"))
