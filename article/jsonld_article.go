package article

import (
	"slices"
	"strings"
)

// This file picks, among a page's JSON-LD objects, the one that describes
// the article, and reads the metadata fields from it.

// ldKind ranks schema.org types by how surely they describe the article
// itself: 3 for the kinds of Article, 2 for postings and reports, 1 for
// web pages.
func ldKind(types []string) int {
	best := 0
	for _, t := range types {
		k := 0
		switch {
		case strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "LiveBlogPosting":
			k = 3
		case t == "SocialMediaPosting" || t == "DiscussionForumPosting" || t == "Report" ||
			t == "Review" || t == "Recipe" || t == "HowTo" || t == "VideoObject" || t == "Blog":
			k = 2
		case strings.HasSuffix(t, "WebPage") || t == "ItemPage" || t == "ProfilePage" || t == "CollectionPage" ||
			t == "QAPage":
			k = 1
		}
		best = max(best, k)
	}
	return best
}

// isNewsKind reports whether types name a news article: NewsArticle and
// its kinds (ReportageNewsArticle, AnalysisNewsArticle...).
func isNewsKind(types []string) bool {
	for _, t := range types {
		if strings.HasSuffix(t, "NewsArticle") || t == "LiveBlogPosting" {
			return true
		}
	}
	return false
}

// ldArticle is what the JSON-LD of a page says of its article.
type ldArticle struct {
	main, page ldObject // the article object and the web page object, if any
	graph      *ldGraph
}

// findLDArticle picks the article object (the first of the best kind) and
// the web page object of g.
func findLDArticle(g *ldGraph) ldArticle {
	a := ldArticle{graph: g}
	bestKind := 0
	for _, o := range g.objects {
		k := ldKind(ldTypes(o))
		if k == 0 && o["headline"] != nil {
			k = 2
		}
		if k > bestKind {
			a.main, bestKind = o, k
		}
		if k == 1 && a.page == nil {
			a.page = o
		}
		if q := g.questionOf(o); q != nil && bestKind < 2 {
			a.main, bestKind = q, 2
		}
	}
	return a
}

// questionOf returns the question a question-and-answer page is about
// (its mainEntity, a Question with an author), or nil: the opening post
// of a forum thread.
func (g *ldGraph) questionOf(page ldObject) ldObject {
	if !slices.Contains(ldTypes(page), "QAPage") {
		return nil
	}
	q, ok := page["mainEntity"].(ldObject)
	if !ok {
		return nil
	}
	q = g.resolve(q)
	if !slices.Contains(ldTypes(q), "Question") || q["author"] == nil {
		return nil
	}
	return q
}

// field returns the string value of key in the article object, else in
// the web page object.
func (a ldArticle) field(key string) string {
	for _, o := range []ldObject{a.main, a.page} {
		if o == nil {
			continue
		}
		if s := ldString(o[key]); s != "" {
			return s
		}
	}
	return ""
}

// mainField returns the string value of key in the article object only.
func (a ldArticle) mainField(key string) string {
	if a.main == nil {
		return ""
	}
	return ldString(a.main[key])
}

// ldPerson is an author or publisher named in JSON-LD.
type ldPerson struct {
	name, url   string
	org, person bool
}

// authors returns the authors of the article object (or of the web page
// when the article has none), resolving @id references.
func (a ldArticle) authors() []ldPerson {
	for _, o := range []ldObject{a.main, a.page} {
		if o == nil {
			continue
		}
		ps := a.people(o["author"])
		if len(ps) == 0 {
			ps = a.people(o["creator"])
		}
		if len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// people reads a list of Person or Organization values (objects,
// references or bare names).
func (a ldArticle) people(v any) []ldPerson {
	var out []ldPerson
	for _, e := range ldList(v) {
		switch x := e.(type) {
		case string:
			out = append(out, ldPerson{name: strings.TrimSpace(x)})
		case ldObject:
			x = a.graph.resolve(x)
			p := ldPerson{name: firstLDString(x["name"]), url: ldString(x["url"])}
			if p.name == "" {
				p.name = strings.TrimSpace(ldString(x["givenName"]) + " " + ldString(x["familyName"]))
			}
			for _, t := range ldTypes(x) {
				p.org = p.org || t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation"
				p.person = p.person || t == "Person"
			}
			out = append(out, p)
		}
	}
	return out
}

// publisherName returns the name of the article's publisher, else of the
// page's web site.
func (a ldArticle) publisherName() string {
	for _, o := range []ldObject{a.main, a.page} {
		if o == nil {
			continue
		}
		for _, p := range a.people(o["publisher"]) {
			if p.name != "" && !p.person {
				return p.name
			}
		}
	}
	for _, o := range a.graph.objects {
		for _, t := range ldTypes(o) {
			if t == "WebSite" || t == "NewsMediaOrganization" {
				if s := ldString(o["name"]); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// url returns the article's own address: its url, else its
// mainEntityOfPage (a string or an object with an @id or url).
func (a ldArticle) url() string {
	if a.main == nil {
		return ""
	}
	if s := ldString(a.main["url"]); s != "" {
		return s
	}
	switch x := a.main["mainEntityOfPage"].(type) {
	case string:
		return x
	case ldObject:
		if s := ldString(x["@id"]); s != "" {
			return s
		}
		return ldString(x["url"])
	}
	return ""
}

// image returns the URL of the article's first image, which may be written
// as a string, an ImageObject, or a list of either.
func (a ldArticle) image() string {
	for _, o := range []ldObject{a.main, a.page} {
		if o == nil {
			continue
		}
		for _, key := range []string{"image", "thumbnailUrl"} {
			if s := ldImage(a.graph, o[key]); s != "" {
				return s
			}
		}
	}
	return ""
}

func ldImage(g *ldGraph, v any) string {
	for _, e := range ldList(v) {
		switch x := e.(type) {
		case string:
			return strings.TrimSpace(x)
		case ldObject:
			x = g.resolve(x)
			for _, key := range []string{"url", "contentUrl"} {
				if s := ldString(x[key]); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// tags returns the keywords and sections of the article.
func (a ldArticle) tags() []string {
	if a.main == nil {
		return nil
	}
	out := ldStrings(a.main["articleSection"], false)
	return append(out, ldStrings(a.main["keywords"], true)...)
}
