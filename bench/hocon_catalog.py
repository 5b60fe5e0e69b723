#!/usr/bin/env python3
"""Rewrites a JSON catalog (what gen_catalog.py writes) in HOCON syntax, as a person would write
it: unquoted keys where HOCON allows, `key = value`, objects without `=`. With --split, each
namespace goes to its own file, included from the main one, as a large catalog is organised.

Usage: hocon_catalog.py CATALOG.json OUT_FOLDER [--split]
"""
import json
import re
import sys
from pathlib import Path

PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def key(name):
    return name if PLAIN_KEY.match(name) else json.dumps(name)


def value(v, indent):
    if not isinstance(v, dict):
        return json.dumps(v)
    if not v:
        return "{}"
    pad = "  " * (indent + 1)
    fields = [f"{pad}{key(k)} {value(x, indent + 1)}" if isinstance(x, dict)
              else f"{pad}{key(k)} = {value(x, indent + 1)}" for k, x in v.items()]
    return "{\n" + "\n".join(fields) + "\n" + "  " * indent + "}"


def main():
    source, out, split = Path(sys.argv[1]), Path(sys.argv[2]), "--split" in sys.argv[3:]
    catalog = json.loads(source.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    lines = [f"{key(k)} {value(v, 0)}" for k, v in catalog.items() if k != "namespaces"]
    lines.append("namespaces {")
    for namespace, streams in catalog["namespaces"].items():
        if split:
            (out / f"{namespace}.conf").write_text(
                "\n".join(f"{key(s)} {value(x, 0)}" for s, x in streams.items()) + "\n",
                encoding="utf-8")
            lines.append(f'  {key(namespace)} {{ include "{namespace}.conf" }}')
        else:
            lines.append(f"  {key(namespace)} {value(streams, 1)}")
    lines.append("}")
    (out / "catalog.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
