package article

import (
	"slices"
	"strconv"
	"strings"
	"time"

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
	list  []dateCand
	langs []*Language
}

func (dc *dateCands) add(s string, rank dateRank, modified bool) bool {
	d, ok := parseMetaDate(s)
	if ok {
		dc.list = append(dc.list, dateCand{d: d, rank: rank, modified: modified})
	}
	return ok
}

// parseMetaDate reads a date written in metadata: any form ParseDate
// reads, or a Unix time in seconds or milliseconds.
func parseMetaDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if d, ok := ParseDate(s); ok {
		return d, d.Precision >= PrecisionDay
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
	if t.Year() < 1995 || t.Year() > maxDateYear {
		return Date{}, false
	}
	return Date{Time: t, Precision: PrecisionSecond, Raw: s}, true
}

// fromJSONLD adds the dates of the article's JSON-LD.
func (dc *dateCands) fromJSONLD(ld ldArticle) {
	if ld.main != nil {
		if !dc.add(ldString(ld.main["datePublished"]), rankJSONLD, false) {
			dc.add(ldString(ld.main["dateCreated"]), rankJSONLD, false)
			dc.add(ldString(ld.main["uploadDate"]), rankJSONLD, false)
		}
		dc.add(ldString(ld.main["dateModified"]), rankJSONLD, true)
	}
	if ld.page != nil {
		dc.add(ldString(ld.page["datePublished"]), rankPageLD, false)
		dc.add(ldString(ld.page["dateModified"]), rankPageLD, true)
	}
}

// fromMeta adds the dates of the <meta> tags.
func (dc *dateCands) fromMeta(pm *pageMeta) {
	for _, k := range publishedMetaKeys {
		for _, v := range pm.metaValues(k) {
			dc.add(v, rankMeta, false)
		}
	}
	for _, k := range modifiedMetaKeys {
		for _, v := range pm.metaValues(k) {
			dc.add(v, rankMeta, true)
		}
	}
}

// fromTimes adds the dates of <time> elements and date microdata: those
// marked as the article's, and those near the headline.
func (dc *dateCands) fromTimes(pm *pageMeta, anchor int) {
	for _, t := range pm.times {
		ip := Attr(t.n, "itemprop")
		s := Attr(t.n, "datetime")
		if s == "" {
			s = Attr(t.n, "content")
		}
		if s == "" {
			s = boundedText(t.n, headerNodeText)
		}
		switch {
		case strings.Contains(ip, "datePublished") || strings.Contains(ip, "dateCreated") || strings.Contains(ip, "uploadDate"):
			dc.add(s, rankMicrodata, false)
		case strings.Contains(ip, "dateModified"):
			dc.add(s, rankMicrodata, true)
		case near(t.pos, anchor):
			dc.addVisible(s, textBefore(t.n))
		}
	}
	for _, d := range pm.dates {
		if near(d.pos, anchor) {
			if t := boundedText(d.n, headerNodeText); t != "" {
				dc.addVisible(t, t)
			}
		}
	}
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
// that holds it, context the line around it, which says whether it is an
// update ("Mis à jour le", "Updated").
func (dc *dateCands) addVisible(value, context string) {
	d, ok := parseMetaDate(value)
	if !ok {
		var start int
		d, start, _, ok = FindDate(value)
		if !ok || d.Precision < PrecisionDay {
			return
		}
		context = value[:start]
	}
	dc.list = append(dc.list, dateCand{d: d, rank: rankVisible, modified: dc.isModifiedLabel(context)})
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
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
	for _, l := range dc.langs {
		lastMod = max(lastMod, lastLabel(lower, l.ModifiedLabels))
		lastPub = max(lastPub, lastLabel(lower, l.PublishedLabels))
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
	if ok && d.Precision == PrecisionDay && d.Time.Year() >= 1995 {
		dc.list = append(dc.list, dateCand{d: d, rank: rank})
	}
}

// pick returns the publication date and the modification date. The
// publication date is the earliest of the best-ranked source, checked
// against the others; the modification date is the latest update given
// that is not before it.
func (dc *dateCands) pick() (pub, mod *Date) {
	var best *dateCand
	for i := range dc.list {
		c := &dc.list[i]
		if c.modified || !credible(c.d) {
			continue
		}
		if best == nil || c.rank < best.rank || c.rank == best.rank && earlierOrFiner(c.d, best.d) {
			best = c
		}
	}
	if best != nil {
		d := dc.localDay(best.d)
		pub = &d
	}
	for i := range dc.list {
		c := &dc.list[i]
		if !c.modified || !credible(c.d) || pub != nil && c.d.Time.Before(pub.Time) {
			continue
		}
		if mod == nil || c.d.Time.After(mod.Time) && c.rank <= rankVisible {
			d := c.d
			mod = &d
		}
	}
	return pub, mod
}

// credible reports whether d can be the date of a page.
func credible(d Date) bool {
	return !d.IsZero() && d.Time.Year() >= 1995 && d.Precision >= PrecisionDay
}

// sameDay reports whether a and b fall on the same calendar day as
// written.
func sameDay(a, b Date) bool {
	ay, am, ad := a.Time.Date()
	by, bm, bd := b.Time.Date()
	return ay == by && am == bm && ad == bd
}

// earlierOrFiner reports whether a is a better publication date than b
// from an equal source: on an earlier day, or on the same day with a time.
func earlierOrFiner(a, b Date) bool {
	if sameDay(a, b) {
		return a.Precision > b.Precision
	}
	return a.Time.Before(b.Time)
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
// navigation, header bars and footers: the last resort of pages that give
// no date in their metadata or around their headline.
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
			if hasDigit(t) {
				if d, start, _, ok := FindDate(t); ok && d.Precision >= PrecisionDay && credible(d) {
					dc.list = append(dc.list, dateCand{d: d, rank: rankPage, modified: dc.isModifiedLabel(t[:start])})
					return
				}
			}
		}
		n = nextInOrder(n, false)
	}
}

