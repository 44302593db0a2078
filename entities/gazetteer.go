package entities

import (
	"bufio"
	"compress/gzip"
	"embed"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The gazetteer classes a word or phrase can belong to, as bits.
const (
	gFirst      uint32 = 1 << iota // first name
	gSurname                       // surname
	gPropn                         // other proper name (French dictionary)
	gEnName                        // capitalised entry of the English dictionary
	gCountry                       // country
	gCity                          // city
	gDemonym                       // demonym (Français, American)
	gFrWord                        // lower-case French word
	gEnWord                        // lower-case English word
	gOrgSuffix                     // company suffix (Inc., SA, GmbH)
	gOrgWord                       // word frequent inside organisation names (Université, Party)
	gPerTitle                      // title or role before a name (M., Mme, président, CEO)
	gOrgCue                        // noun before an organisation (la start-up, the company)
	gLocPrep                       // preposition before a place (à, en, aux, in, at)
	gNotName                       // never a name alone (months, days, IA, CEO)
	gLocWord                       // word frequent inside place names (rue, lac, river)
	gMiscCue                       // noun before a work or product (le film, the album)
	gWnPerson                      // person WordNet lists by name (Abraham Lincoln)
	gWnPlace                       // place WordNet lists by name (the Danube)
	gWnOrg                         // organisation or body in WordNet (Red Cross)
	gWnMisc                        // other name in WordNet (events, works, eras)
	gWnPeople                      // capitalised noun for people in WordNet (Liechtensteiner)
	gWnNoun                        // other capitalised noun in WordNet (Buddhism, Latin)
	gWnAdj                         // capitalised adjective in WordNet (Victorian)
	gNamePart                      // part of a person's name, any culture (Abukar, Latasha)
	nGazClasses = iota
)

//go:embed data/*.txt.gz
var gazetteerFiles embed.FS

var gazClassNames = map[string]uint32{
	"first": gFirst, "surname": gSurname, "propn": gPropn, "enname": gEnName,
	"country": gCountry, "city": gCity, "demonym": gDemonym, "frword": gFrWord,
	"enword": gEnWord, "orgsuffix": gOrgSuffix, "orgword": gOrgWord, "pertitle": gPerTitle,
	"orgcue": gOrgCue, "locprep": gLocPrep, "notname": gNotName, "locword": gLocWord,
	"misccue": gMiscCue, "wnperson": gWnPerson, "wnplace": gWnPlace, "wnorg": gWnOrg,
	"wnmisc": gWnMisc, "wnpeople": gWnPeople, "wnnoun": gWnNoun, "wnadj": gWnAdj,
	"namepart": gNamePart,
}

// Gazetteer maps normalised words and phrases to gazetteer classes.
type Gazetteer struct {
	words   *classTable
	common  [2]*bitFilter // French and English common words
	phrases *classTable   // hash of the words of a phrase, space-joined
	starts  *classTable   // first words of the phrases
	// prefixes holds the hashes of the first words of the phrases (two or
	// more, fewer than all): matching stops where no phrase goes on.
	prefixes *classTable
	maxLen   int    // longest phrase, in tokens
	buf      []byte // scratch for Add
}

// newGazetteer returns an empty gazetteer.
func newGazetteer() *Gazetteer {
	return &Gazetteer{words: newClassTable(1 << 17), common: [2]*bitFilter{newBitFilter(frWordsBits), newBitFilter(enWordsBits)}, phrases: newClassTable(1 << 15), starts: newClassTable(1 << 14), prefixes: newClassTable(1 << 12)}
}

// loadDefaultGazetteer reads the embedded lists and the built-in cue words.
func loadDefaultGazetteer() (*Gazetteer, error) {
	g := newGazetteer()
	common, err := commonFilters(commonWordsBloom)
	if err != nil {
		return nil, err
	}
	g.common = common
	files, err := gazetteerFiles.ReadDir("data")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if err := g.loadFile("data/" + f.Name()); err != nil {
			return nil, err
		}
	}
	for class, words := range cueWords {
		for _, w := range words {
			g.Add(class, w)
		}
	}
	return g, nil
}

func (g *Gazetteer) loadFile(name string) error {
	zr, closeFile, err := openGazetteerFile(name)
	if err != nil {
		return err
	}
	defer closeFile()
	return g.Read(zr)
}

// Read adds the phrases of r, one a line, to the class named by the last
// "@class" line; "#" lines are comments and unknown classes are skipped.
func (g *Gazetteer) Read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	var class uint32
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case len(line) == 0 || line[0] == '#':
		case line[0] == '@':
			class = gazClassNames[string(line[1:])]
		case class == gFrWord:
			g.common[0].add(uint64(newHasher(0).bytes(line))) // lists of lower-case words
		case class == gEnWord:
			g.common[1].add(uint64(newHasher(0).bytes(line)))
		case class != 0:
			g.Add(class, string(line))
		}
	}
	return sc.Err()
}

// Add puts phrase in the classes c.
func (g *Gazetteer) Add(c uint32, phrase string) {
	if isPlainWord(phrase) {
		g.words.or(wordHash(normWord(phrase)), c)
		return
	}
	if first := lettersAndSpaces(phrase); first > 0 {
		g.addLetters(c, phrase, first)
		return
	}
	words := TokenizeWords(phrase)
	switch len(words) {
	case 0:
		return
	case 1:
		g.words.or(wordHash(normWord(words[0])), c)
		return
	}
	g.phrases.or(phraseHash(words), c)
	g.starts.or(wordHash(normWord(words[0])), 1)
	g.addPrefixes(words)
	g.maxLen = max(g.maxLen, len(words))
}

