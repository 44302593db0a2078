package article

// repeatedEmbed returns the index of the embed the body ends with when e is
// the same post or player again: the same kind and address, with no block
// between them. Pages show a post twice in a row when a placeholder (the
// bare address an editor pasted, a consent screen) precedes the rendered
// embed code, or when a player comes in one variant per screen size.
func (c *Context) repeatedEmbed(e Embed) (int, bool) {
	if e.URL == "" || len(c.blocks) == 0 {
		return 0, false
	}
	last := c.blocks[len(c.blocks)-1]
	if last.Kind != BlockEmbed || last.Embed == nil || *last.Embed >= len(c.article.Embeds) {
		return 0, false
	}
	i := *last.Embed
	prev := c.article.Embeds[i]
	return i, prev.Kind == e.Kind && prev.URL == e.URL
}

// mergeEmbed fills the fields dst lacks with those of src, the same post
// read again from richer markup.
func mergeEmbed(dst *Embed, src Embed) {
	dst.Author = firstSet(dst.Author, src.Author)
	dst.Handle = firstSet(dst.Handle, src.Handle)
	dst.Text = firstSet(dst.Text, src.Text)
	if dst.Published == nil {
		dst.Published = src.Published
	}
	if len(dst.Links) == 0 {
		dst.Links = src.Links
	}
	if len(dst.Mentions) == 0 {
		dst.Mentions = src.Mentions
	}
	if len(dst.Hashtags) == 0 {
		dst.Hashtags = src.Hashtags
	}
}
