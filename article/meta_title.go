package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file picks the headline: the visible <h1> when the metadata agrees
// with it, else the metadata titles without their " | Site" suffix.

// maxTitle is the longest headline kept, in bytes.
const maxTitle = 400

// titleSeparators cut a page title into the headline and the site name;
// the full-width bar and colon of Chinese and Japanese pages need no
// spaces.
var titleSeparators = []string{" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " » ", " « ", " // ", " / ", ": ", " : ", " ~ ", "｜", "："}

// titleKey folds a title for comparing: lower case, letters and digits
// only, single spaces; the marks written on a letter (the vowel signs of
// Devanagari, Bengali or Tamil, the tone marks of Thai) stay in its word.
// ASCII bytes, most of a title, are folded through a table without
// decoding, into a buffer on the stack for most titles.
func titleKey(s string) string {
	var buf [128]byte
	b, space := buf[:0], false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(s[i:])
			i += w
			b, space = appendKeyRune(b, r, space)
			continue
		}
		i++
		switch k := titleKeyByte[c]; k {
		case 0:
			space = true
		case '\'':
		default:
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			b, space = append(b, k), false
		}
	}
	return string(b)
}

// titleKeyByte is what titleKey does with an ASCII byte: a letter or a
// digit is written lower-cased, the apostrophe is dropped, and any other
// byte (0 here) separates words.
var titleKeyByte = func() (t [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		if asciiAlnum(c) {
			t[c] = lowerASCII(c)
		}
	}
	t['\''] = '\''
	return t
}()

// appendKeyRune is titleKey for a rune past ASCII, after the words so far
// in b, space telling whether a separator came since; it returns b and
// space updated. A mark right after a letter belongs to that letter's
// word: taken for a separator, it would cut "मंजूरी" into three words and
// make a site's name in Hindi look too long to be one.
func appendKeyRune(b []byte, r rune, space bool) ([]byte, bool) {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && len(b) > 0 && !space:
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		return utf8.AppendRune(b, unicode.ToLower(r)), false
	case r == '’' || r == '\u00ad':
		return b, space
	}
	return b, true
}

// titleSources are the titles the metadata gives, best first.
type titleSources struct {
	ld, og, twitter, page, other []string
	sites                        []string // site names, as keys
	names                        int      // how many of sites are names, not host labels
	// news says the JSON-LD calls the page a news article, whose headline
	// the newsroom wrote with care; elsewhere the <h1> is the headline
	// and the metadata a version of it for search engines.
	news bool
	// article says the page calls itself an article (see declaresArticle).
	article bool
	// pageLD and pageURL are the page's JSON-LD and address, read only
	// when an <h1> and the metadata disagree (see meta_title_page_name.go).
	pageLD  ldArticle
	pageURL string
	// heads are the keys of the page's <h1>s that do not name the site
	// (see readHeads).
	heads []string
	// titled says a metadata title is not a generic label (see dropGeneric).
	titled bool
	// cleaned remembers what clean gave; whatever changes sites or heads,
	// which cleanTitle reads, empties it (forgetCleaned).
	cleaned []cleanedTitle
}

// metaTitles returns every metadata title, best first.
func (ts *titleSources) all() []string {
	var out []string
	for _, l := range [][]string{ts.ld, ts.og, ts.twitter, ts.other, ts.page} {
		out = append(out, l...)
	}
	return out
}

// isSite reports whether s (a part of a title) names the site or holds
// its name among other words.
func (ts *titleSources) isSite(s string) bool {
	k := titleKey(s)
	return k != "" && (ts.hasSite(k, true) || ts.isInitialism(s))
}

// isSiteWhole reports whether s, a title or its first part, names the
// site; one of many words, more often a headline that speaks of the site,
// must name it whole.
func (ts *titleSources) isSiteWhole(s string) bool {
	k := titleKey(s)
	return k != "" && (ts.hasSite(k, strings.Count(k, " ") < maxSitePartWords) || ts.isInitialism(s))
}

// isSiteSuffix reports whether s, the last part of a title, names the
// site or holds its name: "Acme Daily, the news of the valley". After a
// colon, which parts a headline more often than it sets off a site, a
// long part must name the site whole; so must a part of more than
// maxSiteSuffixWords words.
func (ts *titleSources) isSiteSuffix(s, sep string) bool {
	if isColon(sep) {
		return ts.isSite(s)
	}
	k := titleKey(s)
	return k != "" && (ts.hasSite(k, strings.Count(k, " ") < maxSiteSuffixWords) || ts.isInitialism(s))
}

