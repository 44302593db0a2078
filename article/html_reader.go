package article

// readHTML runs the structure phase on an HTML page: the metadata first,
// then the body.
func readHTML(c *Context) {
	readMetadata(c)
	readBody(c)
	readHiddenDate(c)
}

// readBody finds the element that holds the article (widened to the
// parent of the alike boxes it may be one of, see sectionsParent), reads
// the standfirst, and turns the article into blocks, with the players
// and posts set next to a one-block article (see loneBlockEmbeds).
func readBody(c *Context) {
	st := collectStats(c.doc, c.cfg.Limits.MaxDepth, declaresThread(c))
	st = noscriptStats(c, segmentStats(c.doc, st, c.cfg.Limits), c.cfg.Limits)
	root := st.contentRoot()
	if root < 0 {
		start := len(c.blocks)
		productWithoutBody(c)
		readScriptBody(c, start)
		return
	}
	root = agreedRoot(c, st, root)
	if p := st.sectionsParent(root); p >= 0 {
		root = p
	}
	cards := st.cardList(root)
	if cards >= 0 {
		root = cards
	}
	kind := pageType(c, st, root)
	c.article.PageType = kind.typ
	root, inCards := mainContent(st, root, cards >= 0, kind, c.article)
	w := &bodyWalker{c: c, st: st, urls: newLinkResolver(c.pageURL()), root: &st.infos[root], title: foldText(c.article.Title), first: st.firstProse(root), cards: inCards,
		product: kind.typ == PageTypeProduct, offers: kind.offers()}
	if !inCards {
		w.teasers = st.newTeaserCache(root, kind.typ)
	}
	if sf := findStandfirst(c, st, root); sf >= 0 {
		c.article.Standfirst = standfirstText(innerStandfirst(c, st, sf))
		w.skip = st.infos[sf].node
		w.lead = len(c.article.Standfirst)
	}
	before, after := st.loneBlockEmbeds(root)
	st.cursor = root
	start := len(c.blocks)
	w.start = start
	w.offerAll(before)
	w.walk(st.infos[root].node, 0)
	w.flush()
	w.offerAll(after)
	cleanBlocks(c, start)
	dropStandfirstCopy(c, start)
	productFallback(c, kind.typ, start)
	readScriptBody(c, start)
}
