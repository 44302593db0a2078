package article

// readMetadata reads what the page says of itself: for now the title.
func readMetadata(c *Context) {
	c.article.Title = pageTitle(c.doc)
}
