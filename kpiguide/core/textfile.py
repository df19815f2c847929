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
            return data.decode(encoding), encoding
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
