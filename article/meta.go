package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reads what an HTML page says of its article, reconciling its
// JSON-LD, OpenGraph and article:* tags, Dublin Core and other <meta>
// tags, microdata, and the header printed on the page: title, authors,
// dates, language, site name, canonical URL, lead image and tags. It walks
// the page once (meta_collect.go), then looks only at the JSON-LD scripts
// and a bounded run of text around the headline (meta_header.go).

// readMetadata reads the page's metadata into the article. It runs before
// the body is read, and leaves the page's description and JSON-LD body in
// the Context (metaDescription, jsonLDBody) for the body reader.
func readMetadata(c *Context) {
	if c.doc == nil {
		return
	}
	pm := collectMeta(c.doc, c.cfg.Limits.MaxDepth)
	pm.addNoscript(c, c.cfg.Limits.MaxDepth)
	ld := findLDArticle(readLDGraph(pm.jsonLD))
	a := c.article
	a.SiteName = pickSiteName(pm, ld)
	a.URL = pickURL(pm, ld, c.input.URL)
	ts := newTitleSources(pm, ld)
	ts.sites, ts.names = siteKeys(pm, ld, a.SiteName, firstNonEmpty(a.URL, c.input.URL))
	ts.dropTitleSites()
	ts.dropVideoName(ld, pm.h1s)
	ts.addSiteH1s(pm.h1s)
	ts.readHeads(pm.h1s)
	ts.readPageNames(ld, c.pageURL())
	ts.dropGeneric()
	title, h1 := pickTitle(ts, pm.h1s, pm.h2s)
	a.Title = trimDangling(ts.cutDashLabel(cutLabelSuffix(CleanText(ts.dropTrailer(title, pm.h1s)))))
	anchorPos, header := readHeader(anchorH1(h1, pm.h1s))
	a.Authors = pickAuthors(c, pm, ld, ts, header, anchorPos)
	a.Image = pickImage(pm, ld, c.pageURL())
	a.Published, a.Modified = pickDates(c, pm, ld, header, anchorPos)
	a.Language = pickLanguage(pm, ld)
	a.Tags = pickTags(pm, ld, a.Title)
	a.Access = pickAccess(pm, ld)
	storeHints(c, pm, ld)
}

// readLDGraph decodes the JSON-LD scripts of a page into one graph.
func readLDGraph(scripts []string) *ldGraph {
	g := &ldGraph{}
	for _, s := range scripts {
		for _, v := range parseJSONLD(s) {
			g.addValue(v, 0)
		}
	}
	return g
}

// newTitleSources gathers the titles the metadata gives.
func newTitleSources(pm *pageMeta, ld ldArticle) *titleSources {
	ts := &titleSources{}
	add := func(l *[]string, s string) {
		s = unescapeEntities(unescapeEntities(s)) // some pages escape their JSON-LD twice
		if s = trimDangling(CleanText(strings.ReplaceAll(s, "\u00a0", " "))); s != "" && len(s) <= maxTitle {
			*l = append(*l, s)
		}
	}
	add(&ts.ld, ld.mainField("headline"))
	ts.news = ld.main != nil && isNewsKind(ldTypes(ld.main))
	ts.article = declaresArticle(pm, ld)
	if ld.main != nil && ldKind(ldTypes(ld.main)) >= 2 {
		add(&ts.ld, ld.mainField("name"))
	}
	add(&ts.og, pm.metaValue("og:title"))
	add(&ts.twitter, pm.metaValue("twitter:title"))
	for _, h := range pm.heads {
		add(&ts.other, itemHeadline(h.n))
	}
	add(&ts.other, pm.metaValue("dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title", "headline"))
	add(&ts.page, pm.title)
	return ts
}

// readHeader returns the position of the headline and the texts around it
// (-1 and nothing without a headline).
func readHeader(h1 *posNode) (int, []headerText) {
	if h1 == nil {
		return -1, nil
	}
	return h1.pos, headerTexts(h1.n)
}

