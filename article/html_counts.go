package article

// On a forum page, a paragraph that is a bare number is a counter of the
// thread's widgets: the votes of an answer, the replies of a post, the
// likes of a comment. It is not what the posters wrote. On other pages a
// number alone may be a score or a figure of the story, so the rule holds
// on forum pages only.

// counterLine reports whether paragraph s, on the page of c, is a
// counter: a number alone, or a poster's statistic (see posterStatLine),
// on a forum page.
func counterLine(c *Context, s string) bool {
	return c.article.PageType == PageTypeForum && (countLine(s) || posterStatLine(s))
}

// countLine reports whether s is a number alone: digits with their
// separators.
func countLine(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.' || c == ' ':
		default:
			return false
		}
	}
	return digits > 0
}
