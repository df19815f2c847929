from __future__ import annotations

import string

from kpiguide.core.i18n import message_table


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_connector_and_signal_texts_exist_in_both_languages_with_the_same_placeholders():
    table = {k: v for k, v in message_table().items() if k.startswith(("connectors.", "signals."))}
    assert len(table) > 60
    for key, entry in table.items():
        parts = [entry[p] for p in ("message", "suggestion")] if "message" in entry else [entry]
        for part in parts:
            assert set(part) == {"zh", "en"}, key
            assert _fields(part["zh"]) == _fields(part["en"]), key
