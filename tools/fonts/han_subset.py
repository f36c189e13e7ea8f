"""Builds one Chinese font for names from Fontsource's slices of Noto Sans SC (regular).

Keeps every character of GB 2312 (the 6,763 hanzi of both levels, which cover the characters of nearly all
names written in Simplified Chinese) and CJK punctuation: about 1 MB, against the 10+ MB of the whole font.
A name with a rarer character falls back to the reader's own fonts for that character only.
"""
import glob
import os
import sys
import tempfile

from fontTools import subset
from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont


def wanted():
    points = set()
    for point in range(0x3000, 0xA000):
        try:
            chr(point).encode("gb2312")
            points.add(point)
        except UnicodeEncodeError:
            pass
    points |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    return points


def cut(font, points):
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)


def main(slices_dir, target):
    points = wanted()
    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(glob.glob(os.path.join(slices_dir, "noto-sans-sc-*-400-normal.woff2"))):
            font = TTFont(path)
            mine = points & set(font.getBestCmap())
            if mine:
                cut(font, mine)
                font.flavor = None
                part = os.path.join(tmp, os.path.basename(path) + ".ttf")
                font.save(part)
                parts.append(part)
        merged = Merger(options=Options(drop_tables=["vmtx", "vhea", "BASE", "STAT"])).merge(parts)
    # Merging keeps one .notdef per slice; cutting again keeps only what the character map reaches.
    cut(merged, set(merged.getBestCmap()))
    merged.flavor = "woff2"
    merged.save(target)
    print(f"{target}: {len(merged.getBestCmap())} characters from {len(parts)} slices")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
