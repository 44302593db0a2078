package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reads the dates a page keeps out of sight: in an attribute of
// an element near the headline (<div data-date="18. März 2020">) and in
// the state an inline script holds ("published_at":"2019-03-02T06:22:28",
// __NEXT_DATA__, window.__NUXT__). They are the last resort before the
// first date printed in the page, read only when no other source gives a
// publication date, and only under a name that says it is one.

// Bounds of the reading of scripts.
const (
	maxDateScripts     = 64      // inline scripts kept
	maxDateScriptBytes = 4 << 20 // bytes of scripts searched in all
	maxScriptDateLen   = 40      // longest value read
)

// dateAttrKeys are the attributes that give an element's publication date.
var dateAttrKeys = map[string]bool{
	"data-date": true, "data-published": true, "data-publish-date": true, "data-published-date": true,
	"data-date-published": true, "data-pubdate": true, "data-publishdate": true, "data-timestamp": true,
	"data-published-at": true, "data-publication-date": true, "data-datetime": true,
	"data-publish-time": true, "data-published-time": true,
}

// scriptDateKeys are the names of a publication date in a script's state,
// folded by foldScriptKey: datePublished, publish_date, published_at,
// firstPublished, pubDate...
var scriptDateKeys = map[string]bool{
	"datepublished": true, "publishdate": true, "publisheddate": true, "publishedat": true,
	"firstpublished": true, "firstpublishdate": true, "firstpublisheddate": true, "firstpublishedat": true,
	"datefirstpublished": true, "pubdate": true, "publicationdate": true, "publishedon": true,
	"publishtime": true, "publishedtime": true,
}

// script records the text of an inline script that may hold the page's
// state.
func (m *pageMeta) script(n *html.Node) {
	if n.FirstChild == nil || len(m.scripts) >= maxDateScripts || Attr(n, "src") != "" {
		return
	}
	m.scripts = append(m.scripts, n.FirstChild.Data)
}

// attrDate records n if one of its attributes names a publication date.
func (m *pageMeta) attrDate(n *html.Node) {
	for _, a := range n.Attr {
		if strings.HasPrefix(a.Key, "data-") && dateAttrKeys[a.Key] {
			m.attrDates = keep(m.attrDates, n, m.count)
			return
		}
	}
}

// hiddenDate is the publication date a page gives only out of sight,
// kept for readHiddenDate.
var hiddenDate = NewContextKey[Date]("html.hidden-date")

// keepHidden keeps the publication date of a date attribute near the
// headline, else the first one a script's state gives.
func (dc *dateCands) keepHidden(c *Context, pm *pageMeta, anchor int) {
	d, ok := dc.attrDay(pm, anchor)
	if !ok {
		d, ok = scriptDate(pm.scripts, dc.lang)
	}
	if ok {
		hiddenDate.Set(c, d)
	}
}

// readHiddenDate dates an undated article by the date kept out of sight.
// It runs after the body is read: a hidden date is no sign that the page
// is an article (a shop's product, a video player's state give one).
func readHiddenDate(c *Context) {
	if d, ok := hiddenDate.Get(c); ok && c.article.Published == nil {
		c.article.Published = &d
	}
}

// attrDay returns the date of the date attribute nearest the headline
// among those near it.
func (dc *dateCands) attrDay(pm *pageMeta, anchor int) (Date, bool) {
	var best Date
	bestDist, found := 0, false
	for _, p := range pm.attrDates {
		if !near(p.pos, anchor) || inTodayWidget(p.n) {
			continue
		}
		d, ok := dc.attrValueDate(p.n)
		if dist := elementDist(p.pos, anchor); ok && (!found || dist < bestDist) {
			best, bestDist, found = d, dist, true
		}
	}
	return best, found
}

// attrValueDate reads the first date attribute of n.
func (dc *dateCands) attrValueDate(n *html.Node) (Date, bool) {
	for _, a := range n.Attr {
		if !dateAttrKeys[a.Key] {
			continue
		}
		d, ok := parseMetaDate(a.Val, dc.lang)
		if !ok {
			d, ok = findDay(a.Val, dc.lang)
		}
		return d, ok && credible(d)
	}
	return Date{}, false
}