// hasSite reports whether the title key k names the site, or, with
// within, holds its name among other words.
func (ts *titleSources) hasSite(k string, within bool) bool {
	flat := strings.ReplaceAll(k, " ", "")
	if ts.hasSiteFlat(k, flat, within) {
		return true
	}
	for _, a := range asciiKeys(k) {
		if ts.hasSiteFlat(a, strings.ReplaceAll(a, " ", ""), within) {
			return true
		}
	}
	return false
}

// hasSiteFlat is hasSite for the title key k written without spaces as
// flat.
func (ts *titleSources) hasSiteFlat(k, flat string, within bool) bool {
	// a part of four characters or more may be a part of the site's name;
	// two Chinese characters, six bytes, are more often a place.
	part := utf8.RuneCountInString(flat) >= 4
	for _, site := range ts.sites {
		sflat := strings.ReplaceAll(site, " ", "")
		if k == site || flat == sflat || within && len(sflat) >= 4 && strings.Contains(flat, sflat) ||
			part && strings.Contains(sflat, flat) || len(k) >= 3 && strings.HasPrefix(site, k+" ") {
			return true
		}
	}
	return false
}

// isSiteName reports whether s is one of the site's names (not the label
// of its host, which a personal site shares with its author), written with
// or without spaces.
func (ts *titleSources) isSiteName(s string) bool {
	flat := strings.ReplaceAll(titleKey(s), " ", "")
	for _, site := range ts.sites[:ts.names] {
		if flat != "" && flat == strings.ReplaceAll(site, " ", "") {
			return true
		}
	}
	return false
}

// maxSitePartWords is the most words of a part of a title that holds the
// site's name among other words ("Acme Forums").
const maxSitePartWords = 5

// cleanTitle removes the site name from the start or end of a title:
// "Title | Site", "Site : Title", "Title - Section | Site", and the
// sections written between the title and the site with the same
// separator ("Title / Section / Site"). It reads ts.sites and ts.heads
// only; clean is the same, remembered.
func (ts *titleSources) cleanTitle(t string) string {
	t = cutDatePart(t)
	led := ts.ledBySite(t)
	for range 3 {
		cut := false
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > 0 && ts.isSiteEnd(t[i+len(sep):], sep, led) {
				t, cut = cutSection(strings.TrimSpace(t[:i]), sep), true
				break
			}
			if i := strings.Index(t, sep); i > 0 && ts.isSiteLead(t[:i]) {
				t, cut = strings.TrimSpace(t[i+len(sep):]), true
				break
			}
		}
		if !cut {
			break
		}
	}
	t = ts.cutBracketLead(cutBracketSuffix(cutSectionChain(cutCJKName(t)), ts.isSite))
	return cutTrail(ts.cutDomainPrefix(ts.cutBareSite(t)))
}

// maxSectionWords is the most words of a section name written between a
// title and the site's name.
const maxSectionWords = 3

// cutSection drops the last part of t after sep when it is short and
// what comes before it is not: the section in "Title / Section / Site".
func cutSection(t, sep string) string {
	i := strings.LastIndex(t, sep)
	if i <= 0 {
		return t
	}
	head, tail := t[:i], t[i+len(sep):]
	if len(strings.Fields(tail)) <= maxSectionWords && len(strings.Fields(head)) >= 3 {
		return strings.TrimSpace(head)
	}
	return t
}

// cleanByAgreement cuts a title at a separator when one side is exactly
// another source's title; others holds the keys of those titles.
func cleanByAgreement(t string, others map[string]bool) string {
	k := titleKey(t)
	for _, sep := range titleSeparators {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		if hk := titleKey(t[:i]); hk != k && others[hk] {
			return strings.TrimSpace(t[:i])
		}
		j := strings.LastIndex(t, sep)
		if tk := titleKey(t[j+len(sep):]); tk != k && others[tk] {
			return strings.TrimSpace(t[j+len(sep):])
		}
	}
	return t
}

// titleKeys returns the set of the keys of titles.
func titleKeys(titles []string) map[string]bool {
	keys := make(map[string]bool, len(titles))
	for _, t := range titles {
		if k := titleKey(t); k != "" {
			keys[k] = true
		}
	}
	return keys
}

// cleanShortSuffix drops a short last part ("Title | Acme News") from a
// long page title, as most such parts are the site's name.
func cleanShortSuffix(t string) string {
	if h, ok := cutCJKSuffix(t); ok {
		return h
	}
	for _, sep := range shortSuffixSeparators {
		if h, ok := shortSuffixAt(t, sep); ok {
			return h
		}
	}
	return cutBracketSuffix(t, anyName)
}

