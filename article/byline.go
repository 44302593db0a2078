package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads bylines: "Par Jean Dupont et Marie Martin, avec AFP",
// "By X and Y", "X, Y and Z", "Propos recueillis par X", "Texte : X".

// Bounds of the byline reader.
const (
	maxBylineText = 400 // longest byline text read
	maxNameBytes  = 80  // longest name kept
	maxNameWords  = 6   // most words in a name
	maxAuthors    = 12  // most authors read from one byline
)

// bylineReader reads bylines with the words of some languages.
type bylineReader struct {
	langs []*Language
	// strict is for text seen on the page: names must look like names
	// (capitalised words), not like a sentence.
	strict bool
	// site reports whether a name is the site's own, when known: a role
	// written after it stays ("Acme Contributor", see siteRole).
	site func(string) bool
}

// read returns the authors a byline names, in order.
func (r bylineReader) read(s string) []Author {
	s = CleanText(unescapeEntities(s))
	if len(s) > maxBylineText {
		s = s[:strings.LastIndexByte(s[:maxBylineText], ' ')+1]
	}
	s = bylineSeparators.Replace(cutRoleCredits(r.cutDates(joinSlashedNames(s))))
	seg, _ := r.segment(s)
	return withAgencyParts(r.names(seg), s, seg)
}

// bylineSeparators set the parts of a byline line apart: a spaced hyphen,
// and the at sign blogs print before the time ("Jane @ 12:00 am").
var bylineSeparators = strings.NewReplacer(" - ", " | ", " @ ", " | ")

// cutDates replaces the dates and date labels of s by separators.
func (r bylineReader) cutDates(s string) string {
	for range 3 {
		_, start, end, ok := FindDate(s)
		if !ok {
			break
		}
		s = s[:start] + " | " + s[end:]
	}
	for _, l := range r.langs {
		for _, labels := range [][]string{l.ModifiedLabels, l.PublishedLabels} {
			for _, lab := range labels {
				s = cutLabel(s, lab)
			}
		}
	}
	return s
}

// cutLabel replaces every occurrence of the words lab in s by a
// separator, ignoring case.
func cutLabel(s, lab string) string {
	for i := 0; i+len(lab) <= len(s); i++ {
		if !strings.EqualFold(s[i:i+len(lab)], lab) || !wordEdge(s, i-1) || !wordEdge(s, i+len(lab)) {
			continue
		}
		s = s[:i] + "|" + s[i+len(lab):]
	}
	return s
}

// wordEdge reports whether s[i] is outside s or not a letter or digit.
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return c < 0x80 && !('a' <= c|0x20 && c|0x20 <= 'z') && !isDigit(c)
}

// segment cuts s at hard separators and returns the part that starts with
// a byline prefix (and true), else the first part that is not empty.
func (r bylineReader) segment(s string) (string, bool) {
	first, reviewer := "", ""
	for part := range strings.FieldsFuncSeq(s, isBylineBreak) {
		label := r.strict && isWordLabel(part)
		part = strings.Trim(part, " ,;:.-\u00a0")
		if part == "" {
			continue
		}
		if rest, ok := cutReviewer(part); ok {
			reviewer = rest // a reviewer only when no one else is named
			continue
		}
		if rest, ok := r.stripPrefix(part); ok {
			return rest, true
		}
		if first == "" && !label {
			first = part
		}
	}
	if first == "" {
		return reviewer, false
	}
	return first, false
}

// isWordLabel reports whether part is one word and a colon: a label
// ("Stand:", "Quelle:", "Źródło:") that names no one. A name and a colon
// ("Jane Doe:") introduces what she says, and stays.
func isWordLabel(part string) bool {
	word, ok := strings.CutSuffix(strings.Trim(part, " \u00a0"), ":")
	word = strings.TrimRight(word, " \u00a0") // "Source :", in French
	return ok && word != "" && !strings.ContainsAny(word, " \u00a0")
}

// isBylineBreak reports whether r separates the parts of a byline line.
func isBylineBreak(r rune) bool {
	switch r {
	case '|', '•', '·', '—', '–', '\n', '/':
		return true
	}
	return false
}

