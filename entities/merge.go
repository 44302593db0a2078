package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/article"
)

// group is one entity being assembled: its mentions and the forms it is
// known by outside the text (handles).
type group struct {
	ms      []mention
	text    string   // the article text the mentions point into
	extra   []string // aliases that are not in the text ("@MistralAI")
	name    string   // the name when no mention gives it (an embed's author)
	kind    string
	dropped bool
}

// fullest returns the longest mention text of g, by words then bytes.
func (g *group) fullest() string {
	if len(g.ms) == 0 {
		return g.name
	}
	return g.fullestMention().text(g.text)
}

// fullestWords returns the words of fullest(), from the tokens of the
// text rather than tokenizing it again.
func (g *group) fullestWords() []string {
	if len(g.ms) == 0 {
		return TokenizeWords(g.name)
	}
	return g.fullestMention().words()
}

// fullestMention returns the mention that gives g its name; g has one.
func (g *group) fullestMention() mention {
	best := g.ms[0]
	for _, m := range g.ms[1:] {
		if strings.HasPrefix(best.toks[0].Text, "@") || strings.HasPrefix(m.toks[0].Text, "@") {
			if strings.HasPrefix(best.toks[0].Text, "@") {
				best = m
			}
			continue
		}
		if len(m.toks) > len(best.toks) || len(m.toks) == len(best.toks) && m.end()-m.start() > best.end()-best.start() {
			best = m
		}
	}
	return best
}

// voteTypes are the types vote counts, after the empty one.
var voteTypes = [...]string{"", TypePER, TypeORG, TypeLOC, TypeMISC}

// vote sets g.kind to the type most of its mentions have; the fullest
// mention breaks ties.
func (g *group) vote() {
	var count [len(voteTypes)]int
	for _, m := range g.ms {
		if i := slices.Index(voteTypes[:], m.typ); i >= 0 {
			count[i] += 1 + len(m.toks)
		}
	}
	best := 0
	for t := 1; t < len(voteTypes); t++ {
		if count[t] > count[best] {
			best = t
		}
	}
	if best != 0 {
		g.kind = voteTypes[best]
	}
}

// plainSpaces returns s with each run of spaces of any kind (no-break
// spaces, thin spaces, a line break) as one plain space: a name and its
// aliases are written the same way whatever spacing the page used.
// Mentions keep the text as it stands, since their offsets point into it.
func plainSpaces(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) < 0 && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// compact is the key that makes "Open AI", "OpenAI" and "OPENAI" one name:
// lower case without spaces, hyphens, periods or apostrophes.
func compact(s string) string {
	return string(appendCompact(nil, s))
}

// appendCompact appends compact(s) to dst, byte by byte while s is
// ASCII.
func appendCompact(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return appendCompactRunes(dst, s[i:])
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			dst = append(dst, c)
		}
	}
	return dst
}