// pickTitle returns the headline and the <h1> it was read from, if any.
func pickTitle(ts *titleSources, h1s, h2s []posNode) (string, *posNode) {
	h1s = ts.contentH1s(h1s)
	metas := ts.all()
	keys := titleKeys(metas)
	cleaned := make([]string, 0, len(metas))
	for _, m := range metas {
		cleaned = append(cleaned, cleanByAgreement(ts.clean(m), keys))
	}
	if h, ok := ts.labelSpanTitle(h1s); ok {
		return h.text, h.node
	}
	if h, ok := ts.agreedH1(h1s, metas, cleaned); ok {
		titles := ts.cleanedTitles(cleaned)
		return metaSpelling(numberedTitle(ts.cleanH1(ts.extendedH1(h.text, metas, cleaned)), titles), titles), h.node
	}
	if j := headingTitle(h2s, cleaned, ts); j >= 0 && !h1Holds(h1s, cleaned[j]) {
		if j >= len(metas)-len(ts.page) {
			return cleanShortSuffix(cleaned[j]), nil // as pageTitle cuts the <title>
		}
		return cleaned[j], nil
	}
	if t, ok := ts.tailHeadingTitle(h2s, cleaned); ok && !h1Holds(h1s, t) {
		return t, nil
	}
	h := relatedH1(h1s, cleaned, ts)
	if name := ts.metaPageName(h, keys, cleaned); name != "" {
		return name, nil
	}
	if h != nil && !ts.news && !ts.tagLineH1(h, keys, cleaned) {
		if full, ok := fullerTitle(headText(h.n), metas); ok && !ts.article {
			return full, h // the page's name, which the <h1> shortens
		}
		return ts.cleanH1(headText(h.n)), h
	}
	if t := ts.metaTitle(keys, cleaned); t != "" {
		return t, nil
	}
	page, site := ts.pageTitle(keys)
	if h := firstContentH1(h1s); h != nil && (page == "" || !ts.isSite(headText(h.n)) || ts.sharesOwnWord(headText(h.n), page)) {
		return ts.cleanH1(headText(h.n)), h
	}
	return firstNonEmpty(page, site), nil
}

// metaTitle returns the first metadata title (but the page's <title>)
// that is not the site's name, cut of its site name; a title cut short
// (a headline trimmed to a length) yields to the whole one another
// source gives.
func (ts *titleSources) metaTitle(keys map[string]bool, cleaned []string) string {
	for _, group := range [][]string{ts.ld, ts.og, ts.twitter, ts.other} {
		for _, m := range group {
			if ts.siteDefault(m) {
				continue
			}
			if t := cleanByAgreement(ts.clean(m), keys); t != "" && !ts.isSiteWhole(t) {
				if o, ok := ts.bareSiteOf(t, cleaned); ok {
					t = o
				}
				return wholeTitle(t, cleaned)
			}
		}
	}
	return ""
}

// pageTitle returns the page's <title> cut of its site name, or, when it
// only names the site, that name as site.
func (ts *titleSources) pageTitle(keys map[string]bool) (title, site string) {
	for _, m := range ts.page {
		t := cleanShortSuffix(cleanByAgreement(ts.clean(m), keys))
		if t != "" && !ts.namesSite(t) {
			return t, ""
		}
		site = firstNonEmpty(site, t)
	}
	return "", site
}

// sharesOwnWord reports whether a and b have a word in common that is
// not a word of the site's names: "Acme Entertainment", an <h1> that
// names the site, shares only the site's name with the page title "Acme
// TV and Streaming".
func (ts *titleSources) sharesOwnWord(a, b string) bool {
	words := titleWordSet(0, b)
	for _, site := range ts.sites {
		for w := range strings.FieldsSeq(site) {
			delete(words, w)
		}
	}
	return sharedWords(titleKey(a), words) > 0
}

// sharesWordOf reports whether a and b have a word of minRunes letters or
// more in common.
func sharesWordOf(a, b string, minRunes int) bool {
	return sharedWords(titleKey(a), titleWordSet(minRunes, b)) > 0
}

