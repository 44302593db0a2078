package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// buildSections groups blocks into sections: each heading of the highest
// rank found starts a section and becomes its Heading; deeper headings
// stay heading blocks. Empty sections are dropped, and so are paragraphs
// and list items of nothing but spaces (see blankBlock).
//
// The sections' blocks share one array, sized once: a page of a hundred
// thousand paragraphs would otherwise copy them over and over as the
// slices grow.
func buildSections(blocks []Block) []Section {
	top := topHeadingLevel(blocks)
	var out []Section
	all := make([]Block, 0, len(blocks))
	cur, start := Section{}, 0
	for _, b := range blocks {
		if b = withoutBlankItems(b); blankBlock(b) {
			continue
		}
		b.Links = linksInText(b)
		if b.Kind == BlockHeading && b.Level == top {
			out = appendSection(out, cur, all[start:])
			cur, start = Section{Heading: b.Text, HeadingLinks: b.Links}, len(all)
			continue
		}
		all = append(all, b)
	}
	return appendSection(out, cur, all[start:])
}

// blankBlock reports whether b is a paragraph, or a list, of nothing but
// spaces: editors leave "&nbsp;" paragraphs between paragraphs for room.
// They are dropped only here, when the body is read: the rules that read
// blocks see the page's own spacing.
func blankBlock(b Block) bool {
	switch b.Kind {
	case BlockParagraph:
		return onlySpaces(b.Text)
	case BlockList:
		return len(b.Items) == 0
	}
	return false
}

// withoutBlankItems returns list b without its items of nothing but
// spaces (and their depths); other blocks as they are.
func withoutBlankItems(b Block) Block {
	if b.Kind != BlockList || !slices.ContainsFunc(b.Items, onlySpaces) {
		return b
	}
	items, depths := make([]string, 0, len(b.Items)), []int(nil)
	for i, it := range b.Items {
		if onlySpaces(it) {
			continue
		}
		items = append(items, it)
		if b.Depths != nil {
			depths = append(depths, b.Depths[i])
		}
	}
	b.Items, b.Depths = items, depths
	return b
}

// onlySpaces reports whether s holds nothing but spaces, no-break spaces
// among them: strings.TrimSpace(s) == "", read up to the first byte that
// is not a space, with ASCII bytes tested without decoding.
func onlySpaces(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += w
	}
	return true
}

// appendSection appends s with blocks as its blocks to out, unless it has
// neither a heading nor a block.
func appendSection(out []Section, s Section, blocks []Block) []Section {
	if s.Heading == "" && len(blocks) == 0 {
		return out
	}
	s.Blocks = blocks[:len(blocks):len(blocks)] // appending to a section copies it, never touches the next
	if len(blocks) == 0 {
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