// pickAuthors reconciles the authors of every source, looks past an
// organisation they all credit (peopleOverOrgs), and gives an account name
// the name the page prints for it (printedHandleName).
func pickAuthors(c *Context, pm *pageMeta, ld ldArticle, ts *titleSources, header []headerText, anchor int) []Author {
	ap := newAuthorPicker(c.cfg.languages, ts)
	ap.starts = c.cfg.bylineStarts
	return printedHandleName(c.Document(), ap.peopleOverOrgs(c.Document(), pm, ap.pick(c, pm, ld, header, anchor)))
}

// pick reconciles the authors of every source.
func (ap authorPicker) pick(c *Context, pm *pageMeta, ld ldArticle, header []headerText, anchor int) []Author {
	structured, orgs := ap.fromJSONLD(ld)
	printed := ap.fromHeader(pm, header, anchor)
	if len(structured) == 0 && len(printed) == 0 {
		if as := ap.fromMeta(pm); len(as) > 0 {
			return ap.pageBylineOverMeta(c.Document(), as)
		}
		if as := ap.headerAgency(header); len(as) > 0 {
			return as
		}
		if as := ap.pageByline(c.Document()); len(as) > 0 {
			return as
		}
		if as := ap.siteAuthors(pm, ld); len(as) > 0 {
			return as
		}
		if as := ap.siteByline(pm, anchor); len(as) > 0 {
			return as
		}
		if as := ap.agreedCredit(pm, ld); len(as) > 0 {
			return as
		}
		if as := ap.personSite(c.Document(), pm, c.article.SiteName, c.pageURL()); len(as) > 0 {
			return as
		}
		return ap.signatureByline(c.Document())
	}
	if ap.bylineWins(ld, structured, orgs, printed) || ap.outvoted(pm, structured, printed) || ap.unseenLD(c.Document(), header, structured, printed) {
		return printed // the byline names the people the metadata credits to a company, or to someone else
	}
	if len(structured) == 0 {
		if structured = ap.fromMeta(pm); ap.printedOverMeta(structured, printed) || ap.metaNotWriter(pm, structured, printed) {
			return printed
		}
	}
	if lead := ap.leadByline(header, structured); len(lead) > 0 {
		return lead // the byline printed under the headline names someone else
	}
	return ap.dropSiteExtras(mergeAuthors(structured, printed), structured)
}

// pickDates gathers the dates of every source and picks the publication
// and modification dates.
func pickDates(c *Context, pm *pageMeta, ld ldArticle, header []headerText, anchor int) (pub, mod *Date) {
	dc := &dateCands{langs: c.cfg.languages, labelWords: c.cfg.dateLabelWords,
		region: tldRegion(c.pageURL())}
	dc.fromJSONLD(ld)
	dc.fromMeta(pm)
	dc.fromTimes(pm, anchor)
	dc.fromHeader(header)
	dc.fromURL(c.pageURL(), rankURL)
	dc.fromURL(c.article.Image, rankImageURL)
	pub, mod = dc.pick()
	if pub == nil {
		dc.fromPage(c.doc)
		pub, mod = dc.pick()
	}
	if pub == nil {
		dc.keepHidden(c, pm, anchor)
	}
	return pub, mod
}

// storeHints leaves the page's description and JSON-LD body for the body
// reader.
func storeHints(c *Context, pm *pageMeta, ld ldArticle) {
	if d := firstNonEmpty(pm.metaValue("og:description"), pm.metaValue("description"),
		ld.field("description"), pm.metaValue("twitter:description")); d != "" {
		metaDescription.Set(c, CleanText(d))
	}
	if b := ld.mainField("articleBody"); b != "" {
		jsonLDBody.Set(c, b)
	}
	declaredPageTypes.Set(c, newDeclaredTypes(pm))
	productLDBody.Set(c, ldProductDescription(ld.graph))
}

// unescapeEntities decodes the HTML entities left in a metadata value
// ("&amp;", "&#8217;"), which some sites escape twice.
func unescapeEntities(s string) string {
	if strings.IndexByte(s, '&') < 0 || strings.IndexByte(s, ';') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