// lettersAndSpaces returns the length of the first word of phrase when
// it is words of letters between single spaces, which Tokenize cuts at the
// spaces, and 0 otherwise.
func lettersAndSpaces(phrase string) int {
	first, prev := 0, ' '
	for i, r := range phrase {
		switch {
		case r == ' ' && prev != ' ':
			if first == 0 {
				first = i
			}
		case !unicode.IsLetter(r):
			return 0
		}
		prev = r
	}
	if prev == ' ' {
		return 0
	}
	if first == 0 {
		first = len(phrase)
	}
	return first
}

// addLetters adds a phrase of letters and spaces whose first word is
// phrase[:first], normalising it without tokenizing or allocating.
func (g *Gazetteer) addLetters(c uint32, phrase string, first int) {
	g.buf = appendNorm(g.buf[:0], phrase)
	if first == len(phrase) {
		g.words.or(uint64(newHasher(0).bytes(g.buf)), c)
		return
	}
	g.phrases.or(uint64(newHasher(0).bytes(g.buf)), c)
	g.addLetterPrefixes(g.buf)
	g.buf = appendNorm(g.buf[:0], phrase[:first])
	g.starts.or(uint64(newHasher(0).bytes(g.buf)), 1)
	g.maxLen = max(g.maxLen, strings.Count(phrase, " ")+1)
}

// addPrefixes files the hashes of the first words of the phrase words,
// two or more and fewer than all, as phraseHash computes them.
func (g *Gazetteer) addPrefixes(words []string) {
	h := newHasher(0).str(normWord(words[0]))
	for _, w := range words[1 : len(words)-1] {
		h = h.str(" ").str(normWord(w))
		g.prefixes.or(uint64(h), 1)
	}
}

// addLetterPrefixes files the hashes of the first words of the normalised
// phrase of letters and single spaces norm, two or more and fewer than all.
func (g *Gazetteer) addLetterPrefixes(norm []byte) {
	h, last, spaces := newHasher(0), 0, 0
	for j, c := range norm {
		if c != ' ' {
			continue
		}
		h, last = h.bytes(norm[last:j]), j
		if spaces++; spaces >= 2 {
			g.prefixes.or(uint64(h), 1)
		}
	}
}

// goesOn reports whether some phrase is longer than the words of hash h
// (phraseHash), which start a phrase.
func (g *Gazetteer) goesOn(h hasher) bool { return g.prefixes.get(uint64(h)) != 0 }

// longestPhrase returns the length and classes of the longest phrase that
// starts with the word hashed in h and goes on with norm(1), norm(2)...
// up to norm(left-1); 0 when there is none.
func (g *Gazetteer) longestPhrase(h hasher, left int, norm func(int) string) (int, uint32) {
	best, class := 0, uint32(0)
	for n := 2; n <= g.maxLen && n <= left; n++ {
		h = h.str(" ").str(norm(n - 1))
		if c := g.phrases.get(uint64(h)); c != 0 {
			best, class = n, c
		}
		if !g.goesOn(h) {
			break
		}
	}
	return best, class
}

// classes returns the classes of the phrase made of words, whole.
func (g *Gazetteer) classes(words []string) uint32 {
	switch len(words) {
	case 0:
		return 0
	case 1:
		return g.wordOf(words[0])
	}
	return g.phrases.get(phraseHash(words))
}

// word returns the classes of a normalised word.
func (g *Gazetteer) word(norm string) uint32 { return g.classesOfHash(wordHash(norm)) }

// classesOfHash returns the classes of the normalised word of hash h.
func (g *Gazetteer) classesOfHash(h uint64) uint32 {
	c := g.words.get(h)
	if g.common[0].has(h) {
		c |= gFrWord
	}
	if g.common[1].has(h) {
		c |= gEnWord
	}
	return c
}

// isPlainWord reports whether w is one token of lower-case ASCII letters,
// the common case that needs no tokenizing.
func isPlainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// phraseHash hashes words, normalised and space-joined.
func phraseHash(words []string) uint64 {
	h := newHasher(0)
	for i, w := range words {
		if i > 0 {
			h = h.str(" ")
		}
		h = h.norm(w)
	}
	return uint64(h)
}

// normWord lower-cases w and writes apostrophes as '.
func normWord(w string) string {
	if isNorm(w) {
		return w
	}
	return string(appendNorm(nil, w))
}

// isNorm reports whether w is ASCII without capitals: its own norm.
func isNorm(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// appendNorm appends the norm of w to dst: lower case (as strings.ToLower)
// with ’ written as '.
func appendNorm(dst []byte, w string) []byte {
	dst, rest := appendLowerASCII(dst, w)
	if rest == "" {
		return dst
	}
	return appendNormRunes(dst, rest)
}

// appendNormRunes is appendNorm rune by rune.
func appendNormRunes(dst []byte, w string) []byte {
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		dst = appendLowerRune(dst, r)
	}
	return dst
}

// openGazetteerFile opens an embedded gzip-compressed list; the caller
// calls the returned function when done.
func openGazetteerFile(name string) (io.Reader, func(), error) {
	f, err := gazetteerFiles.Open(name)
	if err != nil {
		return nil, nil, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return zr, func() { f.Close() }, nil
}
