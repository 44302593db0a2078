package article

import (
	"net/url"
	"path"
	"slices"
	"strings"
)

// This file tells when the metadata, not the <h1>, names a page that does
// not call itself an article. A landing, product or category page often
// sets a banner or a short label in its <h1> ("Sofas & sectionals",
// "Quality Engineering and Digital Assurance") while its metadata names
// the page ("Modern Sofas & Couches"). Two signals say the metadata is the
// name:
//
//   - the page's JSON-LD web page object, its og:title and its <title>
//     give the same title once the site's name is cut: three sources,
//     written for three readers, agree on the page's name;
//   - the last segment of the URL path, written from the page's name,
//     shares more words with the metadata title (two at least) than with
//     the <h1>.
//
// On a page that calls itself an article the <h1> stays: there the
// metadata title is a version of the headline written for search engines.
// So does the <h1> of a product the JSON-LD describes against the slug: a
// product's slug carries its description and reference too, and its <h1>
// is the product's name as the shop prints it.

// minSlugWords is the fewest words of a URL slug that can speak for a
// title.
const minSlugWords = 2

// readPageNames keeps the page's JSON-LD and address for metaPageName.
func (ts *titleSources) readPageNames(ld ldArticle, rawURL string) {
	ts.pageLD, ts.pageURL = ld, rawURL
}

// pageSlug returns the words of the page's slug (see slugWords), nil on
// the page of a product the JSON-LD describes.
func (ts *titleSources) pageSlug() []string {
	if ts.pageLD.graph != nil && describesProduct(ts.pageLD.graph) {
		return nil
	}
	return slugWords(ts.pageURL)
}

// describesProduct reports whether one of the JSON-LD objects of g is a
// product.
func describesProduct(g *ldGraph) bool {
	return slices.ContainsFunc(g.objects, func(o ldObject) bool { return isProductType(ldTypes(o)) })
}

// slugWords returns the title-key words of the last segment of the path
// of rawURL, its file extension cut; nil when it has fewer than
// minSlugWords.
func slugWords(rawURL string) []string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil
	}
	seg := path.Base(strings.TrimRight(u.Path, "/"))
	if i := strings.LastIndexByte(seg, '.'); i > 0 {
		seg = seg[:i]
	}
	words := strings.Fields(titleKey(seg))
	if len(words) < minSlugWords {
		return nil
	}
	return words
}

// metaPageName returns the metadata title (else the page's <title>, cut
// of the site's name) when, on a page that does not call itself an
// article, it rather than the related <h1> h names the page: its sources
// agree on that name, or the URL's slug speaks for it. It returns ""
// otherwise.
func (ts *titleSources) metaPageName(h *posNode, keys map[string]bool, cleaned []string) string {
	if h == nil || ts.article {
		return ""
	}
	title := ts.metaTitle(keys, cleaned)
	if title == "" {
		title, _ = ts.pageTitle(keys)
	}
	if title == "" {
		return ""
	}
	if ts.namesAgree(keys) || slugFavors(ts.pageSlug(), title, headText(h.n)) {
		return title
	}
	return ""
}

// slugFavors reports whether the URL's slug shares at least minSlugWords
// words with title, and more than with the <h1> text h.
func slugFavors(slug []string, title, h string) bool {
	n := slugShare(slug, title)
	return n >= minSlugWords && n > slugShare(slug, h)
}

// namesAgree reports whether the JSON-LD web page object, og:title and
// <title> all give a title, the same once cut of the site's name.
func (ts *titleSources) namesAgree(keys map[string]bool) bool {
	if ts.pageLD.page == nil || len(ts.og) == 0 || len(ts.page) == 0 {
		return false
	}
	name := CleanText(unescapeEntities(ldString(ts.pageLD.page["name"])))
	k := titleKey(cleanByAgreement(ts.clean(name), keys))
	if k == "" || ts.isSiteWhole(k) {
		return false
	}
	for _, t := range []string{ts.og[0], ts.page[0]} {
		if titleKey(cleanByAgreement(ts.clean(t), keys)) != k {
			return false
		}
	}
	return true
}

// slugShare returns how many distinct words of slug the text t holds.
func slugShare(slug []string, t string) int {
	if len(slug) == 0 {
		return 0
	}
	words := make(map[string]bool)
	for _, w := range strings.Fields(titleKey(t)) {
		words[w] = true
	}
	n := 0
	for i, w := range slug {
		if words[w] && !containsBefore(slug, i) {
			n++
		}
	}
	return n
}

// containsBefore reports whether slug[i] appears earlier in slug.
func containsBefore(slug []string, i int) bool {
	return slices.Contains(slug[:i], slug[i])
}
