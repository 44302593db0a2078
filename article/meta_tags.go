package article

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// maxTags is the most tags kept.
const maxTags = 40

// pickTags returns the sections, categories and tags the page gives,
// trimmed and without repeats: article:section and article:tag, the
// JSON-LD articleSection and keywords, news_keywords, and the links the
// page marks rel="tag" (a blog's "category tag" and tag links under the
// post). The <meta> keywords come only when nothing else is given, and not
// when they repeat the page's title or description. A tag equal to the
// title is dropped.
func pickTags(pm *pageMeta, ld ldArticle, title string) []string {
	raw := appendSplit(nil, pm.metaValues("article:section"))
	raw = appendSplit(raw, pm.metaValues("article:tag"))
	raw = appendSplit(raw, ld.tags())
	raw = appendSplit(raw, pm.metaValues("news_keywords"))
	links := pm.tagLinks
	if len(links) == 0 && len(pm.pathTags) <= maxPathTags {
		links = pm.pathTags
	}
	for _, n := range links {
		raw = append(raw, nodeText(n))
	}
	titleKey := wordsKey(title)
	if len(raw) == 0 {
		if kw := pm.metaValue("keywords"); !repeatsPage(kw, titleKey, pm.metaValue("description", "og:description")) {
			raw = appendSplit(raw, []string{kw})
		}
	}
	return dedupeTags(raw, titleKey)
}

// appendSplit appends each value's comma-separated parts.
func appendSplit(raw, values []string) []string {
	for _, v := range values {
		raw = append(raw, strings.Split(v, ",")...)
	}
	return raw
}

// repeatsPage reports whether the keywords kw are the page's title (its
// wordsKey is titleKey) or description again (pages that fill every field
// with one text), or a cut of the description.
func repeatsPage(kw, titleKey, desc string) bool {
	k := wordsKey(kw)
	if k == "" {
		return false
	}
	d := wordsKey(desc)
	return k == titleKey || d != "" && (strings.HasPrefix(d, k) || strings.HasPrefix(k, d))
}

// dedupeTags cleans the tags (entities escaped twice, "&amp;amp;", are
// read) and drops repeats, machine values and the
// title (its wordsKey is titleKey).
func dedupeTags(raw []string, titleKey string) []string {
	var out []string
	seen := make(map[string]bool, len(raw))
	for _, t := range raw {
		t = tagValue(strings.Trim(CleanText(unescapeEntities(t)), tagTrim))
		k := strings.ToLower(t)
		if t == "" || len(t) > 100 || seen[k] || looksLikeURL(t) || titleKey != "" && wordsKey(t) == titleKey {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if len(out) == maxTags {
			break
		}
	}
	return out
}

// tagTrim are the spaces, marks and quotes trimmed off a tag.
const tagTrim = " ;#\"'«»“”„‘’‚"

// tagValue returns the tag t names, or "" when t is a machine value
// rather than a tag: a template slot left unfilled ("[name]", "{{tag}}",
// "%s") or a "key:value" pair whose value is a flag, a number or an
// identifier ("Lite:true", "postId:1234", "source:feed_main"). A pair
// whose key says tag ("Tag:Python", "topic:Health") gives its value.
func tagValue(t string) string {
	if strings.ContainsAny(t, "[]{}%") {
		return ""
	}
	key, val, ok := strings.Cut(t, ":")
	if !ok || key == "" || strings.Trim(strings.ToLower(key), "abcdefghijklmnopqrstuvwxyz_-") != "" {
		return t
	}
	switch strings.ToLower(key) {
	case "tag", "tags", "topic", "topics", "keyword", "category", "section":
		return strings.Trim(val, tagTrim)
	}
	if machineValue(val) {
		return ""
	}
	return t
}

// machineValue reports whether v is a flag, a number or an identifier
// with an underscore, not words.
func machineValue(v string) bool {
	switch strings.ToLower(v) {
	case "true", "false", "yes", "no", "null", "none":
		return true
	}
	return v != "" && (strings.Trim(v, "0123456789") == "" || strings.Contains(v, "_") && !strings.Contains(v, " "))
}

// maxPathTags is the most links to tag pages a post shows with itself;
// more are a menu or a widget listing the whole site's categories.
const maxPathTags = 12

// tagLink records n when it is a link to one of the page's tags, and
// reports whether it is one.
func (m *pageMeta) tagLink(n *html.Node) bool {
	if isTagLink(n) {
		if len(m.tagLinks) < maxTags {
			m.tagLinks = append(m.tagLinks, n)
		}
		return true
	}
	if slug := tagSlug(Attr(n, "href")); slug != "" && slugKey(dropAccents(nodeText(n))) == slug {
		if len(m.pathTags) <= maxPathTags {
			m.pathTags = append(m.pathTags, n)
		}
		return true
	}
	return false
}

// tagPathParts are the path segments that, followed by a name, make the
// address of a tag's or a category's page ("/tag/python/").
var tagPathParts = []string{"/tag/", "/tags/", "/category/", "/categories/"}

// tagSlug returns the name in href when it is the address of a tag's or a
// category's page: the one segment after one of tagPathParts, unescaped
// and reduced to its letters and digits without accents ("homeassistant"
// for "/tag/home-assistant/"), or "". A link whose text spells that name
// is a tag; another ("See all", a post's title under its category) is not.
func tagSlug(href string) string {
	for _, p := range tagPathParts {
		i := strings.Index(href, p)
		if i < 0 {
			continue
		}
		seg := strings.TrimSuffix(href[i+len(p):], "/")
		if seg == "" || strings.ContainsAny(seg, "/?#=") {
			return ""
		}
		if u, err := url.PathUnescape(seg); err == nil {
			seg = u
		}
		return slugKey(dropAccents(seg))
	}
	return ""
}

// isTagLink reports whether n is a link the page marks as one of its own
// tags or categories: rel="tag" (HTML's "a tag that applies to the current
// document"), alone or with "category".
func isTagLink(n *html.Node) bool {
	for r := range strings.FieldsSeq(Attr(n, "rel")) {
		if strings.EqualFold(r, "tag") {
			return true
		}
	}
	return false
}
