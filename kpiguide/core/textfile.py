"""Reading text files whatever their encoding: UTF-8 (with or without BOM), UTF-16, GBK/GB18030.

Chinese users often save CSV and YAML from Excel or WPS in GBK; we detect it instead
of asking them to convert.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from kpiguide.core.errors import InputError, Problem

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
            f"Cannot read {source} as text",
            [
                Problem(
                    "the file is not UTF-8, GBK/GB18030 or another text encoding; "
                    "save it as UTF-8 (CSV UTF-8 in Excel) and try again",
                    file=source,
                )
            ],
        )
    return str(best), best.encoding


def _undecodable(data: bytes, exc: UnicodeDecodeError, encoding: str, source: str) -> InputError:
    """A located error for a file that starts like ``encoding`` (its BOM) but is not valid in it."""
    name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(encoding, encoding)
    # utf-8-sig counts positions after its BOM, utf-16 from the first byte of the file
    offset = exc.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
    if encoding == "utf-16" and len(data) % 2:
        reason = f"it has an odd number of bytes ({len(data)}), so the last character is cut off"
        offset = len(data) - 1
    else:
        reason = f"the byte {data[offset]:#04x} is not valid {name} there"
    line = data[:offset].decode(encoding, errors="replace").count("\n") + 1
    return InputError(
        f"Cannot read {source} as text",
        [
            Problem(
                f"the file starts with a {name} byte-order mark but is not valid {name}: {reason} "
                f"(byte offset {offset}); save it again as UTF-8 (CSV UTF-8 in Excel) and try again",
                file=source,
                line=line,
            )
        ],
    )


def read_text(path: str | Path) -> tuple[str, str]:
    """Read a text file with encoding detection; return ``(text, encoding)``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"File not found: {str(path)!r}. Check the path and try again.") from None
    except IsADirectoryError:
        raise InputError(f"{str(path)!r} is a folder, not a file.") from None
    except PermissionError:
        raise InputError(f"No permission to read {str(path)!r}.") from None
    return decode_bytes(data, str(path))
