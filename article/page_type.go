package article

import (
	"cmp"
	"slices"
	"strings"
)

// The page types of Article.PageType. A news parser meets every kind of
// page in a crawl; on a page that is not an article, the body holds the
// page's main content (the cards of a listing, the description of a
// product, the posts of a thread) and PageType says what the page is.
const (
	// PageTypeArticle is a news story, blog post or other article.
	PageTypeArticle = "article"
	// PageTypeListing is a list of articles or items: a section front,
	// a blog index, a directory.
	PageTypeListing = "listing"
	// PageTypeCollection is a shop's category or search page: a grid of
	// products.
	PageTypeCollection = "collection"
	// PageTypeProduct is one product offered for sale.
	PageTypeProduct = "product"
	// PageTypeForum is a discussion thread or a question with answers.
	PageTypeForum = "forum"
	// PageTypeDocumentation is technical documentation or reference.
	PageTypeDocumentation = "documentation"
	// PageTypeService is a page presenting a service or an offer.
	PageTypeService = "service"
)

// mayBeArticle reports whether a page of type t may be an article: it is
// one, or its type is not known.
func mayBeArticle(t string) bool { return t == "" || t == PageTypeArticle }

// The type of a page is what its JSON-LD declares (schema.org types),
// else what its og:type declares when that is not "article" (a default
// of many templates), else a thread when its microdata declares one
// (page_type_microdata.go), else documentation when its generator is a
// documentation tool and the page is not in the site's blog
// (page_type_docs.go), else what its structure and
// URL say (inferredPageType), else "article" when its og:type says so.

// pageKind is what is known of a page's type: the type, and whether
// the page declares it (JSON-LD, og:type) or only its structure says it.
type pageKind struct {
	typ      string
	declared bool
	// article says the metadata calls the page an article, whatever
	// its structure says.
	article bool
}

// pageType returns the type of the page whose content container is root;
// its typ is "" when nothing tells.
func pageType(c *Context, st *pageStats, root int) pageKind {
	d, _ := declaredPageTypes.Get(c)
	if t := ldPageType(d.ld); t != "" {
		return pageKind{t, true, t == PageTypeArticle}
	}
	og := ogPageType(d.ogType)
	if og != "" && og != PageTypeArticle {
		return pageKind{og, true, false}
	}
	if d.item != "" {
		return pageKind{PageTypeForum, true, false}
	}
	if d.docs && !blogPath(c.pageURL()) {
		return pageKind{PageTypeDocumentation, true, false}
	}
	if t := st.inferredPageType(c, root); t != "" {
		return pageKind{t, false, og == PageTypeArticle}
	}
	return pageKind{og, og != "", og == PageTypeArticle}
}

// inferredPageType returns the type that the structure of the page says
// (structuralPageType), made more precise on a page that may be an
// article by its URL (a section's front, see sectionFront) and, when the
// page is neither dated nor signed, by its content and URL (see
// undatedPageType); "" when nothing tells.
func (s *pageStats) inferredPageType(c *Context, root int) string {
	u := c.pageURL()
	t := s.structuralPageType(root, u)
	switch {
	case !mayBeArticle(t):
		return t
	case sectionFront(u, c.article.Title):
		return PageTypeListing
	case unsigned(c.article):
		return cmp.Or(s.undatedPageType(root, u), t)
	}
	return t
}

// readWhole reports whether the content of the page, of kind k and
// metadata a, is read whole: documentation and service pages set their
// content in short blocks (a command, a feature) that read as labels to
// the prose test, and so does a page that neither declares itself an
// article nor is dated or signed.
func (k pageKind) readWhole(a *Article) bool {
	switch {
	case k.typ == PageTypeDocumentation || k.typ == PageTypeService:
		return true
	case k.declared || k.typ != PageTypeArticle:
		return false
	}
	return a.Published == nil && len(a.Authors) == 0
}

// ldTypeOrder lists the page types in the order in which they win when a
// page's JSON-LD declares several: a forum thread or documentation page
// is also an article to schema.org, and an article may describe a
// product.
var ldTypeOrder = []string{PageTypeDocumentation, PageTypeForum, PageTypeArticle, PageTypeProduct,
	PageTypeCollection, PageTypeListing, PageTypeService}

// ldPageType returns the page type that the schema.org types declare, or
// "" when none maps to one.
func ldPageType(types []string) string {
	best := len(ldTypeOrder)
	for _, t := range types {
		if i := slices.Index(ldTypeOrder, schemaPageType(t)); i >= 0 {
			best = min(best, i)
		}
	}
	if best == len(ldTypeOrder) {
		return ""
	}
	return ldTypeOrder[best]
}

// schemaPageType maps one schema.org type to a page type, or "".
func schemaPageType(t string) string {
	switch t {
	case "TechArticle", "APIReference":
		return PageTypeDocumentation
	case "DiscussionForumPosting", "QAPage":
		return PageTypeForum
	case "BlogPosting", "LiveBlogPosting", "Report":
		return PageTypeArticle
	case "Product", "ProductGroup", "ProductModel", "IndividualProduct":
		return PageTypeProduct
	case "SearchResultsPage", "OfferCatalog":
		return PageTypeCollection
	case "CollectionPage":
		return PageTypeListing
	case "Service", "ProfessionalService", "FinancialService", "EmergencyService":
		return PageTypeService
	}
	if strings.HasSuffix(t, "Article") && t != "ScholarlyArticle" {
		return PageTypeArticle
	}
	return ""
}

// ogPageType maps an og:type to a page type, or "".
func ogPageType(og string) string {
	switch {
	case strings.HasPrefix(og, "article"):
		return PageTypeArticle
	case strings.Contains(og, "product.group"):
		return PageTypeCollection
	case strings.Contains(og, "product") || strings.Contains(og, "item"):
		return PageTypeProduct
	}
	return ""
}
