package article

import (
	"strings"
	"sync"
)

// quoteLexicon is the word knowledge of the quote extractor for one
// article, merged from the languages that match its language.
type quoteLexicon struct {
	verbs  map[string][]verbEntry // first word of a form → its entries
	cues   map[string][]phrase    // first word of a source cue → cues
	naming map[string][]phrase    // first word of a naming word → words
	titles map[string]bool
	filter wordFilter // the first words of verbs, cues and naming words
	// classes holds the classes of the grammar words and of the words
	// above, see wordClass.
	classes     map[string]wordClass
	classFilter wordFilter // the words of classes
}

// wordFilter is a bit set over a cheap hash of words: a word whose bit is
// clear is surely not in the lexicon's maps, which spares most map
// lookups.
type wordFilter [1024]uint64

func filterHash(w string) uint32 {
	h := uint32(len(w))
	for i := 0; i < len(w) && i < 4; i++ {
		h = h*131 + uint32(w[i])
	}
	if len(w) > 0 {
		h = h*131 + uint32(w[len(w)-1])
	}
	return h & (1<<16 - 1)
}

func (f *wordFilter) add(w string) { h := filterHash(w); f[h>>6] |= 1 << (h & 63) }

func (f *wordFilter) may(w string) bool { h := filterHash(w); return f[h>>6]&(1<<(h&63)) != 0 }

// verbEntry is one form of a speech verb.
type verbEntry struct {
	rest       []string // words after the first ("savoir" in "fait savoir")
	participle bool     // a French past participle in -é: needs an auxiliary
	reflexive  bool     // may follow "se"
	weak       bool     // counts only next to the quote
	infinitive bool     // an infinitive: see Language.InfinitiveSpeechVerbs
}

// phrase is a cue of one or more words, as the lexicon writes it.
type phrase struct {
	words []string
	text  string
}

// lexiconKey names a lexicon: the languages of cfg with the tag, or all
// of them.
type lexiconKey struct {
	cfg *Config
	tag string
	all bool
}

var lexicons sync.Map // lexiconKey → *quoteLexicon

// lexiconFor returns the lexicon of cfg's languages that match tag (all
// of them when none does), built once and shared: every tag that matches
// none shares the lexicon of all the languages.
func lexiconFor(cfg *Config, tag string) *quoteLexicon {
	tag = primarySubtag(tag)
	var langs []*Language
	for _, l := range cfg.Languages() {
		if strings.EqualFold(l.Tag, tag) {
			langs = append(langs, l)
		}
	}
	key := lexiconKey{cfg: cfg, tag: tag}
	if len(langs) == 0 {
		langs, key = cfg.Languages(), lexiconKey{cfg: cfg, all: true}
	}
	if l, ok := lexicons.Load(key); ok {
		return l.(*quoteLexicon)
	}
	l, _ := lexicons.LoadOrStore(key, newQuoteLexicon(langs))
	return l.(*quoteLexicon)
}

// primarySubtag returns the language of a language tag, in lower case:
// "en" for "en-GB".
func primarySubtag(tag string) string {
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// newQuoteLexicon merges the quote words of langs.
func newQuoteLexicon(langs []*Language) *quoteLexicon {
	lx := &quoteLexicon{verbs: map[string][]verbEntry{}, cues: map[string][]phrase{},
		naming: map[string][]phrase{}, titles: map[string]bool{}}
	for _, l := range langs {
		lx.addVerbs(l)
		addPhrases(lx.cues, l.SourceCues)
		addPhrases(lx.naming, l.NamingWords)
		for _, t := range l.PersonTitles {
			lx.titles[normWord(t)] = true
		}
	}
	for _, m := range []map[string][]phrase{lx.cues, lx.naming} {
		for w := range m {
			lx.filter.add(w)
		}
	}
	for w := range lx.verbs {
		lx.filter.add(w)
	}
	lx.buildClasses()
	return lx
}

func (lx *quoteLexicon) addVerbs(l *Language) {
	refl, weak, inf := wordSet(l.ReflexiveSpeechVerbs), wordSet(l.WeakSpeechVerbs), wordSet(l.InfinitiveSpeechVerbs)
	seen := map[string]bool{}
	for _, f := range l.SpeechVerbs {
		f = normWord(f)
		words := strings.Fields(f)
		if len(words) == 0 || seen[f] {
			continue
		}
		seen[f] = true
		lx.verbs[words[0]] = append(lx.verbs[words[0]], verbEntry{rest: words[1:],
			participle: frenchParticiple(words[0]), reflexive: refl[f], weak: weak[f], infinitive: inf[f]})
	}
}

// frenchParticiple reports whether w is a past participle in -é.
func frenchParticiple(w string) bool {
	for _, s := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// addPhrases indexes each phrase of list by its first word; an elided
// "de" ("d'") is matched by the token "d'".
func addPhrases(m map[string][]phrase, list []string) {
	for _, p := range list {
		p = normWord(p)
		words := splitPhrase(p)
		if len(words) > 0 {
			m[words[0]] = append(m[words[0]], phrase{words: words, text: p})
		}
	}
}

// splitPhrase splits a cue into the tokens the tokenizer makes of it.
func splitPhrase(p string) []string {
	var out []string
	for _, w := range strings.Fields(p) {
		if k := strings.IndexByte(w, '\''); k > 0 && elisions[w[:k]] && k+1 < len(w) {
			out = append(out, w[:k+1], w[k+1:])
			continue
		}
		out = append(out, w)
	}
	return out
}

func normWord(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "’", "'")
}

func wordSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[normWord(w)] = true
	}
	return m
}

// isTitle reports whether w, in lower case, is a person title or role,
// or the plural of one.
func (lx *quoteLexicon) isTitle(w string) bool {
	if lx.titles[w] {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && lx.titles[w[:len(w)-1]]
}

// matchPhrase returns the phrase of m that the tokens from i spell, and
// the token after it. first is the class of the first words of m.
func (d *qdoc) matchPhrase(m map[string][]phrase, first wordClass, i, limit int) (phrase, int, bool) {
	if !d.has(i, first) {
		return phrase{}, 0, false
	}
	w := d.low(i)
	best, end, found := phrase{}, 0, false
	for _, p := range m[w] {
		if j, ok := d.matchWords(p.words[1:], i+1, limit); ok && j > end {
			best, end, found = p, j, true
		}
	}
	return best, end, found
}

// matchWords reports whether the tokens from i spell words, "de"
// matching an elided "d'", and returns the token after them.
func (d *qdoc) matchWords(words []string, i, limit int) (int, bool) {
	for _, w := range words {
		if i >= limit || !d.word(i) {
			return 0, false
		}
		if l := d.low(i); l != w && !(w == "de" && l == "d'") {
			return 0, false
		}
		i++
	}
	return i, true
}
