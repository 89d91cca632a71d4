"""A report that stays on disk while an archive is checked.

``klaim check`` holds one article at a time, but its report lists every file and every finding,
sorted. The spool keeps each file entry and finding as one JSON record in an anonymous
temporary file, and in memory only what sorting needs (a key and the record's place), so a run
over 10,000 articles uses about the memory of a run over 1,000. The report it gives back reads
its records from the file as reporters iterate over them, in the report's one order.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Generic, TypeVar, cast, overload

from pydantic import BaseModel

from klaim import __version__
from klaim.models import FileEntry, Finding, Report, ToolInfo

_Record = TypeVar("_Record", bound=BaseModel)


class SpoolError(Exception):
    """The spool file cannot be written (the message says why and is meant for the user)."""


def _spool_error(error: OSError) -> SpoolError:
    return SpoolError(f"cannot write the report's temporary file: {error.strerror or error}")


class SpooledList(Sequence[_Record], Generic[_Record]):
    """A read-only sequence of models whose JSON records are in a spool file."""

    def __init__(self, handle: IO[bytes], model: type[_Record], places: list[tuple[int, int]]) -> None:
        self._handle = handle
        self._model = model
        self._places = places

    def __len__(self) -> int:
        return len(self._places)

    @overload
    def __getitem__(self, index: int) -> _Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[_Record]: ...

    def __getitem__(self, index: int | slice) -> _Record | list[_Record]:
        if isinstance(index, slice):
            return [self._read(place) for place in self._places[index]]
        return self._read(self._places[index])

    def __iter__(self) -> Iterator[_Record]:
        for place in self._places:
            yield self._read(place)

    def _read(self, place: tuple[int, int]) -> _Record:
        offset, length = place
        self._handle.seek(offset)
        return self._model.model_validate_json(self._handle.read(length))


class ReportSpool:
    """Collects file entries and findings as a run produces them; :meth:`report` sorts them.

    Findings are ordered by (file, line, column, code, offset), ties in the order they were
    added, and file entries by (path, kind), the first entry of a path and kind standing: the
    order :func:`klaim.engine.build_report` gives.
    """

    def __init__(self) -> None:
        # Closed by close() / the with block; an anonymous file, gone with the process anyway.
        self._handle: IO[bytes] = tempfile.TemporaryFile(prefix="klaim-report-")  # noqa: SIM115
        self._size = 0
        # Records are appended where the last one ended, without a seek (which would flush the
        # buffer: a system call per record) until the report's lists read the file.
        self._at_end = True
        # A file entry's key and place as one string and one int: a big archive has two per
        # article, so they are kept small.
        self._files: dict[str, int] = {}
        self._findings: list[tuple[tuple[str, int, int, str, int], int, int, int]] = []
        self._counts: dict[str, int] = {}

    def _append(self, record: BaseModel) -> tuple[int, int]:
        data = record.model_dump_json().encode("utf-8")
        try:
            if not self._at_end:
                self._handle.seek(self._size)
                self._at_end = True
            self._handle.write(data)
        except OSError as error:  # a full disk, a temporary folder gone
            raise _spool_error(error) from None
        place = (self._size, len(data))
        self._size += len(data)
        return place

    def add(self, files: Iterable[FileEntry], findings: Iterable[Finding]) -> None:
        """Spool one target's file entries and findings."""
        for entry in files:
            key = f"{entry.path}\0{entry.kind}"  # sorts as (path, kind): NUL is in no path
            if key not in self._files:
                offset, length = self._append(entry)
                self._files[key] = offset << 32 | length
        for finding in findings:
            key_ = (finding.file, finding.line, finding.column, finding.code, finding.offset)
            offset, length = self._append(finding)
            self._findings.append((key_, len(self._findings), offset, length))
            self._counts[finding.code] = self._counts.get(finding.code, 0) + 1

    def report(self) -> Report:
        """The report, its files and findings read from the spool as they are used.

        The lists are read-only sequences (``model_construct`` skips validation: every record
        was a validated model when it was spooled). Use it before :meth:`close`.
        """
        files = SpooledList(self._handle, FileEntry, [(self._files[key] >> 32, self._files[key] & 0xFFFFFFFF)
                                                      for key in sorted(self._files)])
        findings = SpooledList(self._handle, Finding,
                               [(offset, length) for _, _, offset, length in sorted(self._findings)])
        try:
            self._handle.flush()  # the last records may still be in the buffer
        except OSError as error:
            raise _spool_error(error) from None
        self._at_end = False  # the lists read (seek) from here on
        return Report.model_construct(
            version=1, tool=ToolInfo(name="klaim", version=__version__),
            files=cast(list[FileEntry], files), findings=cast(list[Finding], findings),
            counts=dict(sorted(self._counts.items())))

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> ReportSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def materialise(report: Report) -> Report:
    """A report whose lists are real lists (a spooled report read in full)."""
    return Report.model_construct(version=report.version, tool=report.tool, files=list(report.files),
                                  findings=list(report.findings), counts=dict(report.counts))
