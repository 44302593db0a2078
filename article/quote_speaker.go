package article

import (
	"sort"
	"strings"
)

// qmention is one name written in the body: capitalised words, with the
// honorific or titles before them set apart, and what the text says of
// the one it names.
type qmention struct {
	h0, t0, t1 int // tokens: h0 starts the titles, [t0, t1) is the name
	start, end int // bytes of the name
	honor      string
	role       string
	gender     byte // 'm', 'f' or 0
	person     bool
	org        bool
	inQuote    bool
	inst       bool  // an institution named by a noun and a complement, see addInstitution
	named      bool  // the entities extension names it a person
	canon      int   // the fullest mention of the same name
	sameLast   int32 // the mention before with the same last word, or -1
}

// speakerNames turns a mention into the name a Quote gives its speaker.
// The extractor finds names itself from capitalised words; when the
// entities extension has filled Article.Entities, their names win.
type speakerNames interface {
	name(d *qdoc, m int) string
	kind(d *qdoc, m int) (EntityKind, bool)
	personAt(start int) bool
}

// textNames names speakers from the article's own capitalised words.
type textNames struct{}

func (textNames) name(d *qdoc, m int) string         { return d.mentionName(m) }
func (textNames) kind(*qdoc, int) (EntityKind, bool) { return "", false }
func (textNames) personAt(int) bool                  { return false }

// entityNames names speakers from Article.Entities.
type entityNames struct{ ents []Entity }

func (e entityNames) name(d *qdoc, m int) string {
	if i := e.find(d, m); i >= 0 && !titledEntity(d, m, e.ents[i]) {
		return e.ents[i].Name
	}
	return d.mentionName(m)
}

func (e entityNames) kind(d *qdoc, m int) (EntityKind, bool) {
	if i := e.find(d, m); i >= 0 {
		return e.ents[i].Kind, true
	}
	return "", false
}

// personAt reports whether a person's entity has a mention starting at
// byte start.
func (e entityNames) personAt(start int) bool {
	for _, en := range e.ents {
		if en.Kind != EntityPerson {
			continue
		}
		for _, x := range en.Mentions {
			if x.Start == start {
				return true
			}
		}
	}
	return false
}

