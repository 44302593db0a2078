package article

// dateCursor walks the tokens of a text. It is a small value: patterns copy it
// to try a branch and keep the copy only when the branch matches.
type dateCursor struct {
	s     string
	pos   int
	whole bool // the text is meant to be a date, which allows "2024-02" alone
	// monthFirst reads "12/01/2024" as December 1, as in the United States.
	monthFirst bool
	tok        dateToken // the token at tokAt-1, to lex each token once
	tokAt      int
}

func (c *dateCursor) peek() dateToken {
	if c.tokAt != c.pos+1 {
		c.tok, c.tokAt = lexDate(c.s, c.pos), c.pos+1
	}
	return c.tok
}

func (c *dateCursor) take(t dateToken) { c.pos = t.end }

// skipPunct consumes the next token if it is one of the marks in set.
func (c *dateCursor) skipPunct(set string) (byte, bool) {
	t := c.peek()
	if !t.isPunct(set) {
		return 0, false
	}
	c.take(t)
	return t.punct, true
}

// skipGlued consumes the next token if it is one of the marks in set,
// written right after the previous token.
func (c *dateCursor) skipGlued(set string) (byte, bool) {
	if t := c.peek(); t.gap || !t.isPunct(set) {
		return 0, false
	}
	return c.skipPunct(set)
}

// skipRole consumes the next token if it is a word with one of the roles r.
func (c *dateCursor) skipRole(r dateRole) bool {
	t := c.peek()
	if !t.is(r) {
		return false
	}
	c.take(t)
	return true
}

// num consumes the next token if it is a number of at most maxDigits digits.
func (c *dateCursor) num(maxDigits int) (dateToken, bool) {
	t := c.peek()
	if t.kind != dtNum || t.ndig > maxDigits {
		return t, false
	}
	c.take(t)
	return t, true
}

// sepNum consumes a mark in set and the number after it, both glued to what
// comes before them.
func (c *dateCursor) sepNum(set string) (byte, dateToken, bool) {
	m := *c
	sep, ok := m.skipGlued(set)
	t := m.peek()
	if !ok || t.kind != dtNum || t.gap {
		return 0, t, false
	}
	m.take(t)
	*c = m
	return sep, t, true
}

// tryPart runs the pattern f on copies of c and p and keeps them if f matches.
func tryPart(c *dateCursor, p *dateParts, f func(*dateCursor, *dateParts) bool) bool {
	m, q := *c, *p
	if !f(&m, &q) {
		return false
	}
	*c, *p = m, q
	return true
}
