"""Bytes of an uploaded dump -> text, or a clear reason why not."""

import codecs
import re

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# charset-normalizer names GBK/GB2312 when the sample happens to fit them;
# GB18030 is their superset and what Chinese PDF tools actually write.
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030",
             "ascii": "utf-8"}
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _plausible(text: str) -> float:
    """Share of characters that belong in a Chinese page dump."""
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    cjk = sum(1 for c in text if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return (good / len(text)) * (1.0 if cjk >= len(text) * 0.2 else 0.5)


def _looks_utf16(data: bytes):
    """UTF-16 without a BOM: decode both ways, keep the one that reads as
    Chinese text (a byte-swapped reading is mostly unassigned or odd CJK)."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible(text) + (0.2 if "\n" in text else 0.0)
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 1.0 else None


def detect(data: bytes):
    """(text, encoding) or (None, reason).  Order: BOM, strict UTF-8,
    UTF-16 by its NUL pattern, charset-normalizer, then GB18030 as the last
    guess for Chinese text too short for statistics."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + ("-sig" if enc == "utf-8" else "")
            except UnicodeDecodeError:
                return None, "it starts with a %s byte-order mark but does not decode as %s" % (enc, enc)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    enc = _looks_utf16(data)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, "it is binary data (NUL bytes), not text"
    try:
        import charset_normalizer
        best = charset_normalizer.from_bytes(data).best()
    except Exception:  # a detector failure is not the user's problem
        best = None
    candidates = []
    if best is not None:
        candidates.append(SUPERSETS.get(best.encoding, best.encoding))
    candidates.append("gb18030")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, enc
    return None, "its encoding could not be determined (not UTF-8, UTF-16 or GB18030)"
