package article

import "strings"

// What a page declares of who may read its article (Article.Access). A
// monitoring team tells by it whether a short text is the whole story or
// the part a paywall leaves free.
const (
	// AccessFree is an article anyone may read.
	AccessFree = "free"
	// AccessMetered is an article free to read up to a count of articles
	// a month, then for subscribers.
	AccessMetered = "metered"
	// AccessSubscription is an article for subscribers: the page may hold
	// only the part shown before the paywall.
	AccessSubscription = "subscription"
)

// contentTiers maps the values of the article:content_tier meta tag to
// an Access value.
var contentTiers = map[string]string{"free": AccessFree, "metered": AccessMetered, "locked": AccessSubscription}

// pickAccess returns what the page declares of who may read it: the
// article:content_tier meta tag ("free", "metered", "locked"), else the
// isAccessibleForFree of the article's JSON-LD object, else of its web
// page object; "" when none says.
func pickAccess(pm *pageMeta, ld ldArticle) string {
	if a, ok := contentTiers[strings.ToLower(strings.TrimSpace(pm.metaValue("article:content_tier")))]; ok {
		return a
	}
	for _, o := range []ldObject{ld.main, ld.page} {
		if free, ok := ldBool(o["isAccessibleForFree"]); ok {
			if free {
				return AccessFree
			}
			return AccessSubscription
		}
	}
	return ""
}

// ldBool reads a JSON-LD truth value: a boolean, the strings "true" and
// "false" in any case (publishers write "False"), or schema.org's own
// values ("http://schema.org/True", "https://schema.org/False"); ok is
// false for anything else.
func ldBool(v any) (value, ok bool) {
	switch x := v.(type) {
	case bool:
		return x, true
	case string:
		s := strings.ToLower(strings.TrimSpace(x))
		for _, p := range [...]string{"https://schema.org/", "http://schema.org/"} {
			s = strings.TrimPrefix(s, p)
		}
		switch s {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}
