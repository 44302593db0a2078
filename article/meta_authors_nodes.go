package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reads the elements the page marks as its author: by microdata
// (itemprop=author) or rel=author, which say so in a standard way, or by a
// class name ("byline", "author-name"), which only hints at it. Forum and
// question pages show the people who edited a post beside the one who
// wrote it, in elements of the same class, and mark the writer alone
// with microdata.

// fromAuthorNodes returns the authors of the first marked element that
// names someone: one marked by microdata near the headline, else one
// marked by its class near the headline, else one marked by microdata
// anywhere.
func (ap authorPicker) fromAuthorNodes(pm *pageMeta, anchor int) []Author {
	for _, pass := range []struct{ strong, near bool }{{true, true}, {false, true}, {true, false}} {
		for _, a := range pm.authors {
			if pass.strong != isStrongAuthorNode(a.n) || pass.near && !near(a.pos, anchor) || ofReply(a.n) || isTaxonomyLink(a.n) {
				continue
			}
			if as := ap.keep(ap.fromNode(a.n), false); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// maxUserNameTexts is how many texts of an element firstUserName reads.
const maxUserNameTexts = 3

// firstUserName returns the account name that an element marked as the
// author by microdata starts with: "jldugger", then its reputation.
func firstUserName(n *html.Node) []Author {
	seen := 0
	for d := range n.Descendants() {
		t, ok := shortText(d)
		if !ok || isBareBylineWord(strings.TrimRight(t, ":")) {
			continue // "von", then the account name
		}
		if seen++; seen > maxUserNameTexts {
			break
		}
		if as := userName(t); len(as) > 0 {
			return as
		}
	}
	return nil
}

// replyTypes are the schema.org types of a reply to the page's main item,
// whose author is not the page's.
var replyTypes = []string{"comment", "answer"}

// maxItemDepth is how many ancestors ofReply climbs to find the item an
// author element belongs to.
const maxItemDepth = 12

// ofReply reports whether the author element n belongs to a microdata
// item that is a reply: a Comment or an Answer, whose author is one of
// the people who answered, not the one who wrote the page.
func ofReply(n *html.Node) bool {
	if Attr(n, "itemprop") == "" {
		return false
	}
	p := n.Parent
	for i := 0; p != nil && i < maxItemDepth; i, p = i+1, p.Parent {
		if p.Type != html.ElementNode || !hasItemScope(p) {
			continue
		}
		t := strings.ToLower(Attr(p, "itemtype"))
		for _, r := range replyTypes {
			if strings.HasSuffix(t, "/"+r) {
				return true
			}
		}
		return false
	}
	return false
}

// hasItemScope reports whether n carries the itemscope attribute.
func hasItemScope(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "itemscope" {
			return true
		}
	}
	return false
}
