"""Word documents (.docx), read with python-docx: paragraphs and tables in the order the
body holds them. A .docx keeps text in reading order, so nothing is reordered; paragraphs
are separated by a blank line as in a text file, a table's rows are lines of their cells.
"""

from __future__ import annotations

import io
import zipfile

from nashra.model import Document
from nashra.reading.errors import ReadError

_BODY = "word/document.xml"


def is_docx(data: bytes) -> bool:
    """Whether zip bytes are a Word document (a .docx is a zip holding word/document.xml)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _BODY in archive.namelist()
    except zipfile.BadZipFile:
        return False


def docx_document(data: bytes, source: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(source, f"unreadable Word document: {exc}") from None
    blocks: list[str] = []
    for element in word.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(element, word).text.strip()
            if text:
                blocks.append(text)
        elif tag == "tbl":
            blocks.extend(_rows(Table(element, word)))
    text = "\n\n".join(blocks)
    if not text.strip():
        raise ReadError(source, "empty document")
    return Document(text=text, source_id=source, source_file=source)


def _rows(table) -> list[str]:
    """A table's rows as lines, cells apart by " | " (a merged cell once, not per column)."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows
