"""Bytes to text: UTF-8, UTF-16 (with or without a byte-order mark) and Windows-1256."""

from __future__ import annotations

import codecs

from nashra.reading.errors import ReadError


def decode(data: bytes, source: str) -> str:
    """Decode a text file's bytes, or raise ReadError naming the file and where it went wrong.

    UTF-8 is tried first since it fails loudly on anything else; Windows-1256 decodes nearly
    every byte, so it is accepted only when the result reads as Arabic text.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    utf16 = _sniff_utf16(data)
    if utf16:
        return _strict(data, utf16, source)
    try:
        return _universal_newlines(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc
    text = data.decode("cp1256", errors="replace")
    if _reads_as_arabic(text):
        return _universal_newlines(text)
    line, column = _position(data, utf8_error.start)
    raise ReadError(
        source,
        f"cannot decode byte 0x{data[utf8_error.start]:02x} at column {column}: the file is "
        "not UTF-8, UTF-16 or Windows-1256 text",
        line=line,
    )


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return _universal_newlines(data.decode(encoding))
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start) if encoding == "utf-8" else (None, exc.start)
        raise ReadError(
            source, f"invalid {encoding.upper()} at byte {exc.start} (column {column})", line=line
        ) from None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the high byte of each code unit is 0x00 for ASCII and 0x06 for
    Arabic, so one half of the bytes is almost all 0x00 and 0x06 and the other is not."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2

    def high_share(units: bytes) -> float:
        return sum(1 for b in units if b in (0x00, 0x06)) / half

    even, odd = high_share(sample[0::2]), high_share(sample[1::2])
    if odd > 0.8 and even < 0.5 and 0 in sample[1::2] + sample[0::2]:
        return "utf-16-le"
    if even > 0.8 and odd < 0.5 and 0 in sample[0::2] + sample[1::2]:
        return "utf-16-be"
    return None


def _reads_as_arabic(text: str) -> bool:
    """Windows-1256 text is mostly ASCII and Arabic letters; binary data is not."""
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return False
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff")
    controls = sum(1 for c in text if c < " " and c not in "\t\n\r\f")
    return arabic >= 0.8 * len(non_ascii) and controls == 0 and "\ufffd" not in text


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def _universal_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
