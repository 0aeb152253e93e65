#!/usr/bin/env python3
"""Writes the reader's font files (src/fonts/*.woff2) and their @font-face rules (src/app/fonts.css).

The @fontsource Arabic subsets carry every Arabic-script letter (Urdu, Persian, Sindhi, Quranic
marks, the presentation forms): ~45-53 KB per face and weight, and a page in Arabic used four of
them plus four Latin files. Here each face and weight is cut to what Arabic news text uses (the
Arabic letters, harakat, Arabic-Indic digits and punctuation, plus the Persian letters that appear
in transliterated names) with every OpenType layout feature kept, so joining and marks still work:
~12-17 KB each. The full @fontsource files stay declared behind them for anything else (a character
outside the cut makes the browser fetch the full file, exactly as before), so no text loses its face.

Needs fontTools with brotli (Debian: `apt-get install -y python3-fonttools python3-brotli`).
Run from apps/web after changing a range or the @fontsource version: `python3 scripts/fonts.py`.
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = os.path.dirname(HERE)
FONTSOURCE = os.path.join(WEB, "node_modules", "@fontsource")
OUT = os.path.join(WEB, "src", "fonts")
CSS = os.path.join(WEB, "src", "app", "fonts.css")

FACES = [
    ("Noto Naskh Arabic", "noto-naskh-arabic", [400, 700]),
    ("IBM Plex Sans Arabic", "ibm-plex-sans-arabic", [400, 600]),
]

# What the cut keeps (the space is in both files' cut: an Arabic page then needs no Latin file for it).
CORE_ARABIC = [(0x20, 0x20), (0xA0, 0xA0), (0x60C, 0x60C), (0x61B, 0x61B), (0x61F, 0x61F), (0x621, 0x63A), (0x640, 0x655),
               (0x660, 0x66D), (0x670, 0x671), (0x67E, 0x67E), (0x686, 0x686), (0x6A4, 0x6A4), (0x6A9, 0x6A9), (0x6AF, 0x6AF),
               (0x6CC, 0x6CC), (0x200C, 0x200F)]
CORE_LATIN = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC), (0x2122, 0x2122), (0x2212, 0x2212)]

# The @fontsource subsets' own ranges, for the full files declared behind the cut ones.
FULL_ARABIC = "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC"
FULL_LATIN = "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"


# Never drawn (a newline in pre-wrap text must not fetch a font file).
CONTROLS = set(range(0x00, 0x20)) | set(range(0x7F, 0xA0))


def ranges_of(codepoints):
    """U+XXXX-YYYY list of a set of code points."""
    out, run = [], None
    for cp in sorted(codepoints):
        if run and cp == run[1] + 1:
            run[1] = cp
        else:
            if run:
                out.append(run)
            run = [cp, cp]
    if run:
        out.append(run)
    return ",".join(f"U+{a:04X}" if a == b else f"U+{a:04X}-{b:04X}" for a, b in out)


def cut(src, keep, name, declare_without=()):
    wanted = {cp for a, b in keep for cp in range(a, b + 1)}
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(src)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=wanted)
    sub.subset(font)
    have = set(font.getBestCmap().keys())
    final = f"{name}.woff2"
    font.flavor = "woff2"
    font.save(os.path.join(OUT, final))
    declared = (have & wanted) - set(declare_without)
    return final, declared, os.path.getsize(os.path.join(OUT, final))


def parse_ranges(text):
    out = set()
    for part in text.split(","):
        a, _, b = part[2:].partition("-")
        out.update(range(int(a, 16), int(b or a, 16) + 1))
    return out


def face(family, weight, url, ranges):
    return (
        "@font-face {\n"
        f'  font-family: "{family}";\n'
        "  font-style: normal;\n"
        f"  font-weight: {weight};\n"
        "  font-display: optional;\n"
        f'  src: url("{url}") format("woff2");\n'
        f"  unicode-range: {ranges};\n"
        "}"
    )


def main():
    os.makedirs(OUT, exist_ok=True)
    rules = []
    for family, slug, weights in FACES:
        for w in weights:
            files = os.path.join(FONTSOURCE, slug, "files")
            full_ar = f"{slug}-arabic-{w}-normal.woff2"
            full_la = f"{slug}-latin-{w}-normal.woff2"
            la, la_cps, la_size = cut(os.path.join(files, full_la), CORE_LATIN, f"{slug}-{w}-latin", (0x20, 0xA0))
            ar, ar_cps, ar_size = cut(os.path.join(files, full_ar), CORE_ARABIC, f"{slug}-{w}-arabic")
            # No two rules share a character: Chrome starts loading every face whose range meets the text
            # until one covers all of it, so overlapping ranges would fetch the full files on every page.
            # The Latin cut is not declared for the spaces: the Arabic cut has them, so Arabic text needs one file.
            cut_cps = la_cps | ar_cps
            rules.append(face(family, w, f"../fonts/{ar}", ranges_of(ar_cps)))
            rules.append(face(family, w, f"../fonts/{la}", ranges_of(la_cps)))
            rules.append(face(family, w, f"../../node_modules/@fontsource/{slug}/files/{full_ar}", ranges_of(parse_ranges(FULL_ARABIC) - cut_cps)))
            rules.append(face(family, w, f"../../node_modules/@fontsource/{slug}/files/{full_la}", ranges_of(parse_ranges(FULL_LATIN) - cut_cps - parse_ranges(FULL_ARABIC) - CONTROLS)))
            print(f"{ar}: {ar_size} B, {la}: {la_size} B", file=sys.stderr)
    header = (
        "/*\n"
        " * Generated by scripts/fonts.py: do not edit. The reader's two self-hosted faces, each weight as\n"
        " * a small cut for everyday Arabic (and one for Latin) in src/fonts/, with the full @fontsource\n"
        " * subsets behind them for any other character. font-display: optional: a face that is not there\n"
        " * within the browser's short block period is not swapped in later, so text never moves after it\n"
        " * is painted (no layout shift); the file is cached and used from the next page on.\n"
        " */\n"
    )
    with open(CSS, "w") as f:
        f.write(header + "\n".join(rules) + "\n")


if __name__ == "__main__":
    main()