// scriptDate returns the first date given under a publication name in
// scripts.
func scriptDate(scripts []string, lang string) (Date, bool) {
	budget := maxDateScriptBytes
	for _, s := range scripts {
		if budget <= 0 {
			break
		}
		if len(s) > budget {
			s = s[:budget]
		}
		budget -= len(s)
		if d, ok := firstScriptDate(s, lang); ok {
			return d, true
		}
	}
	return Date{}, false
}

// firstScriptDate returns the first date of s given under a publication
// name. Every such name holds "ub" (publish, pubDate, publication).
func firstScriptDate(s, lang string) (Date, bool) {
	for i := 0; ; {
		j := strings.Index(s[i:], "ub")
		if j < 0 {
			return Date{}, false
		}
		i += j + 2
		start, end := identAround(s, i-2)
		if !scriptDateKeys[foldScriptKey(s[start:end])] {
			i = max(i, end)
			continue
		}
		if v, ok := scriptValueAfter(s, end); ok {
			if d, ok := parseMetaDate(v, lang); ok && credible(d) {
				return d, true
			}
		}
		i = max(i, end)
	}
}

// identAround returns the bounds of the name (letters, digits, _ and $)
// around the byte at i.
func identAround(s string, i int) (start, end int) {
	start, end = i, i
	for start > 0 && isIdentByte(s[start-1]) {
		start--
	}
	for end < len(s) && isIdentByte(s[end]) {
		end++
	}
	return start, end
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// foldScriptKey lower-cases a name and drops its underscores, unless it
// is too long to be one of scriptDateKeys.
func foldScriptKey(k string) string {
	if len(k) > 24 || len(k) < 7 {
		return ""
	}
	return strings.ToLower(strings.ReplaceAll(k, "_", ""))
}

// scriptValueAfter returns the value given to the name ending at i: a
// quoted string ("k":"v", k: 'v', \"k\":\"v\" in a JSON string) or a
// number, after a colon or an equals sign.
func scriptValueAfter(s string, i int) (string, bool) {
	i = skipQuote(s, i)
	i = skipSpaces(s, i)
	if i >= len(s) || s[i] != ':' && s[i] != '=' {
		return "", false
	}
	i = skipSpaces(s, i+1)
	if j := skipQuote(s, i); j > i {
		quote := s[i:j]
		rest := s[j:min(len(s), j+maxScriptDateLen+len(quote))]
		if k := strings.Index(rest, quote); k > 0 {
			return rest[:k], true
		}
		return "", false
	}
	j := i
	for j < len(s) && j-i <= 13 && isDigit(s[j]) {
		j++
	}
	return s[i:j], j > i
}

// skipQuote returns the index after the quote (", ', \") at i, or i.
func skipQuote(s string, i int) int {
	switch {
	case i < len(s) && (s[i] == '"' || s[i] == '\''):
		return i + 1
	case strings.HasPrefix(s[i:], `\"`):
		return i + 2
	}
	return i
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// isoDayOfBadTime returns the day of a metadata value whose ISO day is
// followed by a time written wrong ("2022-01-10T22:06:08:684Z", the
// milliseconds after a colon): the day is sure, the time is not.
func isoDayOfBadTime(s string) (Date, bool) {
	if len(s) < 12 || s[10] != 'T' && s[10] != ' ' || !isDigit(s[11]) {
		return Date{}, false
	}
	d, ok := ParseDate(s[:10])
	if !ok || d.Precision != PrecisionDay {
		return Date{}, false
	}
	d.Raw = s
	return d, true
}

// dayOrAttr returns the text t of the date element n when it gives a day,
// else the date its title, content or datetime attribute gives in full
// (hAtom's <abbr class="published" title="2020-03-12T14:35:00+03:00">12
// марта</abbr>, a "2 hours ago" with the date in its title), else t.
func (dc *dateCands) dayOrAttr(n *html.Node, t string) string {
	if _, ok := findDay(t, dc.lang); ok {
		return t
	}
	for _, k := range []string{"title", "content", "datetime"} {
		if v := Attr(n, k); v != "" {
			if _, ok := parseMetaDate(v, dc.lang); ok {
				return v
			}
		}
	}
	return t
}
