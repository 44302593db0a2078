package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reconciles an <h1> with a metadata title that it writes out
// with more, and a metadata title with another that it writes out with
// the site's name:
//
//   - a year or a count set before the headline ("2025 Software Price
//     Guide" for "Software Price Guide") is part of the headline, not a
//     kicker, as numberedTitle keeps the number a metadata title adds; a
//     date ("Dec 18 2025 A post") is more than one word, and stays a kicker;
//   - a title with the site's name glued on without a separator ("Acme
//     University Online Tuition" beside "Online Tuition | Acme
//     University") yields to the title another source gives alone;
//   - a kicker the <h1> sets apart in an element or on a line of its own
//     ("<small>Tunisia</small><br>A New Government") is left out when a
//     metadata title gives the rest alone, though the <title> may write
//     the kicker out ("Tunisia | A New Government").

// numberKicker reports whether the <h1> key spaced is the title key ck
// after a single number.
func numberKicker(spaced, ck string) bool {
	head, ok := strings.CutSuffix(spaced, " "+ck)
	return ok && isNumberWord(head)
}

// minBareTitleWords is the fewest words of a title that another source
// may print with the site's name glued on.
const minBareTitleWords = 2

// bareSiteOf returns the title of others that t writes out with the
// site's name glued before or after it; ok is false when there is none.
func (ts *titleSources) bareSiteOf(t string, others []string) (string, bool) {
	k := titleKey(t)
	for _, o := range others {
		ok := titleKey(o)
		if ok == "" || ok == k || strings.Count(ok, " ") < minBareTitleWords-1 {
			continue
		}
		if head, found := strings.CutSuffix(k, " "+ok); found && ts.namesSite(head) {
			return o, true
		}
		if tail, found := strings.CutPrefix(k, ok+" "); found && ts.namesSite(tail) {
			return o, true
		}
	}
	return "", false
}

// kickerH1 returns the metadata title, cut of its site name, that the
// <h1> n (of key k) prints after a kicker ("Floods Why the valley
// drowns" for "Why the valley drowns"); after a single number it returns
// "" and reports that the <h1> agrees as it is. With set, the title must
// also be set apart in the <h1>: an element or a line of its own, as a
// kicker the page prints apart is no part of the headline even where its
// <title> writes it out.
func kickerH1(n *html.Node, spaced string, cleaned []string, set bool) (string, bool) {
	for _, c := range cleaned {
		ck := titleKey(c)
		if headlineWords(ck) < minKickerHeadWords(n, set) || !strings.HasSuffix(spaced, " "+ck) && !(set && gluedKicker(spaced, ck)) ||
			set && !holdsAlone(n, ck) {
			continue
		}
		if numberKicker(spaced, ck) {
			return "", true
		}
		return c, true // the <h1> with a kicker before the headline
	}
	return "", false
}

// maxKickerNodes bounds the nodes of an <h1> holdsAlone looks at.
const maxKickerNodes = 64

// holdsAlone reports whether a node inside the <h1> n, an element or a
// line of text, holds the text of key ck alone.
func holdsAlone(n *html.Node, ck string) bool {
	seen := 0
	for d := range descendants(n) {
		if seen++; seen > maxKickerNodes {
			return false
		}
		if (d.Type == html.TextNode || d.Type == html.ElementNode) && titleKey(nodeText(d)) == ck {
			return true
		}
	}
	return false
}

// minKickerHeadWords is the fewest words of a headline the <h1> n prints
// after a kicker: three, or two when set and the kicker is an element set
// apart from the headline (see setApart), as a short headline's kicker is
// most often printed ("<span class="topline">Energy</span><br>Wind
// Wins"); a word in bold before it is no kicker.
func minKickerHeadWords(n *html.Node, set bool) int {
	if lead := firstTextElement(n); set && lead != nil && setApart(lead) {
		return 2
	}
	return 3
}
