package article

import "strings"

// This file tells an <h1> that names the site from a headline that speaks
// of the site: "Acme Forums" is the site's banner, "Movers in Paris |
// Acme" a page title set as a heading, and "Acme University Online
// Tuition Rates Kept Steady for a Decade" beside a metadata title of four
// words the site's slogan; but "Acme discounts, coupons and promo codes"
// or "Acme Fitness Equipment Repair" is the name of a page of the site, a
// headline with the site's name among its words.

// maxBannerWords is the most words of an <h1> that holds the site's name
// among other words and still only names the site.
const maxBannerWords = 3

// isBannerH1 reports whether the <h1> text s names the site rather than
// the page: it is one of the site's names or their initials, or holds one
// of them among at most maxBannerWords words, beside a title separator,
// or among more than twice the least words of a metadata title (least,
// 0 without one).
func (ts *titleSources) isBannerH1(s string, least int) bool {
	k := titleKey(s)
	n := strings.Count(k, " ") + 1
	within := n <= maxBannerWords || hasTitleSeparator(s) || least > 0 && n > 2*least
	return k != "" && (ts.hasSite(k, within) || ts.isInitialism(s))
}
