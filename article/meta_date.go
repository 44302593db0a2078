package article

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file gathers the dates a page gives for its article and picks the
// publication and modification dates among them.

// dateRank is how much a source of dates is trusted; lower is better.
type dateRank int

// The sources of dates, most trusted first.
const (
	rankJSONLD    dateRank = iota // the article's JSON-LD
	rankMeta                      // <meta> tags: article:published_time, DC...
	rankMicrodata                 // itemprop=datePublished in the page
	rankPageLD                    // the web page's JSON-LD
	rankVisible                   // <time> and dates printed in the header
	rankURL                       // a date in the address
	rankImageURL                  // a date in the address of the lead image
	rankPage                      // the first date printed in the page
)

// dateCand is one date a page gives, with its source.
type dateCand struct {
	d        Date
	rank     dateRank
	modified bool
	line     bool // printed on the article's date line
	marked   bool // printed in a <time> or an element whose class names a date
	dist     int  // for a printed date, how far it is from the headline
	repeated bool // given by a <meta> tag that gives several dates
}

// publishedMetaKeys are the <meta> names of a publication date.
var publishedMetaKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "og:published_time",
	"published_time", "datepublished", "article.published", "publish-date", "publish_date",
	"publishdate", "pubdate", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "article_date_original",
	"original-publish-date", "citation_publication_date", "citation_date", "bt:pubdate",
	"publication_date", "date.available", "article.created", "datecreated", "created", "dc.date",
	"dcterms.date", "date", "release_date", "og:release_date", "displaydate", "pdate", "published",
	"published-date", "published_date", "date-published", "article-published", "w-published-date",
	"originalpublicationdate",
}

// modifiedMetaKeys are the <meta> names of an update date.
var modifiedMetaKeys = []string{
	"article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
	"datemodified", "modified_time", "updated_time", "dc.date.modified", "dcterms.modified",
	"last-modified", "lastmod", "article.updated", "parsely-updated-date", "updated", "modified",
	"updated-date", "last-updated", "date-modified", "w-last-modified-date",
}

// dateCands gathers the dates of a page.
type dateCands struct {
	list       []dateCand
	langs      []*Language
	posted     bool       // the JSON-LD calls the article a news story or a post
	lang       string     // the page's language, which says how to read 01/02/2024
	region     string     // the country of the page's address, from its top-level domain
	h1         *html.Node // the headline, if any
	labelWords map[string]bool
	// lowerLabels are the date labels of langs in lower case, see
	// langLabels.
	lowerLabels []dateLabels
}

func (dc *dateCands) add(s string, rank dateRank, modified bool) bool {
	d, ok := parseMetaDate(s, dc.lang)
	if ok {
		dc.list = append(dc.list, dateCand{d: d, rank: rank, modified: modified})
	}
	return ok
}

