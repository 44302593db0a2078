package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file finds the author of a forum thread: forum software serves its
// threads to readers without scripts inside a <noscript> element, which
// the HTML parser keeps as raw text, so that the page shows no headline
// and no byline; and it marks its posters with "username" classes, whose
// account names need not be capitalised.

// addNoscript gathers the <h1>s, headlines and author elements of the
// page's largest <noscript> (see noscriptContent) when the page shows
// neither a headline nor an author element; the dates and <meta> tags
// gathered stay those of the page.
func (m *pageMeta) addNoscript(c *Context, maxDepth int) {
	if len(m.h1s) > 0 || len(m.authors) > 0 {
		return
	}
	body := noscriptContent(c)
	if body == nil {
		return
	}
	kept := *m
	m.walk(body, 0, maxDepth, 0)
	kept.h1s, kept.heads, kept.authors, kept.count = m.h1s, m.heads, m.authors, m.count
	*m = kept
}

// isUserNameNode reports whether the class or id of n says it holds an
// account name ("username", "user-name"), which need not be capitalised.
func isUserNameNode(n *html.Node) bool {
	for _, k := range []string{"class", "id"} {
		v := strings.ToLower(Attr(n, k))
		if strings.Contains(v, "username") || strings.Contains(v, "user-name") {
			return true
		}
	}
	return false
}
