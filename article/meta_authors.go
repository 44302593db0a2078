package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file picks the authors among the JSON-LD, the <meta> tags, the
// microdata and the bylines printed in the header.

// authorMetaKeys are the <meta> names of an author, best first.
var authorMetaKeys = []string{
	"author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
	"dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:data1", "cxenseparse:author",
}

// maxBylineStart is the longest text a printed byline starts in; longer
// ones are sentences that happen to start with "By".
const maxBylineStart = 100

// leadingMarks are the separators a byline text may start with, after the
// date or the section printed before it: "· von", "| By".
const leadingMarks = "·•|–—- \t\u00a0"

// authorPicker gathers the authors of a page from each source.
type authorPicker struct {
	loose, strict bylineReader
	ts            *titleSources
	// starts are the strict reader's explicit byline starts, filed once
	// per Config (see Config.Freeze); nil to file them for this page.
	starts *explicitStarts
}

func newAuthorPicker(langs []*Language, ts *titleSources) authorPicker {
	var site func(string) bool
	if ts != nil {
		site = ts.isSite
	}
	return authorPicker{
		loose:  bylineReader{langs: langs, site: site},
		strict: bylineReader{langs: langs, strict: true, site: site},
		ts:     ts,
	}
}

// fromJSONLD reads the article's JSON-LD authors, and reports whether
// they are all organisations.
func (ap authorPicker) fromJSONLD(ld ldArticle) ([]Author, bool) {
	var out []Author
	orgs := true
	ps := ld.authors()
	for _, p := range ps {
		if p.org && !isAgency(p.name) && hasPerson(ps) {
			continue // the publisher credited beside the people who wrote
		}
		orgs = orgs && p.org
		names := ap.dropSiteInList(ap.loose.names(cutNameLabel(p.name)))
		if len(names) == 0 && p.person {
			names = userName(p.name)
		}
		if len(names) == 1 && p.url != "" && !strings.HasPrefix(p.url, "//") {
			names[0].URL = p.url
		}
		if !p.person {
			names = ap.keep(names, false)
		}
		out = append(out, names...)
	}
	out = ap.keep(out, true)
	return out, orgs && len(out) > 0
}

