package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// trainedLanguages are the languages the embedded model learnt from.
// In another language the model still reads capitals, but a language
// that capitalises its common nouns (German "die Strecke", "der
// Klimaschutz") or whose function words it never saw ("Según", "Desde")
// would give many false names.
var trainedLanguages = map[string]bool{"fr": true, "en": true}

// primaryLanguage returns the primary subtag of the BCP 47 tag lang,
// lower-cased: "de" for "de-AT".
func primaryLanguage(lang string) string {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	return primary
}

// trainedFor reports whether the model was trained on the language whose
// primary subtag is primary; an unknown language ("") is taken as trained.
func trainedFor(primary string) bool {
	return primary == "" || trainedLanguages[primary]
}

// nounCapitals are the languages that capitalise every noun (German,
// Luxembourgish, Swiss German): there a run of capitalised words is no
// sign of a name.
var nounCapitals = map[string]bool{"de": true, "lb": true, "gsw": true}

// keepSure returns the groups of a text in the language whose primary
// subtag is primary, one the model was not trained on, that are names on
// evidence other than the model's guess (see sure). Fewer names are
// found, but those found are names: the graceful way to degrade.
func (t *Tagger) keepSure(groups []*group, primary string) []*group {
	capitals := !nounCapitals[primary]
	kept := groups[:0]
	for _, g := range groups {
		if t.sure(g, capitals) {
			kept = append(kept, g)
		}
	}
	return kept
}

// sure reports whether g is a name whatever the language:
//   - an embedded post's author or handle;
//   - an acronym ("FDP", "TGV");
//   - a place the gazetteer knows, or a brand known on its own, written at
//     least once inside a sentence, where a capital is not just the
//     sentence's ("Auch" is a French town and a German word), and, where
//     every noun is capitalised, once without an article if it is a
//     one-word town (townAsNoun: "am Ende");
//   - a person's name opened by a known first name ("Greta Thunberg",
//     "Kris de Decker");
//   - where capitals mark names (capitals), a name of two words or more,
//     each capitalised but for the particles of names ("Casa Rosada",
//     "Frente de Todos"), written at least once inside a sentence.
func (t *Tagger) sure(g *group, capitals bool) bool {
	if len(g.ms) == 0 || len(g.extra) > 0 {
		return true
	}
	ws := g.fullestWords()
	if len(ws) == 1 && isAcronym(ws[0]) {
		return true
	}
	if !capitals && t.townAsNoun(g, ws) {
		return false
	}
	if place, brand := t.nameFacts(ws); place || brand {
		return insideSentence(g)
	}
	if len(ws) < 2 || !capitalisedName(ws) {
		return false
	}
	return t.gaz.wordOf(ws[0])&gFirst != 0 || capitals && insideSentence(g)
}

// capitalisedName reports whether every word of ws starts with a capital
// letter, but for the particles of names in the middle.
func capitalisedName(ws []string) bool {
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && inLower(nameParticles, w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameParticles are the small words found inside names in the main
// European languages ("Pilar del Río", "Bank der Schweiz", "Ludwig van
// Beethoven"). Words that join two names ("und", "y") are not among them.
var nameParticles = map[string]bool{
	"de": true, "del": true, "della": true, "delle": true, "di": true, "da": true,
	"das": true, "do": true, "dos": true, "du": true, "des": true, "la": true,
	"le": true, "los": true, "las": true, "van": true, "von": true, "der": true,
	"den": true, "ter": true, "ten": true, "zu": true, "af": true, "al": true,
	"el": true, "bin": true, "ibn": true,
}

// insideSentence reports whether a mention of g does not open its
// sentence.
func insideSentence(g *group) bool {
	for _, m := range g.ms {
		if !m.initial {
			return true
		}
	}
	return false
}