// stripPrefix removes the byline prefixes ("Par", "By", "Texte :") at the
// start of s, and reports whether there was one.
func (r bylineReader) stripPrefix(s string) (string, bool) {
	found := false
	for range 2 {
		rest, ok := r.cutPrefix(s)
		if !ok {
			break
		}
		s, found = rest, true
	}
	return s, found
}

// cutPrefix removes the byline prefix that leaves the least of s. It tries
// only the prefixes that may start s in some case: of the built-in ones,
// those filed under the first byte of s (moreBylineHeads); of the
// languages', those whose first byte is not an ASCII byte that differs
// from s's but in case (differFirstASCII).
func (r bylineReader) cutPrefix(s string) (string, bool) {
	if s == "" {
		return s, false // no prefix leaves less than nothing
	}
	best, ok, c := s, false, s[0]
	for _, l := range r.langs {
		for _, p := range l.BylinePrefixes {
			if p == "" || !differFirstASCII(c, p[0]) {
				best, ok = shorterCut(s, p, best, ok)
			}
		}
	}
	for _, p := range moreBylineHeads[c] {
		best, ok = shorterCut(s, p, best, ok)
	}
	return best, ok
}

// shorterCut returns what follows the prefix p in s, when s starts with p
// and that is shorter than best; else best and ok unchanged.
func shorterCut(s, p, best string, ok bool) (string, bool) {
	if rest, hit := hasPrefixFold(s, p); hit && len(rest) < len(best) && !nounWithoutColon(s, p) {
		return rest, true
	}
	return best, ok
}

// prefixes yields the byline prefixes of r's languages, then the
// built-in ones of other languages.
func (r bylineReader) prefixes(yield func(string) bool) {
	for _, l := range r.langs {
		for _, p := range l.BylinePrefixes {
			if !yield(p) {
				return
			}
		}
	}
	for _, p := range moreBylinePrefixes {
		if !yield(p) {
			return
		}
	}
}

// names splits a byline without its prefix into authors.
func (r bylineReader) names(s string) []Author {
	s = unescapeEntities(s)
	var out []Author
	employer, aside, titled := false, false, false
	parts := r.parts(s)
	for i, part := range parts {
		if len(out) >= maxAuthors {
			break
		}
		if len(out) > 0 && (apposition(parts, i) || i > 0 && apposition(parts, i-1)) {
			continue // "Jane Doe, Faculty of Law and social sciences professor"
		}
		if r.strict && len(out) == 0 && strings.Contains(part.text, ": ") {
			return nil // a title or a sentence: "Motto: Fazit, Erkenntnisse und Pläne"
		}
		if aside = aside && !part.afterComma && !strings.Contains(part.text, " "); aside {
			continue // the place of "Jane Doe, correspondent in Brussels", cut at a joining word
		}
		if len(out) > 0 && isCredential(part.text) {
			if r.site == nil || !r.site(part.text) {
				out[len(out)-1].Name += ", " + part.text // "Jane Doe, PhD", not "Jane Doe, CNN"
			}
			continue
		}
		if employer = employer && part.afterAmp; employer {
			continue // "Attorney at Morgan & Morgan"
		}
		if len(out) > 0 && part.afterComma && isJobTitle(part.text) && !isCJKJobName(part.text) {
			employer, titled, aside = hasAffiliation(part.text), true, true
			continue // "Jane Doe, Political Correspondent", "Juan Pérez, corresponsal en Bruselas"
		}
		if titled && orgNamed(part.text) {
			continue // the employer after the title: "Jane Doe, Director, Acme Institute"
		}
		if len(out) > 0 && part.afterComma && r.strict && !strings.Contains(part.text, " ") && !isAgency(part.text) {
			aside = true
			continue // a dateline: "Jane Doe, Frankfurt"
		}
		if len(out) > 0 && part.afterComma && isDatelinePart(part.text) {
			aside = true
			continue // "João da Silva, de São Paulo"
		}
		if part.bracketed && r.strict && placeBeforeAgency(out) {
			out = out[:0] // the dateline of an agency: "Madrid (EFE)"
		}
		if name, ok := r.name(part.text); ok {
			out, titled = append(out, cjkSpacedNames(name)...), false
		} else if r.strict && sentencePart(part.text) && !hasFullName(out) {
			return nil // "Von Einheimischen, Gästen und ganz viel Kühen": a title
		} else {
			aside = len(out) > 0 && part.afterComma && r.strict
		}
	}
	return out
}