// addSiteH1s adds to the site's names the <h1>s that are the last part of
// a metadata title ("A brief intro to git • Jane Doe" with an <h1> "Jane
// Doe"), or its first part when the rest is another source's title: the
// name of a blog or a forum printed as its banner.
func (ts *titleSources) addSiteH1s(h1s []posNode) {
	metas := ts.all()
	keys := titleKeys(metas)
	for _, h := range h1s {
		k := titleKey(headText(h.n))
		if k == "" || ts.isSite(k) {
			continue
		}
		for _, m := range metas {
			head, tail := splitLast(m)
			first, rest := splitFirst(m)
			if titleKey(tail) == k && !ts.isSite(head) && !colonSplit(m, head) && !outweighs(k, head) ||
				titleKey(first) == k && keys[titleKey(rest)] && !ts.isSite(rest) {
				ts.sites = append(ts.sites, k)
				ts.forgetCleaned()
				break
			}
		}
	}
}

// colonSplit reports whether title t is cut after head at a colon: what
// follows a colon is the headline ("Acme Blog: A post"), not the site.
func colonSplit(t, head string) bool {
	rest := strings.TrimSpace(t[len(head):])
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
}

// isColon reports whether the title separator sep is a colon, spaced or
// full-width.
func isColon(sep string) bool {
	return strings.TrimSpace(sep) == ":" || sep == "："
}

// splitLast cuts t at its last separator, the first of titleSeparators
// found; tail is "" when t has none.
func splitLast(t string) (head, tail string) {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 {
			return t[:i], t[i+len(sep):]
		}
	}
	return t, ""
}

// splitFirst cuts t at its first separator, the first of titleSeparators
// found; rest is "" when t has none.
func splitFirst(t string) (first, rest string) {
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i > 0 {
			return t[:i], t[i+len(sep):]
		}
	}
	return t, ""
}

// headText returns the clean text of a headline element, with the
// entities a page escaped twice decoded, no-break spaces made spaces and
// ruby readings left out.
func headText(n *html.Node) string {
	return CleanText(strings.ReplaceAll(unescapeEntities(headlineText(n)), "\u00a0", " "))
}

// h1Choice is an <h1> chosen as the headline.
type h1Choice struct {
	text string
	node *posNode
}

// agreeingH1 returns the first <h1> whose text the metadata titles also
// give, whole or as their start, or that prints one of them with a
// kicker before it (a single number stays, see numberKicker), or that one
// of them prints after a short label (see kickedTitle). A title the <h1>
// sets apart after a kicker counts before a raw metadata title that
// writes the kicker out (see kickerH1).
func agreeingH1(h1s []posNode, metas, cleaned []string) (h1Choice, bool) {
	for i := range h1s {
		t := trimSourceTail(headText(h1s[i].n), cleaned)
		k := titleKey(t)
		if k == "" || len(t) > maxTitle {
			continue
		}
		for _, c := range cleaned {
			if k == titleKey(c) {
				return h1Choice{t, &h1s[i]}, true
			}
		}
		spaced := kickerKey(h1s[i].n, k)
		if h, ok := kickerH1(h1s[i].n, spaced, cleaned, true); ok {
			return h1Choice{firstNonEmpty(h, t), &h1s[i]}, true
		}
		for j, m := range metas {
			if k == titleKey(m) || prefixKey(titleKey(m), k) || startsCut(cleaned[j], k) || kickedTitle(cleaned[j], k) {
				return h1Choice{t, &h1s[i]}, true
			}
		}
		if h, ok := kickerH1(h1s[i].n, spaced, cleaned, false); ok {
			return h1Choice{firstNonEmpty(h, t), &h1s[i]}, true
		}
	}
	return h1Choice{}, false
}

// maxTitleH2s is how many of the first <h2>s may confirm a title.
const maxTitleH2s = 4

// minHeadingTitleWords is the fewest words of a title an <h2> confirms.
const minHeadingTitleWords = 3

// headingTitle returns the index of the metadata title, cut of its site
// name, that one of the first <h2>s prints word for word, when it is not
// the site's name: on a page whose <h1> is a banner or a pull quote, the
// headline is set in an <h2>. Else it returns -1.
func headingTitle(h2s []posNode, cleaned []string, ts *titleSources) int {
	for _, h := range h2s {
		k, ok := titleH2Key(h)
		if !ok {
			continue
		}
		for j, c := range cleaned {
			if titleKey(c) == k && !ts.isSiteWhole(c) {
				return j
			}
		}
	}
	return -1
}

// titleH2Key returns the key of the <h2> h when it may confirm a title:
// it has minHeadingTitleWords words or more and is not in the site's
// navigation or footer.
func titleH2Key(h posNode) (string, bool) {
	k := titleKey(headText(h.n))
	return k, strings.Count(k, " ") >= minHeadingTitleWords-1 && !inChrome(h.n)
}

// prefixKey reports whether the title key k starts with the headline key
// h followed by a word break, and h is long enough to mean it.
func prefixKey(k, h string) bool {
	return len(h) >= 12 && prefixWords(k, h)
}

