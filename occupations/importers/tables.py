"""Reading the agencies' text tables row by row, with line numbers for error messages."""

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from occupations.importers.common import ImportFileError

Row = dict[str, str]


def read_text(path: Path) -> str:
    if not path.is_file():
        raise ImportFileError(path, "file not found")
    data = path.read_bytes()
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError(path, "this is a binary file, not a text table", line=line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(path, "the text is not UTF-8", line=line) from None


def tab_rows(path: Path, required: Sequence[str]) -> Iterator[tuple[int, Row]]:
    """Rows of a tab-separated file with one header row, as (line number, {column: value}).

    The file and its header are checked at once; the rows are checked as they are read.
    """
    lines = read_text(path).split("\n")
    header = [name.strip() for name in lines[0].rstrip("\r").split("\t")]
    check_columns(path, header, required)
    return _tab_data(path, header, lines)


def _tab_data(path: Path, header: list[str], lines: list[str]) -> Iterator[tuple[int, Row]]:
    for number, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            raise ImportFileError(
                path,
                f"expected {len(header)} tab-separated fields, found {len(fields)}",
                line=number,
            )
        yield number, dict(zip(header, (value.strip() for value in fields), strict=True))


def csv_rows(
    path: Path, required: Sequence[str], *, normalise: Callable[[str], str] = str.strip
) -> Iterator[tuple[int, Row]]:
    """Rows of a comma-separated file with one header row, as (line number, {column: value}).

    The file and its header are checked at once; the rows are checked as they are read.
    """
    reader = csv.reader(io.StringIO(read_text(path), newline=""))
    try:
        header = [normalise(name) for name in next(reader, [])]
    except csv.Error as error:
        raise ImportFileError(path, f"malformed CSV ({error})", line=reader.line_num) from None
    check_columns(path, header, required)
    return _csv_data(path, header, reader)


def _csv_data(path: Path, header: list[str], reader) -> Iterator[tuple[int, Row]]:
    try:
        for fields in reader:
            if not any(value.strip() for value in fields):
                continue
            if len(fields) != len(header):
                raise ImportFileError(
                    path,
                    f"expected {len(header)} comma-separated fields, found {len(fields)}",
                    line=reader.line_num,
                )
            values = (value.strip() for value in fields)
            yield reader.line_num, dict(zip(header, values, strict=True))
    except csv.Error as error:
        raise ImportFileError(path, f"malformed CSV ({error})", line=reader.line_num) from None


def check_columns(path: Path, header: Sequence[str], required: Sequence[str], *, unit="line"):
    missing = [name for name in required if name not in header]
    if missing:
        names = ", ".join(repr(name) for name in missing)
        raise ImportFileError(
            path, f"missing column{'s' if len(missing) > 1 else ''} {names}", line=1, unit=unit
        )