// apposition reports whether parts[i], after a comma, starts a phrase
// about the name before it that a joining word cut in two: neither half
// is written as a name, and neither is an agency. The halves of "Faculty
// of Law and social sciences professor" are no authors.
func apposition(parts []bylinePart, i int) bool {
	if !parts[i].afterComma || i+1 >= len(parts) || parts[i+1].afterComma {
		return false
	}
	for _, p := range parts[i : i+2] {
		if isAgency(p.text) || capitalised(strings.Fields(p.text)) {
			return false
		}
	}
	return true
}

// bylinePart is one name of a byline, before it is cleaned.
type bylinePart struct {
	text       string
	afterComma bool // the part follows a comma, not a joining word
	afterAmp   bool // the part follows an ampersand or a plus sign
	bracketed  bool // the part is an agency written in brackets: "(EFE)"
}

// parts cuts s at commas, semicolons, ampersands and joining words,
// keeping an agency written in brackets as a part of its own.
func (r bylineReader) parts(s string) []bylinePart {
	var parts []bylinePart
	var cur []string
	comma, amp, caps := false, false, isAllCaps(s)
	flush := func(nextAfterComma bool) {
		if len(cur) > 0 {
			parts = append(parts, bylinePart{strings.Join(cur, " "), comma, amp, false})
			cur = cur[:0]
		}
		comma, amp = nextAfterComma, false
	}
	for _, w := range strings.Fields(spaceGluedNames(spaceListMarks(s))) {
		if r.splitsAt(w, cur, comma, caps) {
			flush(false)
			amp = w == "&" || w == "+"
			continue
		}
		if inner := strings.Trim(w, "()[],;"); inner != w && isAgency(inner) && strings.HasPrefix(w, "(") {
			flush(false)
			parts = append(parts, bylinePart{inner, false, false, true})
			continue
		}
		trimmed := strings.TrimRight(w, ",;")
		cur = append(cur, trimmed)
		if trimmed != w {
			flush(true)
		}
	}
	flush(false)
	return parts
}

// splitsAt reports whether the word w of a byline ends the part cur: a
// joining word (in capitals too when the byline is all in capitals, caps),
// an ampersand or a plus sign; but not a joining word that is also a word
// of a dateline right after a comma (comma): "Juan Pérez, en Madrid".
func (r bylineReader) splitsAt(w string, cur []string, comma, caps bool) bool {
	if comma && len(cur) == 0 && datelineWords[w] {
		return false
	}
	return r.isJoiner(w) || caps && capsJoiner(w, cur) || w == "&" || w == "+"
}

// isJoiner reports whether w joins two names ("et", "and", "avec").
func (r bylineReader) isJoiner(w string) bool {
	for _, l := range r.langs {
		for _, j := range l.BylineJoiners {
			if strings.EqualFold(w, j) {
				return true
			}
		}
	}
	return moreBylineJoiners[strings.ToLower(w)] && strings.ToLower(w) == w
}

// name cleans one part of a byline and reports whether it names someone.
func (r bylineReader) name(part string) (string, bool) {
	var words []string
	for _, w := range strings.Fields(part) {
		if strings.Contains(w, "@") || strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
			continue // an e-mail, a handle or a link
		}
		words = append(words, w)
	}
	s := strings.Trim(dropBrackets(strings.Join(words, " ")), " .,:;()[]\"'«»“”*")
	s, _ = r.stripPrefix(s)
	if r.siteRole(s) {
		return s, true // "Acme Contributor": the site credits itself
	}
	s = r.stripRoles(s)
	if isAgency(s) {
		return strings.Trim(s, "()[]"), true
	}
	s, _ = r.stripPrefix(cutDateWords(trimJobWords(cutCreditTail(s)))) // "Sponsored by Acme", "Jane Doe Updated"
	if strings.Contains(s, ":") || hasJobWord(s) || looksLikeUsername(s) || endsWithLabel(s) {
		return "", false // "design: X", "Senior Analyst", "jane.doe"
	}
	if r.strict {
		run := nameRun(s)
		if startsSentence(s, run) {
			return "", false // "These actions help...", "Insights from"
		}
		s = run
	}
	return s, r.plausible(s)
}

