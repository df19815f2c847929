"""Reading text files whatever their encoding: UTF-8 (with or without BOM), UTF-16, GBK/GB18030.

Chinese users often save CSV and YAML from Excel or WPS in GBK; we detect it instead
of asking them to convert.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import Msg

__all__ = ["decode_bytes", "read_text"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``. Raises :class:`InputError` if nothing fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _undecodable(data, exc, encoding, source) from None
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes  # optional: only for files neither UTF-8 nor GB18030

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            Msg("textfile.cannot_read", source=source), [Problem(Msg("textfile.no_encoding"), file=source)]
        )
    return str(best), best.encoding


def _undecodable(data: bytes, exc: UnicodeDecodeError, encoding: str, source: str) -> InputError:
    """A located error for a file that starts like ``encoding`` (its BOM) but is not valid in it."""
    name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(encoding, encoding)
    # utf-8-sig counts positions after its BOM, utf-16 from the first byte of the file
    offset = exc.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
    if encoding == "utf-16" and len(data) % 2:
        offset = len(data) - 1
        message = Msg("textfile.bom_odd_bytes", encoding=name, size=len(data), offset=offset)
    else:
        message = Msg("textfile.bom_bad_byte", encoding=name, byte=f"{data[offset]:#04x}", offset=offset)
    line = data[:offset].decode(encoding, errors="replace").count("\n") + 1
    return InputError(Msg("textfile.cannot_read", source=source), [Problem(message, file=source, line=line)])


def read_text(path: str | Path) -> tuple[str, str]:
    """Read a text file with encoding detection; return ``(text, encoding)``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Msg("textfile.not_found", path=str(path))) from None
    except IsADirectoryError:
        raise InputError(Msg("textfile.is_folder", path=str(path))) from None
    except PermissionError:
        raise InputError(Msg("textfile.no_permission", path=str(path))) from None
    return decode_bytes(data, str(path))