// parseMetaDate reads a date written in metadata: any form ParseDateIn
// reads in the page's language lang, the 14 digits of a compact date and
// time, or a Unix time in seconds or milliseconds.
func parseMetaDate(s, lang string) (Date, bool) {
	s = strings.TrimSpace(s)
	if d, ok := ParseDateIn(s, lang); ok {
		return d, d.Precision >= PrecisionDay
	}
	if d, ok := isoDayOfBadTime(s); ok {
		return d, true
	}
	if d, ok := compactDateTime(s); ok {
		return d, true
	}
	if len(s) != 10 && len(s) != 13 {
		return Date{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return Date{}, false
	}
	if len(s) == 13 {
		n /= 1000
	}
	t := time.Unix(n, 0).UTC()
	if t.Year() < minWebYear || t.Year() > maxDateYear {
		return Date{}, false
	}
	return Date{Time: t, Precision: PrecisionSecond, Raw: s}, true
}

// compactDateTime reads "20200305143000", a date and a time of day
// written as 14 digits with no marks, on the page's clock.
func compactDateTime(s string) (Date, bool) {
	if len(s) != 14 {
		return Date{}, false
	}
	t, err := time.Parse("20060102150405", s)
	if err != nil || t.Year() < minWebYear || t.Year() > maxDateYear {
		return Date{}, false
	}
	p := PrecisionMinute
	if t.Second() != 0 {
		p = PrecisionSecond
	}
	return Date{Time: t, Precision: p, Local: true, Raw: s}, true
}

// fromJSONLD adds the dates of the article's JSON-LD.
func (dc *dateCands) fromJSONLD(ld ldArticle) {
	if ld.main != nil {
		dc.posted = isPostedKind(ldTypes(ld.main))
		if !dc.add(firstLDString(ld.main["datePublished"]), rankJSONLD, false) {
			dc.add(firstLDString(ld.main["dateCreated"]), rankJSONLD, false)
			dc.add(firstLDString(ld.main["uploadDate"]), rankJSONLD, false)
		}
		dc.add(firstLDString(ld.main["dateModified"]), rankJSONLD, true)
	}
	if ld.page != nil {
		dc.add(firstLDString(ld.page["datePublished"]), rankPageLD, false)
		dc.add(firstLDString(ld.page["dateModified"]), rankPageLD, true)
	}
}

// isPostedKind reports whether types name an article dated by its
// posting: a news story, a forum or social media post, a question.
func isPostedKind(types []string) bool {
	for _, t := range types {
		switch t {
		case "DiscussionForumPosting", "SocialMediaPosting", "Question", "Comment":
			return true
		}
	}
	return isNewsKind(types)
}

// fromMeta adds the dates of the <meta> tags.
func (dc *dateCands) fromMeta(pm *pageMeta) {
	dc.lang = pm.lang
	for _, k := range publishedMetaKeys {
		start := len(dc.list)
		for _, v := range dc.listValues(pm.metaValues(k)) {
			dc.add(v, rankMeta, false)
		}
		dc.markRepeated(start)
	}
	dc.fromNamedMeta(pm)
	dc.fromParselyPage(pm)
	for _, k := range modifiedMetaKeys {
		for _, v := range pm.metaValues(k) {
			dc.add(v, rankMeta, true)
		}
	}
}

// fromTimes adds the dates of <time> elements and date microdata: those
// marked as the article's, and those near the headline.
func (dc *dateCands) fromTimes(pm *pageMeta, anchor int) {
	dc.h1 = headlineAt(pm.h1s, anchor)
	for _, t := range pm.times {
		if inTodayWidget(t.n) {
			continue
		}
		ip := Attr(t.n, "itemprop")
		s := timeValueOf(t.n)
		switch {
		case strings.Contains(ip, "datePublished") || strings.Contains(ip, "dateCreated") || strings.Contains(ip, "uploadDate"):
			dc.add(s, rankMicrodata, false)
		case strings.Contains(ip, "dateModified"):
			dc.add(s, rankMicrodata, true)
		case near(t.pos, anchor):
			dc.addVisible(s, timeLabel(t.n), elementDist(t.pos, anchor), !dc.inTeaser(t.n), true)
		}
	}
	dc.dropListTail(rankMicrodata)
	for _, d := range pm.dates {
		if near(d.pos, anchor) && !inTodayWidget(d.n) && !holdsTodayWidget(d.n) {
			if t := boundedText(d.n, headerNodeText); t != "" {
				dc.addVisible(dc.dayOrAttr(d.n, t), "", elementDist(d.pos, anchor), dc.isDateLine(d.n, t), true)
			}
		}
	}
}

// timeValueOf returns the date a <time> or microdata element gives: its
// datetime or content attribute, else its text.
func timeValueOf(n *html.Node) string {
	if s := Attr(n, "datetime"); s != "" {
		return s
	}
	if s := Attr(n, "content"); s != "" {
		return s
	}
	return boundedText(n, headerNodeText)
}

// timeLabel returns the label of the date of a <time> element: the text
// before it, and its own text up to the date it prints ("Updated March 5").
func timeLabel(n *html.Node) string {
	label := textBefore(n)
	own := boundedText(n, headerNodeText)
	if _, start, _, ok := FindDate(own); ok {
		own = own[:start]
	}
	return label + " " + own
}

// headlineAt returns the headline at position anchor, or nil.
func headlineAt(h1s []posNode, anchor int) *html.Node {
	for _, h := range h1s {
		if h.pos == anchor {
			return h.n
		}
	}
	return nil
}

// elementDist is the distance from the headline of a date element at pos,
// counted after every text of the header scan.
func elementDist(pos, anchor int) int {
	if anchor < 0 {
		return headerTextsAfter + pos
	}
	return headerTextsAfter + max(pos-anchor, anchor-pos)
}

// near reports whether an element at pos is close enough to the headline
// at anchor (or, with no headline, early enough) to be about the article.
func near(pos, anchor int) bool {
	if anchor < 0 {
		return true
	}
	return pos > anchor-headerNear/2 && pos < anchor+headerNear
}

// addVisible adds a date printed on the page: value is the date or a text
// that holds it, label the text before it, which says whether it is an
// update ("Mis à jour le", "Updated"); dist is its distance from the
// headline, line whether it is printed on the article's date line, marked
// whether the markup marks it as a date.
func (dc *dateCands) addVisible(value, label string, dist int, line, marked bool) {
	d, ok := parseMetaDate(value, dc.lang)
	_, start, _, found := FindDateIn(value, dc.lang)
	if !ok {
		d, ok = findDay(value, dc.lang)
	}
	if !ok {
		return
	}
	if found && start > 0 {
		label += " " + value[:start]
	}
	if dc.isOtherLabel(label) {
		return
	}
	dc.list = append(dc.list, dateCand{d: d, rank: rankVisible, modified: dc.isModifiedLabel(label), line: line,
		marked: marked, dist: dist})
}

// findDay returns the first date of s, written in the language lang, known
// to the day.
func findDay(s, lang string) (Date, bool) {
	d, _, _, ok := FindDateIn(s, lang)
	return d, ok && d.Precision >= PrecisionDay
}

// hasDigit reports whether s holds a digit of one of the scripts dates
// are written in (dateDigitValue): ASCII, or one whose UTF-8 form starts
// with the byte of the Arabic (D9, DB), Indic and Thai (E0) or full-width
// (EF) blocks, which spares decoding the letters of other scripts.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case isDigit(b):
			return true
		case b == 0xD9 || b == 0xDB || b == 0xE0 || b == 0xEF:
			if r, _ := utf8.DecodeRuneInString(s[i:]); dateDigitValue(r) >= 0 {
				return true
			}
		}
	}
	return false
}

