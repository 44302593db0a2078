package article

import "strings"

// dropStandfirstCopy drops the first block of the body, from index start
// on, when it is a paragraph that says the standfirst again: templates
// that print the description as the standfirst often open the body with
// it too. A body of that block alone is kept.
func dropStandfirstCopy(c *Context, start int) {
	sf := strings.TrimSpace(c.article.Standfirst)
	if sf == "" || len(c.blocks) < start+2 {
		return
	}
	if b := c.blocks[start]; b.Kind == BlockParagraph && strings.TrimSpace(b.Text) == sf {
		c.blocks = append(c.blocks[:start], c.blocks[start+1:]...)
	}
}
