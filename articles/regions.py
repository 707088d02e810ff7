"""Inner Mongolia administrative units named in a text.

Pure Python, no database: the gazetteer CSVs under ``articles/data/gazetteer``
are read once, on first use.  Codes are GB/T 2260; the province (150000) is
matched (so that 内蒙古 is consumed) but never reported, because every item of
the paper is about Inner Mongolia and listing it would say nothing.
"""

import csv
import functools
import re
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"
PROVINCE = "150000"

# Short names that are also ordinary words or names elsewhere.  The alias file's
# review notes flag most of them (ambiguous / CAVEAT / CONFLICT); the rest are
# words the 1998 corpus uses in another sense (回民 = the Hui people, 玉泉山 is
# in Beijing, 红山文化, 库伦 = old Ulaanbaatar...).  They only count when the
# context supports them: a unit suffix right after, or their prefecture right
# before.
EXTRA_AMBIGUOUS = {"回民", "玉泉", "红山", "松山", "东河", "库伦", "清水河",
                   "东胜", "元宝山", "海南", "兴和", "商都", "多伦", "乌达"}
# Short names that point at two units, or that nobody could verify: never used
# alone (the full names still match).
SKIP_NOTES = ("CONFLICT", "unverified")
UNIT_SUFFIXES = "区市县旗盟"


@functools.lru_cache(maxsize=1)
def _tables():
    def rows(name):
        with open(DATA_DIR / name, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    today = rows("nmg_divisions.csv")
    units = {r["code"]: r for r in today}
    names = {}   # name -> (code, ambiguous)
    for r in today:
        names[r["name"]] = (r["code"], False)
    aliases = rows("nmg_aliases.csv")
    for r in aliases:
        note = r.get("note") or ""
        alias = r["alias"]
        if alias in names and not names[alias][1]:
            continue                      # a full name wins over an alias
        if any(s in note for s in SKIP_NOTES) and r["source"] != "gb2260-mca-historical":
            continue
        ambiguous = (alias in EXTRA_AMBIGUOUS or "ambiguous" in note.lower()
                     or "CAVEAT" in note)
        if alias.endswith(("盟", "旗", "市", "县")) and len(alias) >= 3 and "AMBIGUOUS" not in note:
            ambiguous = False             # 伊克昭盟, 东胜市: unmistakable
        names[alias] = (r["code"], ambiguous)
    # 1998 names: those that differ from today's map to today's unit via the
    # reviewed aliases (伊克昭盟 -> 150600); generic ones such as 郊区 are dropped.
    alias_code = {r["alias"]: r["code"] for r in aliases}
    for r in rows("nmg_divisions_1998.csv"):
        n = r["name"]
        if n in names or n == "郊区":
            continue
        if n in alias_code:
            names[n] = (alias_code[n], False)
    short = {n for n in names if n not in {r["name"] for r in today}}
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    prefecture_names = {}
    for n, (code, amb) in names.items():
        if code != PROVINCE and units[code]["level"] == "prefecture" and not amb:
            prefecture_names.setdefault(code, []).append(n)
    return units, names, pattern, prefecture_names, short


def divisions() -> list[dict]:
    """Today's units (province, prefectures, counties) for seeding the Region table."""
    units = _tables()[0]
    return [{"code": r["code"], "name": r["name"], "level": r["level"],
             "parent_code": r["parent_code"] or ""} for r in units.values()]


def region_name(code: str) -> str:
    return _tables()[0][code]["name"]


def all_names() -> list[str]:
    """Full names and the short names trusted enough to match (jieba user dictionary)."""
    names = _tables()[1]
    return sorted(names, key=lambda n: (-len(n), n))


def _supported(name, code, text, start, end):
    """An ambiguous short name counts only with a unit suffix after it or its
    prefecture just before it (包头青山, 赤峰红山)."""
    if end < len(text) and text[end] in UNIT_SUFFIXES:
        return True
    units, _, _, prefecture_names, _ = _tables()
    parent = units[code]["parent_code"]
    before = text[max(0, start - 8):start]
    return any(before.endswith(p) or before.endswith(p + "市") for p in prefecture_names.get(parent, []))


def find_regions(text: str) -> list[str]:
    """Codes of the units the text names, in order of first mention; a county
    brings its prefecture, placed right before the county when the prefecture
    was not named earlier."""
    units, names, pattern, _, _ = _tables()
    out = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if not m:
            break
        name = m.group()
        code, ambiguous = names[name]
        if ambiguous and not _supported(name, code, text, m.start(), m.end()):
            pos = m.start() + 1
            continue
        # 鄂伦春族 / 鄂温克族 are peoples, not the banners.
        if name in ("鄂伦春", "鄂温克") and text[m.end():m.end() + 1] == "族":
            pos = m.end()
            continue
        pos = m.end()
        if code == PROVINCE:
            continue
        unit = units[code]
        if unit["level"] == "county" and unit["parent_code"] not in out:
            out.append(unit["parent_code"])
        if code not in out:
            out.append(code)
    return out