// isModifiedLabel reports whether the text before a date says it is an
// update: it holds a modified label after any publication label.
func (dc *dateCands) isModifiedLabel(ctx string) bool {
	if len(ctx) > 120 {
		ctx = ctx[len(ctx)-120:]
	}
	lower := strings.ToLower(ctx)
	lastMod := lastLabel(lower, moreModifiedLabels)
	lastPub := lastLabel(lower, morePublishedLabels)
	for _, l := range dc.langLabels() {
		lastMod = max(lastMod, lastLabel(lower, l.modified))
		lastPub = max(lastPub, lastLabel(lower, l.published))
	}
	if lastMod < 0 || lastMod < lastPub {
		return false
	}
	_, _, _, other := FindDate(lower[lastMod:]) // the label of an earlier date
	return !other
}

// fromURL adds a date written in the page's address: /2024/02/26/,
// /2024-02-26-slug, /20240226/.
func (dc *dateCands) fromURL(u string, rank dateRank) {
	path := u
	if i := strings.Index(path, "://"); i >= 0 {
		if j := strings.IndexByte(path[i+3:], '/'); j >= 0 {
			path = path[i+3+j:]
		} else {
			return
		}
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	d, _, _, ok := FindDate(strings.ReplaceAll(path, "/", "-"))
	if ok && d.Precision == PrecisionDay && d.Time.Year() >= minWebYear {
		dc.list = append(dc.list, dateCand{d: d, rank: rank})
	}
}

// textBefore returns the text written just before n in its parent (or,
// when there is none, in its grand-parent): the label of a date.
func textBefore(n *html.Node) string {
	for i := 0; i < 2 && n != nil; i++ {
		var parts []string
		size := 0
		for p := n.PrevSibling; p != nil && size < 120; p = p.PrevSibling {
			t := boundedText(p, headerNodeText)
			parts = append(parts, t)
			size += len(t)
		}
		slices.Reverse(parts)
		if s := strings.TrimSpace(strings.Join(parts, " ")); s != "" {
			return s
		}
		n = n.Parent
	}
	return ""
}

// Bounds of the last-resort scan for a printed date.
const (
	maxDateScanTexts = 1500 // text nodes read
	maxDateScanNodes = 20000
)

// fromPage adds the first date printed in the page's text outside its
// navigation, header bars and footers, skipping those whose label says
// they are not the article's ("Joined", "Founded"): the last resort of
// pages that give no date in their metadata or around their headline.
func (dc *dateCands) fromPage(doc *html.Node) {
	texts, nodes := 0, 0
	for n := doc; n != nil && texts < maxDateScanTexts && nodes < maxDateScanNodes; {
		nodes++
		if n.Type == html.ElementNode && (n.DataAtom != atom.Ul && skippedInHeader(n) || whereIn(n, 0, classHint(n))&(inQuiet|inHead) != 0) {
			n = nextInOrder(n, true)
			continue
		}
		if t, ok := shortText(n); ok {
			texts++
			if hasDigit(t) && dc.addPageDate(n, t) {
				return
			}
		} else if dc.addDateline(n) {
			return
		}
		n = nextInOrder(n, false)
	}
}

// addPageDate adds the date of the text t of the text node n, if it gives
// one known to the day whose label does not say it is another's, and
// reports whether it did.
func (dc *dateCands) addPageDate(n *html.Node, t string) bool {
	d, start, _, ok := FindDateIn(t, dc.lang)
	if !ok || d.Precision < PrecisionDay || !credible(d) {
		return false
	}
	label := t[:start]
	if strings.TrimSpace(label) == "" {
		label = labelBefore(headerText{text: t, node: n.Parent}, nil)
	}
	if dc.isOtherLabel(label) {
		return false
	}
	dc.list = append(dc.list, dateCand{d: d, rank: rankPage, modified: dc.isModifiedLabel(label)})
	return true
}