// dropBrackets removes the bracketed asides of a name: "Jane Doe (jd)".
func dropBrackets(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return strings.TrimSpace(s[:i])
		}
		s = strings.TrimSpace(s[:i] + " " + s[i+j+1:])
	}
}

// nameRun returns the leading run of capitalised words of s, without the
// words in capitals that follow a longer name ("Jane Doe USA TODAY"): the
// name in "Jane Doe on behalf of the team".
func nameRun(s string) string {
	words := strings.Fields(s)
	n := 0
	for n < len(words) {
		particle := n > 0 && (beforeSurname(words[n:]) || elidedSurname(words[n]))
		if !particle && !capitalised(words[n:n+1]) {
			break
		}
		n++
	}
	words = words[:n]
	mixed := 0
	for i, w := range words {
		if isAllCaps(w) && mixed >= 2 {
			words = words[:i]
			break
		}
		if !isAllCaps(w) {
			mixed++
		}
	}
	return strings.Join(words, " ")
}

// beforeSurname reports whether words start with one particle or more
// followed by a capitalised word: "van der Merwe", "de la Tour".
func beforeSurname(words []string) bool {
	i := 0
	for i < len(words) && i < 3 && nameParticles[words[i]] {
		i++
	}
	return i > 0 && i < len(words) && capitalised(words[i:i+1])
}

// isAllCaps reports whether w has two letters or more, all capitals.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// looksLikeUsername reports whether s is one token with dots, underscores
// or digits in it: an account name, not a byline.
func looksLikeUsername(s string) bool {
	return !strings.ContainsRune(s, ' ') && strings.ContainsAny(s, "._0123456789")
}

// trimJobWords drops a job title written after or before a name:
// "Jane Doe Reporter", "기자" after a Korean name.
func trimJobWords(s string) string {
	words := strings.Fields(s)
	for len(words) > 1 && jobWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	for len(words) > 1 && jobWords[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// hasJobWord reports whether s holds a word of a job title.
func hasJobWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if isJobWord(w) {
			return true
		}
	}
	return false
}

// stripRoles removes role words at the start or end of a name:
// "journaliste", "Staff Writer".
func (r bylineReader) stripRoles(s string) string {
	for _, l := range r.langs {
		for _, role := range l.BylineRoles {
			if strings.EqualFold(s, role) {
				return ""
			}
			if rest, ok := hasPrefixFold(s, role); ok {
				s = rest
			}
			if n := len(s) - len(role); n > 0 && strings.EqualFold(s[n:], role) && s[n-1] == ' ' {
				s = strings.TrimSpace(s[:n])
			}
		}
	}
	return s
}

// plausible reports whether s can be a person's or an organisation's name.
func (r bylineReader) plausible(s string) bool {
	if len(s) < 2 || len(s) > maxNameBytes || r.notAuthor(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxNameWords || r.strict && len(words) == 1 && utf8.RuneCountInString(s) <= 2 {
		return false // "EN", the language switch beside "DE"
	}
	for _, c := range s {
		if unicode.IsDigit(c) || c == '?' || c == '!' || c == '=' || c == '<' || c == '{' {
			return false
		}
	}
	return !r.strict || capitalised(words)
}

// notAuthor reports whether s is a byline that names no one.
func (r bylineReader) notAuthor(s string) bool {
	k := strings.ToLower(s)
	if moreNotAuthors[k] {
		return true
	}
	first, _, _ := strings.Cut(k, " ")
	if first == "staff" || newsroomWords[first] {
		return true
	}
	for _, l := range r.langs {
		for _, n := range l.NotAuthors {
			if strings.EqualFold(s, n) {
				return true
			}
		}
	}
	return false
}

// capitalised reports whether words look like a name: each starts with a
// capital (or a letter of a script without case), but for particles.
func capitalised(words []string) bool {
	for i, w := range words {
		r := []rune(w)[0]
		if nameParticles[w] && i > 0 && i < len(words)-1 || i > 0 && elidedSurname(w) {
			continue
		}
		if !unicode.IsUpper(r) && !(unicode.IsLetter(r) && !unicode.IsLower(r)) {
			return false
		}
	}
	return true
}
