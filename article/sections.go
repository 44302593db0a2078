package article

import "strings"

// buildSections groups blocks into sections: each heading of the highest
// rank found starts a section and becomes its Heading; deeper headings
// stay heading blocks. Empty sections are dropped.
func buildSections(blocks []Block) []Section {
	top := topHeadingLevel(blocks)
	var out []Section
	cur := Section{}
	for _, b := range blocks {
		if b.Kind == BlockHeading && b.Level == top {
			out = appendSection(out, cur)
			cur = Section{Heading: b.Text}
			continue
		}
		cur.Blocks = append(cur.Blocks, b)
	}
	return appendSection(out, cur)
}

func appendSection(out []Section, s Section) []Section {
	if s.Heading == "" && len(s.Blocks) == 0 {
		return out
	}
	if s.Blocks == nil {
		s.Blocks = []Block{}
	}
	return append(out, s)
}

// topHeadingLevel returns the smallest level of the heading blocks, or 0.
func topHeadingLevel(blocks []Block) int {
	top := 0
	for _, b := range blocks {
		if b.Kind == BlockHeading && (top == 0 || b.Level < top) {
			top = b.Level
		}
	}
	return top
}

// buildText writes the body as plain text: the standfirst, then each
// section's heading and blocks in reading order, separated by blank
// lines. A list is one block with an item per line; an embed contributes
// the text of its post. Figure captions are left out, and the standfirst
// and sub-headings kept: that is what the body benchmarks (scrapinghub,
// wcxb, fundus) annotate as the article's text, measured by shingle F1.
func buildText(a *Article) string {
	var parts []string
	if a.Standfirst != "" {
		parts = append(parts, a.Standfirst)
	}
	for _, s := range a.Sections {
		if s.Heading != "" {
			parts = append(parts, s.Heading)
		}
		for _, b := range s.Blocks {
			if t := blockText(a, b); t != "" {
				parts = append(parts, t)
			}
		}
	}
	return strings.Join(parts, "\n\n")
}

// blockText returns the plain text of one block.
func blockText(a *Article, b Block) string {
	switch b.Kind {
	case BlockList:
		return strings.Join(b.Items, "\n")
	case BlockFigure:
		return ""
	case BlockEmbed:
		if b.Embed != nil && *b.Embed < len(a.Embeds) {
			return embedText(a.Embeds[*b.Embed]) // measured: see embedText
		}
		return ""
	}
	return b.Text
}

// takeTextStandfirst makes the first paragraph of a plain text its
// standfirst when it sits between the title and a key-points block or the
// first sub-heading, as a chapô does.
func takeTextStandfirst(c *Context) {
	if c.article.Title == "" || c.article.Standfirst != "" || len(c.blocks) == 0 || c.blocks[0].Kind != BlockParagraph {
		return
	}
	at, hasSummary := summaryAt.Get(c)
	nextIsHeading := len(c.blocks) > 1 && c.blocks[1].Kind == BlockHeading
	if (hasSummary && at == 1) || nextIsHeading {
		c.article.Standfirst = c.blocks[0].Text
		c.blocks = c.blocks[1:]
	}
}