// find returns the entity with a mention over m, or named like m. An
// institution's mention takes only an entity of the same words: the
// place in its name is not the institution.
func (e entityNames) find(d *qdoc, m int) int {
	mm := d.mentions[m]
	text := d.text[mm.start:mm.end]
	for i, en := range e.ents {
		for _, x := range en.Mentions {
			if x.Start < mm.end && mm.start < x.End && (!mm.inst || x.Start == mm.start && x.End == mm.end) {
				return i
			}
		}
		if en.Name == text || contains(en.Aliases, text) {
			return i
		}
	}
	return -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// honorifics are the courtesy titles before a name, with the gender they
// tell.
var honorifics = map[string]byte{"m.": 'm', "mme": 'f', "mlle": 'f', "me": 0, "mr": 'm', "mr.": 'm',
	"mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f', "miss": 'f', "dr": 0, "dr.": 0, "pr": 0, "prof.": 0}

// findMentions collects the names of the body.
func (d *qdoc) findMentions() {
	if d.lastHead == nil {
		d.lastHead = map[string]int32{}
	}
	for _, un := range d.units {
		if un.tok {
			d.unitMentions(un)
		}
	}
	d.classifyMentions(0)
}

// unitMentions collects the names of one tokenized unit.
func (d *qdoc) unitMentions(un qunit) {
	for i := un.t0; i < un.t1; {
		if j := d.nameEnd(i, un.t1); j > i {
			if h := d.institutionHead(i, j, un.t0); h >= 0 {
				d.addInstitution(h, j)
			} else if end := d.institutionTail(i, j, un.t1); end > j {
				d.addInstitution(i, end)
				j = end
			} else {
				d.addMention(i, j)
			}
			i = j
			continue
		}
		i++
	}
}

// classifyMentions finds, for each mention, its role, gender, kind and
// fullest form.
func (d *qdoc) classifyMentions(from int) {
	d.sorted = d.sorted[:0]
	for m := from; m < len(d.mentions); m++ {
		mm := &d.mentions[m]
		d.findRole(mm)
		if mm.gender == 0 && mm.t1-mm.t0 >= 2 {
			first, _, _ := strings.Cut(d.low(mm.t0), "-")
			mm.gender = firstNameGender(first)
		}
		mm.org = mm.inst || d.orgName(mm)
		mm.person = !mm.org && (mm.honor != "" || mm.role != "" || mm.t1-mm.t0 >= 2)
		if k, ok := d.names.kind(d, m); ok {
			mm.person, mm.org, mm.named = k == EntityPerson, k == EntityOrganization, k == EntityPerson
		}
		last := d.low(mm.t1 - 1)
		mm.sameLast = -1
		if h, ok := d.lastHead[last]; ok {
			mm.sameLast = h
		}
		d.lastHead[last] = int32(m)
	}
	for m := range d.mentions {
		d.mentions[m].canon = d.fullest(m, d.lastHead[d.low(d.mentions[m].t1-1)])
	}
	for m := range d.mentions {
		d.shareWithCanon(m)
	}
	for m := range d.mentions {
		d.shareWithCanon(m)
	}
	for m := range d.mentions {
		if !d.mentions[m].person && !d.mentions[m].org && d.mentions[m].t1-d.mentions[m].t0 == 1 {
			d.mentions[m].person = strings.Contains(d.fullerInText(m), " ")
		}
	}
}

// shareWithCanon pools what mention m and its fullest form know.
func (d *qdoc) shareWithCanon(m int) {
	mm, c := &d.mentions[m], &d.mentions[d.mentions[m].canon]
	if mm.person && !c.org {
		c.person = true
	}
	if c.person && !mm.org {
		mm.person = true
	}
	if c.gender == 0 {
		c.gender = mm.gender
	}
	if mm.gender == 0 {
		mm.gender = c.gender
	}
}

// orgName reports whether the mention names an organisation: an acronym
// or a word of institutions in it.
func (d *qdoc) orgName(mm *qmention) bool {
	if mm.honor != "" {
		return false
	}
	for t := mm.t0; t < mm.t1; t++ {
		if d.toks[t].acronym || d.has(t, clsOrgWord) {
			return true
		}
	}
	return false
}

// fullest returns the longest mention whose last words are those of m,
// the nearest before m among equals (the first after it when none is
// before). head is the last mention with m's last word.
func (d *qdoc) fullest(m int, head int32) int {
	best, mm := m, d.mentions[m]
	n := mm.t1 - mm.t0
	for c := int(head); c >= 0; c = int(d.mentions[c].sameLast) {
		cm := d.mentions[c]
		cn := cm.t1 - cm.t0
		if cm.inQuote || cm.inst || cn <= n || !d.sameTail(cm, mm, n) || genderClash(cm.gender, mm.gender) {
			continue
		}
		if bn := d.mentions[best].t1 - d.mentions[best].t0; cn > bn || cn == bn && nearer(c, best, m) {
			best = c
		}
	}
	return best
}

// nearer reports whether mention c is a better fullest form of m than b,
// of the same length: the nearest before m, else the first after it.
func nearer(c, b, m int) bool {
	switch {
	case c < m && b < m:
		return c > b
	case c < m:
		return true
	case b < m:
		return false
	}
	return c < b
}

func genderClash(a, b byte) bool { return a != 0 && b != 0 && a != b }

// sameTail reports whether the last n words of a and b are the same.
func (d *qdoc) sameTail(a, b qmention, n int) bool {
	for k := 1; k <= n; k++ {
		if d.low(a.t1-k) != d.low(b.t1-k) {
			return false
		}
	}
	return true
}

// mentionName returns the fullest form of mention m: the longest name the
// article gives, or the honorific and the name when it gives no other.
func (d *qdoc) mentionName(m int) string {
	c := d.mentions[d.mentions[m].canon]
	name := d.text[c.start:c.end]
	if c.t1-c.t0 > 1 {
		return name
	}
	if full := d.fullerInText(d.mentions[m].canon); full != name {
		return full
	}
	if h := c.honor + d.mentions[m].honor; h != "" {
		if c.honor != "" {
			h = c.honor
		}
		return h + " " + name
	}
	return name
}

// findRole reads the role written beside a mention: a title in its own
// words, a role word just before it, or an apposition around it ("Le
// ministre de l'Économie, Bruno Lefort", "Nadia Cherki, la ministre").
func (d *qdoc) findRole(mm *qmention) {
	if mm.role != "" {
		mm.gender = pick(mm.gender, roleGender(mm.role, ""))
		return
	}
	k := mm.h0 - 1
	switch {
	case d.has(k, clsTitle):
		mm.role = d.low(k)
		mm.gender = pick(mm.gender, roleGender(mm.role, d.lowAt(k-1)))
	case d.is(k, ","):
		d.roleInSegment(mm, d.segmentStart(k), k)
	}
	if mm.role == "" && d.is(mm.t1, ",") {
		d.roleInSegment(mm, mm.t1+1, min(mm.t1+5, len(d.toks)))
	}
}

// roleInSegment takes the role of a mention from an apposition that
// starts with a determiner and a title, in tokens [i, j).
func (d *qdoc) roleInSegment(mm *qmention, i, j int) {
	det := ""
	for t := i; t < j && t < i+4; t++ {
		if !d.word(t) {
			return
		}
		w := d.low(t)
		switch {
		case d.has(t, clsDeterminer):
			det = w
		case d.has(t, clsTitle):
			mm.role = w
			mm.gender = pick(mm.gender, roleGender(w, det))
			return
		case d.toks[t].cap || d.has(t, clsPreposition):
			return
		}
	}
}

// segmentStart returns the first token of the clause segment that ends
// before token k: after a comma, a boundary word or the sentence start.
func (d *qdoc) segmentStart(k int) int {
	s0 := d.sentence(max(k, 0)).t0
	i := k
	for i > s0 && i > k-12 && !d.boundary(i-1) {
		i--
	}
	return i
}

// lowAt returns token i in lower case, or "" outside the tokens.
func (d *qdoc) lowAt(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.low(i)
}

func pick(a, b byte) byte {
	if a != 0 {
		return a
	}
	return b
}

// roleGender tells the gender a role word and its determiner show.
func roleGender(role, det string) byte {
	switch det {
	case "la", "une", "cette":
		return 'f'
	case "le", "un", "ce", "cet":
		return 'm'
	}
	for _, s := range []string{"trice", "euse", "ière", "ienne", "esse", "woman", "ess", "cheffe"} {
		if strings.HasSuffix(role, s) {
			return 'f'
		}
	}
	switch role {
	case "spokesman", "chairman", "congressman", "king", "prince", "father", "son", "husband", "sir", "lord", "fisherman":
		return 'm'
	case "queen", "princess", "mother", "daughter", "wife", "sister", "lady", "dame", "actress":
		return 'f'
	}
	return 0
}

// mentionBefore returns the index of the last mention starting before
// byte at, or -1.
func (d *qdoc) mentionBefore(at int) []int32 {
	if len(d.sorted) != len(d.mentions) {
		d.sorted = d.sorted[:0]
		for m := range d.mentions {
			d.sorted = append(d.sorted, int32(m))
		}
		sort.Slice(d.sorted, func(i, j int) bool { return d.mentions[d.sorted[i]].start < d.mentions[d.sorted[j]].start })
	}
	k := sort.Search(len(d.sorted), func(i int) bool { return d.mentions[d.sorted[i]].start >= at })
	return d.sorted[:k]
}

// maxEarlyReads bounds the context reads a pronoun makes before it looks
// back: each one classifies every mention of the page again, so a long
// page with a pronoun per paragraph took minutes.
const maxEarlyReads = 64

// maxLookBack bounds how many mentions a pronoun or role looks back over.
const maxLookBack = 200

// resolvePronoun returns the most recent person before byte at, in unit
// u or the paragraphs before, that the pronoun can stand for, or -1.
func (d *qdoc) resolvePronoun(pron string, at, u int) int {
	g := pronounGender(pron)
	if g == 0 {
		return -1
	}
	if d.earlyReads < maxEarlyReads && d.readContext(u) { // the paragraphs just before first, lest a name read for an earlier quotation win
		d.earlyReads++
	}
	for {
		before := d.mentionBefore(at)
		for k, n := len(before)-1, 0; k >= 0 && n < maxLookBack; k, n = k-1, n+1 {
			m := int(before[k])
			mm := d.mentions[m]
			if mm.inQuote || !mm.person || genderClash(mm.gender, g) || !d.knownPerson(m) || d.spokenTo(&mm) {
				continue
			}
			d.mentions[mm.canon].gender = g
			return m
		}
		if !d.readContext(u) {
			return -1
		}
	}
}

// knownPerson reports whether mention m is known to be a person, not
// only capitalised words ("Ad Age readers"): the entities extension names
// it one, or it or its fullest form has a first name that tells a gender,
// an honorific or a role. When the entities extension ran, only such a
// mention stands for "she" or "il"; without it, capitalised words must do.
func (d *qdoc) knownPerson(m int) bool {
	if _, ok := d.names.(textNames); ok {
		return true
	}
	for _, k := range [2]int{m, d.mentions[m].canon} {
		if d.personSigns(k) {
			return true
		}
	}
	for k, n := d.mentions[m].sameLast, 0; k >= 0 && n < maxSameLastReads; k, n = d.mentions[k].sameLast, n+1 {
		if d.personSigns(int(k)) { // "Judge Montoya-Lewis" after "Raquel Montoya-Lewis"
			return true
		}
	}
	return false
}

// maxSameLastReads bounds the earlier mentions of the same last word that
// knownPerson reads.
const maxSameLastReads = 8

// personSigns reports whether mention k shows a person: the entities
// extension names it one, or it has a gendered first name, an honorific
// or a role.
func (d *qdoc) personSigns(k int) bool {
	mm := &d.mentions[k]
	return mm.named || mm.gender != 0 || mm.honor != "" || mm.role != ""
}

// spokenToWords are the verbs whose object is the one spoken to: "she
// told Wootton". The one asked is left out: "a reporter asked X" is
// followed by X's answer, "she replied".
var spokenToWords = map[string]bool{"told": true, "tells": true, "telling": true, "tell": true}

// spokenTo reports whether mention mm names the one spoken to, right
// after "told", or after "à" that follows a speech verb ("a confié à
// Marie Roux"): in "“…,” she told Wootton. “…,” she explained", the
// second "she" is still the speaker, not Wootton.
func (d *qdoc) spokenTo(mm *qmention) bool {
	i := mm.h0 - 1
	if i < 1 {
		return false
	}
	w := d.low(i)
	return spokenToWords[w] || addresseeWords[w] && d.isVerb(i-1)
}

func pronounGender(p string) byte {
	switch p {
	case "il", "he", "lui":
		return 'm'
	case "elle", "she":
		return 'f'
	}
	return 0
}

// resolveRole returns the most recent person before byte at whom the text
// gave the role, or -1.
func (d *qdoc) resolveRole(role string, at, u int) int {
	for {
		before := d.mentionBefore(at)
		for k, n := len(before)-1, 0; k >= 0 && n < maxLookBack; k, n = k-1, n+1 {
			m := int(before[k])
			mm := d.mentions[m]
			if !mm.inQuote && mm.person && (mm.role == role || d.mentions[mm.canon].role == role) {
				return m
			}
		}
		if !d.readContext(u) {
			return -1
		}
	}
}