// firstContentH1 returns the first <h1> that is not in a header bar, a
// navigation or a footer, else the first <h1>.
func firstContentH1(h1s []posNode) *posNode {
	for i := range h1s {
		if !inChrome(h1s[i].n) && nodeText(h1s[i].n) != "" {
			return &h1s[i]
		}
	}
	return nil
}

// inChrome reports whether n is inside the site's navigation or footer.
func inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return true
		}
	}
	return false
}

// anchorH1 returns the <h1> to read the header around: the chosen one,
// else the first content <h1>.
func anchorH1(chosen *posNode, h1s []posNode) *posNode {
	if chosen != nil {
		return chosen
	}
	return firstContentH1(h1s)
}

// relatedH1 returns the content <h1> that shares the most words with the
// metadata titles, when it shares some (or there are no such titles): the
// page's headline, rewritten for search engines in its metadata. Single
// letters shared do not count ("M&A Updates" over a title on M&A), only
// words of minRelatedRunes letters or more.
func relatedH1(h1s []posNode, metas []string, ts *titleSources) *posNode {
	words, long := titleWordSet(0, metas...), titleWordSet(minRelatedRunes, metas...)
	var best *posNode
	bestScore := 0.0
	least := shortestWords(metas)
	for i := range h1s {
		t := headText(h1s[i].n)
		if t == "" || len(t) > maxTitle || inChrome(h1s[i].n) || ts.isBannerH1(t, least) ||
			4*len(strings.Fields(titleKey(t))) < least {
			continue // a section heading that shares a word or two
		}
		k := titleKey(t)
		score := sharedWords(k, words)
		if score > 0 && sharedWords(k, long) == 0 {
			continue
		}
		if len(words) == 0 && best == nil || score > bestScore {
			best, bestScore = &h1s[i], score
		}
	}
	return best
}

// minRelatedRunes is the fewest letters of a word an <h1> shares with a
// metadata title to be a version of it.
const minRelatedRunes = 2

// shortestWords returns the fewest words of the titles, 0 when there are
// none.
func shortestWords(titles []string) int {
	least := 0
	for _, t := range titles {
		if n := len(strings.Fields(titleKey(t))); n > 0 && (least == 0 || n < least) {
			least = n
		}
	}
	return least
}

// sharedWords returns the share of the words of k found in words.
func sharedWords(k string, words map[string]bool) float64 {
	ws := strings.Fields(k)
	if len(ws) == 0 {
		return 0
	}
	n := 0
	for _, w := range ws {
		if words[w] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}

// maxLabelWords is the most words of a label written after a headline and
// a bar: "| Opinion", "| Python, SQL & AI".
const maxLabelWords = 4

// minLabelHeadWords is the fewest words of a headline that a label
// follows: "Catering Tips | Acme".
const minLabelHeadWords = 2

// labelBars set a label off the end of a headline: the bar, and the
// full-width bar of Chinese and Japanese pages, which needs no spaces.
var labelBars = []string{" | ", "｜"}

// cutLabelSuffix drops the short part after the last bar of a headline:
// a section, a series or a site, which a headline never ends with, or the
// list of the site's sections (see sectionList).
func cutLabelSuffix(t string) string {
	i, sep := lastSeparator(t, labelBars)
	if i > 0 && sectionList(t[i+len(sep):]) && headlineWords(t[:i]) >= minLabelHeadWords {
		return strings.TrimSpace(t[:i])
	}
	return cutLabelAt(t, i, len(sep), minLabelHeadWords, 0)
}

// cutLabelAt drops the part of t after the separator of sepLen bytes at
// index i when it is a label of minTail to maxLabelWords words after a
// headline of at least minHead words (see headlineWords); i <= 0 leaves t
// whole.
func cutLabelAt(t string, i, sepLen, minHead, minTail int) string {
	if i <= 0 {
		return t
	}
	head, tail := t[:i], t[i+sepLen:]
	if n := headlineWords(titleKey(tail)); n >= minTail && n <= maxLabelWords && headlineWords(head) >= minHead {
		return strings.TrimSpace(head)
	}
	return t
}

// titleWordSet returns the words of the keys of titles that have minRunes
// letters or more.
func titleWordSet(minRunes int, titles ...string) map[string]bool {
	words := make(map[string]bool)
	for _, t := range titles {
		for _, w := range strings.Fields(titleKey(t)) {
			if utf8.RuneCountInString(w) >= minRunes {
				words[w] = true
			}
		}
	}
	return words
}