// localDay returns d, a time in UTC from the metadata, in the page's own
// time zone when the page prints the same moment on another calendar day
// (a story of 21:00 in New York is dated the next day in UTC): with the
// printed time, the offset is worked out; with a printed day alone, that
// day is kept.
func (dc *dateCands) localDay(d Date) Date {
	if d.Precision < PrecisionMinute || d.Local {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	for _, c := range dc.list {
		if c.rank != rankVisible || c.modified || sameDay(c.d, d) {
			continue
		}
		if local, ok := sameMoment(d, c.d); ok {
			return local
		}
	}
	return d
}

// sameMoment reports whether the printed date p can be the UTC time u on
// a local clock, and returns u as written there.
func sameMoment(u, p Date) (Date, bool) {
	if p.Precision >= PrecisionMinute && p.Local {
		wall := time.Date(p.Time.Year(), p.Time.Month(), p.Time.Day(), p.Time.Hour(), p.Time.Minute(), 0, 0, time.UTC)
		off := wall.Sub(u.Time.Truncate(time.Minute))
		if off == 0 || !usedOffset(off) {
			return Date{}, false
		}
		loc := time.FixedZone("", int(off.Seconds()))
		return Date{Time: u.Time.In(loc), Precision: u.Precision, Raw: u.Raw}, true
	}
	return Date{}, false
}

// usedOffset reports whether off is a UTC offset in use: whole hours from
// -12 to +14, or one of the half and quarter hours of India, Iran,
// Afghanistan, Nepal, Myanmar, Newfoundland and central Australia.
func usedOffset(off time.Duration) bool {
	if off.Abs() > 14*time.Hour {
		return false
	}
	if off%time.Hour == 0 {
		return off >= -12*time.Hour
	}
	switch off {
	case 330 * time.Minute, 210 * time.Minute, 270 * time.Minute, 345 * time.Minute,
		390 * time.Minute, -210 * time.Minute, 570 * time.Minute, 630 * time.Minute:
		return true
	}
	return false
}