// appendCompactRunes is appendCompact rune by rune.
func appendCompactRunes(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if isASCIIWordByte(byte(r)) {
				dst = append(dst, byte(unicode.ToLower(r)))
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// mergeMentions groups the mentions that name the same entity.
func mergeMentions(text string, ms []mention) []*group {
	return mergeMentionsWith(text, ms, nil)
}

// mergeMentionsWith is mergeMentions with what the dictionaries know of
// the names (nil: nothing).
func mergeMentionsWith(text string, ms []mention, facts nameFacts) []*group {
	groups := groupsOf(text, ms)
	mergeShortForms(groups, facts)
	return slices.DeleteFunc(groups, func(g *group) bool { return g.dropped })
}

// groupsOf groups ms by the compact key of their text, in order of first
// mention, each with its type voted.
func groupsOf(text string, ms []mention) []*group {
	var groups []*group
	byKey := make(map[string]*group, len(ms))
	var key []byte
	for _, m := range ms {
		key = appendCompact(key[:0], m.text(text))
		g := byKey[string(key)]
		if g == nil {
			g = &group{text: text}
			byKey[string(key)] = g
			groups = append(groups, g)
		}
		g.ms = append(g.ms, m)
	}
	for _, g := range groups {
		g.vote()
	}
	return groups
}

// mergeShortForms folds each group into a longer one it is a short form
// of: a surname of a person, the first words of an organisation, an
// acronym of its expansion. Longer names are tried first; candidates are
// found through an index of the short forms each long name allows, so the
// work stays linear in the number of groups.
func mergeShortForms(groups []*group, facts nameFacts) {
	ws := make(map[*group][]string, len(groups))
	for _, g := range groups {
		ws[g] = g.fullestWords()
	}
	order := longestFirst(groups, ws)
	index := make(map[string]shortBucket, len(groups))
	var key []byte
	for i, short := range order {
		var cands []*group
		key = appendLowerWords(key[:0], ws[short])
		b := index[string(key)]
		for _, long := range b.gs[:b.n] {
			if !long.dropped && len(ws[short]) < len(ws[long]) && shortFormOf(short, long, ws[short], ws[long]) {
				cands = append(cands, long)
			}
		}
		into := pickHome(short, ws[short], cands, ws, facts)
		if into != nil {
			into.ms = append(into.ms, short.ms...)
			into.extra = append(into.extra, short.extra...)
			short.dropped = true
			continue
		}
		key = eachShortKey(short.kind, ws[short], key, func(k []byte) {
			if b := index[string(k)]; b.add(order[i]) {
				index[string(k)] = b
			}
		})
	}
}

// longestFirst returns groups ordered by their number of words ws, the
// most first, in their order on a tie; the numbers are read once each, not
// at each comparison.
func longestFirst(groups []*group, ws map[*group][]string) []*group {
	type sized struct {
		g *group
		n int
	}
	s := make([]sized, len(groups))
	for i, g := range groups {
		s[i] = sized{g, len(ws[g])}
	}
	slices.SortStableFunc(s, func(a, b sized) int { return b.n - a.n })
	order := make([]*group, len(s))
	for i := range s {
		order[i] = s[i].g
	}
	return order
}

// shortBucket holds the first groups (up to 8) whose names allow one
// short form, in the order they came, inside the index's map itself: no
// slice to allocate and grow for each short form.
type shortBucket struct {
	n  int
	gs [8]*group
}

// add appends g, unless the bucket is full; it reports whether it did.
func (b *shortBucket) add(g *group) bool {
	if b.n == len(b.gs) {
		return false
	}
	b.gs[b.n] = g
	b.n++
	return true
}

// better reports whether a is a better home than b for short: one of the
// same kind, else the one mentioned more.
func better(a, b, short *group) bool {
	if (a.kind == short.kind) != (b.kind == short.kind) {
		return a.kind == short.kind
	}
	return len(a.ms) > len(b.ms)
}

// shortFormOf reports whether short (words sw) names the same entity as
// long (words lw).
func shortFormOf(short, long *group, sw, lw []string) bool {
	switch long.kind {
	case TypePER:
		// "Macron" for "Emmanuel Macron", "von der Leyen" for "Ursula von der Leyen".
		return equalFold(sw, lw[len(lw)-len(sw):]) && (short.kind != TypeLOC || speaksAsPerson(short, sw))
	case TypeORG, TypeMISC:
		if len(sw) == 1 && isAcronym(sw[0]) && sw[0] == initials(lw) {
			return true
		}
		// "Mistral" for "Mistral AI".
		return long.kind == TypeORG && equalFold(sw, lw[:len(sw)]) && short.kind != TypePER && !ownedBy(lw[len(sw):])
	}
	return false
}

// initials returns the first letters, upper-cased, of the words of a name
// that are not small words: "UE" for "Union européenne".
func initials(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if inLower(smallWords, w) || !hasLetterOrDigit(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// smallWords are left out of acronyms.
var smallWords = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l'": true, "d'": true,
	"et": true, "pour": true, "of": true, "the": true, "and": true, "for": true, "à": true, "en": true,
}

func equalFold(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// kinds maps the tagger's types to the kinds of article.Entity.
var kinds = map[string]article.EntityKind{
	TypePER: article.EntityPerson, TypeORG: article.EntityOrganization,
	TypeLOC: article.EntityLocation, TypeMISC: article.EntityMisc,
}

// toEntities turns the groups into entities, in order of first mention;
// those only known from embeds come last.
func toEntities(groups []*group) []article.Entity {
	var out []article.Entity
	for _, g := range groups {
		out = append(out, g.entity())
	}
	slices.SortStableFunc(out, func(a, b article.Entity) int {
		return firstOffset(a) - firstOffset(b)
	})
	return out
}

func firstOffset(e article.Entity) int {
	if len(e.Mentions) == 0 {
		return int(^uint(0) >> 1)
	}
	return e.Mentions[0].Start
}

// entity builds the article.Entity of g.
func (g *group) entity() article.Entity {
	slices.SortFunc(g.ms, func(a, b mention) int { return a.start() - b.start() })
	e := article.Entity{Name: plainSpaces(g.fullest()), Kind: kinds[g.kind], Mentions: []article.Mention{}}
	seen := map[string]bool{e.Name: true}
	for _, m := range g.ms {
		t := m.text(g.text)
		e.Mentions = append(e.Mentions, article.Mention{Text: t, Start: m.start(), End: m.end()})
		if a := plainSpaces(t); !seen[a] {
			seen[a] = true
			e.Aliases = append(e.Aliases, a)
		}
	}
	for _, x := range g.extra {
		if !seen[x] {
			seen[x] = true
			e.Aliases = append(e.Aliases, x)
		}
	}
	return e
}
