#!/usr/bin/env python3
"""Writes figures/<city>-yearbook.json: GDP (全市, 亿元) and real growth (全市, %) for 2019-2023
from the China City Statistical Yearbook, editions 2020-2024, read in the spreadsheet copies
archived in the public repository chenfei2008c/china-local-debt-atlas at COMMIT.

usage: python3 gdp-data/tools/yearbook_figures.py <bare git dir of that repository>

Values are written exactly as the cells hold them, except that trailing zeros after the decimal
point are dropped ("5.20" -> "5.2", the same number) and a binary double stored with 17 digits
("8.3000000000000007") is written as the shortest decimal that is the same double ("8.3").
Nothing is rounded or derived. Cities are
matched by their Chinese name in column A; a city the yearbook does not list gets no file.
"""
import io, json, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

COMMIT = "1dce311a9ab55b0ff528b60ad6f4202e9790051e"
PATH = "raw/macro_fiscal/city_yearbook/china_city_statistical_yearbook_{}_prefecture.xlsx"
# edition -> (GDP 全市 column, growth 全市 column, first data row); the edition holds year - 1
COLUMNS = {2020: ("AG", "AK"), 2021: ("T", "X"), 2022: ("T", "X"), 2023: ("T", "X"), 2024: ("R", "V")}
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "main", "resources", "org", "citygdp", "data", "china")
NUMBER = re.compile(r"^-?(0|[1-9]\d*)(\.\d+)?$")


def rows(xlsx):
    z = zipfile.ZipFile(io.BytesIO(xlsx))
    strings = [''.join(t.text or '' for t in si.iter(NS + 't'))
               for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(NS + 'si')]
    for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(NS + 'row'):
        row = {}
        for c in r.findall(NS + 'c'):
            v = c.find(NS + 'v')
            if v is None:
                continue
            col = re.match(r'[A-Z]+', c.get('r')).group()
            row[col] = strings[int(v.text)] if c.get('t') == 's' else v.text
        yield row


def plain(v):
    if v is None or not NUMBER.match(v.strip()):
        return None
    v = v.strip()
    if len(v.replace('-', '').replace('.', '')) >= 16:
        # a binary double written with 17 digits ("8.3000000000000007"): the shortest decimal
        # that reads back as the same double is what the cell holds and shows ("8.3")
        v = repr(float(v))
    if '.' in v:
        v = v.rstrip('0').rstrip('.')
    return v


def main(repo):
    cities = json.load(open(os.path.join(DATA, "cities.json"), encoding="utf-8"))
    by_name = {c["nameZh"]: c["id"] for c in cities}
    out = {c["id"]: [] for c in cities}
    for edition, (gdp_col, growth_col) in sorted(COLUMNS.items()):
        xlsx = subprocess.run(["git", "-C", repo, "show", f"{COMMIT}:{PATH.format(edition)}"],
                              check=True, capture_output=True).stdout
        source = f"china-city-statistical-yearbook-{edition}"
        for row in rows(xlsx):
            name = (row.get("A") or "").replace(" ", "").strip()
            name = name[:-1] if name.endswith("市") else name
            cid = by_name.get(name)
            if cid is None:
                continue
            for metric, col in (("gdp", gdp_col), ("real_growth", growth_col)):
                value = plain(row.get(col))
                if value is None:
                    continue
                out[cid].append({"year": edition - 1, "metric": metric, "value": value,
                                 "release": "PRELIMINARY", "source": source, "verified": False,
                                 "note": "yearbook 全市 column, read in an archived spreadsheet copy "
                                         "(a secondary source); levels printed to whole 亿元"
                                 if metric == "gdp" else
                                 "yearbook 全市 column, read in an archived spreadsheet copy "
                                 "(a secondary source)"})
    for cid, figs in out.items():
        if figs:
            path = os.path.join(DATA, "figures", f"{cid}-yearbook.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump({"city": cid, "figures": figs}, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            print(f"no yearbook rows for {cid}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
