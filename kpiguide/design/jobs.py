"""Job analysis: turn a pasted job description into duty statements.

People paste job descriptions from recruiting sites, Word files or HR systems.
They come as numbered lists (``1.`` ``2、`` ``(3)`` ``④``), bullets, run-on
paragraphs separated by ``；`` or ``;``, with headings such as ``岗位职责：`` or
``Responsibilities:`` and often followed by requirements (``任职要求``,
``Qualifications``) that are not duties.  :func:`split_duties` keeps the duties.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["split_duties"]

# Input vocabulary of the parser (headings and list markers people write), not user-facing text.
_DUTY_HEADINGS = re.compile(
    r"^(岗位职责|工作职责|主要职责|职责描述|工作内容|主要工作任务|主要任务|职位描述|岗位描述|"
    r"responsibilities|key responsibilities|duties|main duties|what you will do|what you'll do|job description|"
    r"role description|tasks)\s*[:：]?\s*",
    re.IGNORECASE,
)
_STOP_HEADINGS = re.compile(
    r"^(任职要求|任职资格|岗位要求|任职条件|职位要求|资格要求|我们希望你|加分项|福利待遇|薪资福利|工作地点|"
    r"requirements|qualifications|required qualifications|preferred qualifications|what we offer|benefits|"
    r"about you|skills|who you are|nice to have)\b\s*[:：]?",
    re.IGNORECASE,
)
_MARKER = re.compile(
    r"^\s*(?:[-*•·●▪◆■□>]+|\(?\d{1,2}[.)）、．]|\(\d{1,2}\)|（\d{1,2}）|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．]|"
    r"[a-zA-Z][.)]\s)\s*"
)
_INLINE_NUMBER = re.compile(r"(?:(?<=\s)|(?<=[。；;]))(?=(?:\d{1,2}[.)）、．]|[①-⑳]|（\d{1,2}）|\(\d{1,2}\))\s*\S)")


def _clean(text: str) -> str:
    text = _MARKER.sub("", text).strip()
    return text.strip(" \t;；,，.。:：").strip()


def split_duties(text: str, *, min_chars: int = 4, max_duties: int = 30) -> list[str]:
    """Split a job description into duty statements, in order, without duplicates.

    Requirements/qualifications sections and headings are dropped. Very short
    fragments (fewer than ``min_chars`` characters) are merged away; at most
    ``max_duties`` statements are returned.

    >>> split_duties("岗位职责：1、接待顾客；2、完成销售目标。任职要求：大专以上学历")
    ['接待顾客', '完成销售目标']
    >>> split_duties("Responsibilities:\\n- Answer customer calls\\n- Log tickets\\nRequirements: 2 years")
    ['Answer customer calls', 'Log tickets']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_duties expects text, got {type(text).__name__}")
    # Full-width digits and letters become ASCII; Chinese punctuation stays as written.
    text = "".join(unicodedata.normalize("NFKC", ch) if ch.isalnum() and ord(ch) > 0xFF00 else ch for ch in text)
    text = text.replace("\r", "\n").replace("\u3000", " ")
    # Put inline numbered items ("1、… 2、…") and headings on their own lines.
    text = _INLINE_NUMBER.sub("\n", text)
    text = re.sub(
        r"(任职要求|任职资格|岗位要求|Requirements|Qualifications)\s*[:：]", r"\n\1:", text, flags=re.IGNORECASE
    )
    duties: list[str] = []
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        if _STOP_HEADINGS.match(line):
            break
        line = _DUTY_HEADINGS.sub("", line)
        for piece in re.split(r"[；;]|(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z])", line):
            duty = _clean(piece)
            if len(duty) >= min_chars and duty not in duties:
                duties.append(duty)
    return duties[:max_duties]