// fromMeta reads the authors named in <meta> tags.
func (ap authorPicker) fromMeta(pm *pageMeta) []Author {
	for _, k := range authorMetaKeys {
		for _, v := range pm.metaValues(k) {
			if k == "twitter:data1" && !isWrittenByLabel(pm.metaValue("twitter:label1")) {
				continue
			}
			if looksLikeURL(v) {
				continue
			}
			if name, ok := lastFirst(v); ok && !endsWithCountry(v) {
				v = name // "Doe, Jane"
			}
			if as := ap.keep(dropAddress(ap.loose.read(v)), k == "twitter:data1"); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// fromHeader reads the first byline printed around the headline: a run of
// texts that starts with a byline word (or whose accessible label does),
// else an element marked as the author (fromAuthorNodes).
func (ap authorPicker) fromHeader(pm *pageMeta, texts []headerText, anchor int) []Author {
	if as, _ := ap.explicitByline(texts); len(as) > 0 {
		return as
	}
	if as := ap.fromAuthorNodes(pm, anchor); len(as) > 0 {
		return as
	}
	if as := ap.unmarkedByline(texts); len(as) > 0 {
		return as
	}
	if as := ap.datedByline(texts); len(as) > 0 {
		return as
	}
	if as := ap.posterByline(texts); len(as) > 0 {
		return as
	}
	return ap.authorLinks(texts)
}

// explicitByline reads the first byline around the headline that a
// byline word opens (or whose accessible label does, or the marks of a
// CJK byline), with the names in the texts that go on with it, and the
// position of its first text.
func (ap authorPicker) explicitByline(texts []headerText) ([]Author, int) {
	for i, t := range texts {
		rest, ok := ap.strict.stripPrefix(strings.TrimLeft(labelled(t), leadingMarks))
		if !ok {
			if as := ap.cjkHeaderByline(t); len(as) > 0 {
				return as, t.pos
			}
			continue
		}
		if len(t.text) > maxBylineStart || inProse(t) || licenceCredit(t) || inCommentBox(t.node) || isTaxonomyLink(t.node) || pictureCredit(t.node) {
			continue
		}
		line := ap.bylineRun(rest, texts[i+1:])
		if as := ap.keep(ap.strict.read(line), true); len(as) > 0 {
			return as, t.pos
		}
		if as := ap.keep(ap.accountByline(t, line, texts[i+1:]), true); len(as) > 0 {
			return as, t.pos
		}
	}
	return nil, 0
}

// bylineRun joins the text after a byline word with the texts that go on
// with it: names and the commas and joining words between them, up to the
// first text that is neither ("Updated...", a date, a section name).
func (ap authorPicker) bylineRun(first string, next []headerText) string {
	parts := []string{first}
	wantName := first == "" || ap.endsWithJoiner(first)
	for _, t := range next[:min(len(next), 12)] {
		switch {
		case wantName && !ap.isLink(t.text):
			wantName = onlyJobWords(t.text) // "Rechtsanwalt", then the name
		case ap.isLink(t.text):
			wantName = ap.endsWithJoiner(t.text)
		default:
			return strings.Join(parts, " ")
		}
		parts = append(parts, t.text)
	}
	return strings.Join(parts, " ")
}

// isLink reports whether a text continues a byline: it starts with a
// comma (of any script), an ampersand or a joining word.
func (ap authorPicker) isLink(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); isNameListMark(r) {
		return true
	}
	w, _, _ := strings.Cut(s, " ")
	return ap.strict.isJoiner(w)
}

// endsWithJoiner reports whether a text ends in a way that asks for a
// name next: a comma (of any script), an ampersand or a joining word.
func (ap authorPicker) endsWithJoiner(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s); isNameListMark(r) {
		return true
	}
	i := strings.LastIndexByte(s, ' ')
	return ap.strict.isJoiner(s[i+1:])
}

// isStrongAuthorNode reports whether n is marked as the author by
// microdata, rel=author or microformats, rather than by a class name
// that only hints at it.
func isStrongAuthorNode(n *html.Node) bool {
	return strings.Contains(Attr(n, "itemprop"), "author") || strings.Contains(strings.ToLower(Attr(n, "rel")), "author") ||
		isMicroformatAuthor(n)
}

// fromNode reads the authors an element marked as a byline names: its
// whole text when short, else its first short text that is a name (an
// author box: the name, then a biography).
func (ap authorPicker) fromNode(n *html.Node) []Author {
	if ip := Attr(n, "itemprop"); strings.Contains(ip, "author") {
		if name := itemName(n); name != "" {
			if as := ap.loose.names(name); len(as) > 0 {
				return as
			}
			return userName(name)
		}
	}
	if t := boundedText(n, maxBylineText); t != "" && len(t) <= 120 {
		if as := ap.strict.read(t); len(as) > 0 {
			return as
		}
		if isUserNameNode(n) {
			return userName(strings.Trim(t, " |"))
		}
	}
	seen := 0
	for d := range n.Descendants() {
		if seen++; seen > 200 {
			break
		}
		t, ok := shortText(d)
		if !ok || len(t) > 60 {
			continue
		}
		if rest, ok := ap.strict.stripPrefix(t); ok && rest == "" {
			continue // "Written by", with the name in the next text
		}
		if as := ap.strict.read(t); len(as) > 0 && len(strings.Fields(as[0].Name)) <= 4 && !inBreadcrumb(d, n) && !inCommentBox(d) {
			return as // not a section of the trail nor a comment form's heading
		}
	}
	if isStrongAuthorNode(n) {
		return firstUserName(n)
	}
	return nil
}

// itemName returns the name an itemprop=author element gives: its content
// attribute, or the text of its itemprop=name descendant.
func itemName(n *html.Node) string {
	if c := Attr(n, "content"); c != "" {
		return c
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && Attr(d, "itemprop") == "name" {
			if c := Attr(d, "content"); c != "" {
				return c
			}
			return strings.Trim(boundedText(d, maxNameBytes), " |")
		}
	}
	return ""
}

// keep drops repeated names and, unless allowSite (the source says the
// name is a person's), the names that are the site's own but agencies.
func (ap authorPicker) keep(as []Author, allowSite bool) []Author {
	out := as[:0]
	seen := make(map[string]bool, len(as))
	for _, a := range as {
		k := titleKey(a.Name)
		if k == "" || seen[k] || !allowSite && ap.ts != nil && ap.ts.isSiteName(a.Name) && !isAgency(a.Name) {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// mergeAuthors reconciles the structured authors with the printed byline:
// the byline's order when it names them all, plus the agencies it adds.
func mergeAuthors(structured, printed []Author) []Author {
	if len(structured) == 0 {
		return printed
	}
	if len(printed) == 0 {
		return structured
	}
	structured = fillFirstNames(structured, printed)
	inPrinted := make(map[string]bool, len(printed))
	for _, a := range printed {
		inPrinted[nameKey(a.Name)] = true
	}
	all := true
	for _, a := range structured {
		all = all && inPrinted[nameKey(a.Name)]
	}
	if all {
		return withURLs(onlyNamed(printed, inStructured(structured)), structured)
	}
	out := structured
	for _, a := range printed {
		if isAgency(a.Name) && !containsAuthor(out, a.Name) {
			out = append(out, a)
		}
	}
	return out
}

// withURLs copies the URLs of from onto the same names in to.
func withURLs(to, from []Author) []Author {
	for i := range to {
		for _, f := range from {
			if to[i].URL == "" && nameKey(f.Name) == nameKey(to[i].Name) {
				to[i].URL = f.URL
			}
		}
	}
	return to
}

func containsAuthor(as []Author, name string) bool {
	k := titleKey(name)
	for _, a := range as {
		if titleKey(a.Name) == k {
			return true
		}
	}
	return false
}

// looksLikeURL reports whether s is a web address rather than a name.
func looksLikeURL(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}

// maxUserName is the longest account name kept as an author.
const maxUserName = 40

// userName returns the account name s as an author, when it is one word of
// letters, digits and the marks of account names ("jane.doe", "Mr_X",
// "paulb203"): the author of a forum post, where a structured source says
// that s names a person.
func userName(s string) []Author {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "@"))
	if len(s) < 2 || len(s) > maxUserName || !strings.ContainsFunc(s, unicode.IsLetter) {
		return nil // a number or a date ("12.03.2024") names no one
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-", r) {
			return nil
		}
	}
	if moreNotAuthors[strings.ToLower(s)] {
		return nil
	}
	return []Author{{Name: s}}
}
