package article

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkResolver resolves the links of one page against its address,
// parsed once for the page.
type linkResolver struct{ base *url.URL }

// newLinkResolver returns a resolver for links on the page at base ("" when
// the address is not known: links are then kept as written).
func newLinkResolver(base string) linkResolver {
	u, err := url.Parse(strings.TrimSpace(base))
	if err != nil || !u.IsAbs() {
		return linkResolver{}
	}
	return linkResolver{u}
}

// resolve returns the address a link's href names, resolved against the
// page, or "" for a link to keep out: an anchor in the page ("#notes", or
// the page's own address with a fragment, as some tables of contents write
// it), a script, a mail or phone link, anything but a web address.
func (r linkResolver) resolve(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if r.base != nil && !u.IsAbs() {
		u = r.base.ResolveReference(u)
	}
	if r.base != nil && u.Fragment != "" && samePage(u, r.base) {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String()
	case "":
		return href // relative, and the page's address is not known
	}
	return ""
}

// samePage reports whether u and page name the same document, their
// fragments aside.
func samePage(u, page *url.URL) bool {
	return strings.EqualFold(u.Host, page.Host) && u.EscapedPath() == page.EscapedPath() && u.RawQuery == page.RawQuery &&
		strings.EqualFold(u.Scheme, page.Scheme)
}

// nodeLinks returns the links inside n, in reading order, each with its
// text: those of a list, a quotation, a heading or a table.
func (r linkResolver) nodeLinks(n *html.Node) []Link {
	var ls []Link
	for d := range descendants(n) {
		if d.Type != html.ElementNode || d.DataAtom != atom.A {
			continue
		}
		if u := r.resolve(Attr(d, "href")); u != "" {
			if t := nodeText(d); t != "" {
				ls = append(ls, Link{Text: t, URL: u})
			}
		}
	}
	return ls
}

// pendingLink is a link of the paragraph being gathered: its text is
// w.inline[start:end].
type pendingLink struct {
	start, end int
	url        string
}

// inlineLink walks a link inside the paragraph being gathered and notes
// where its text lies; a link the paragraph ends inside (two line breaks)
// is not noted.
func (w *bodyWalker) inlineLink(n *html.Node, depth int) {
	start, flushes := len(w.inline), w.flushes
	w.children(n, depth)
	if w.flushes != flushes || len(w.inline) == start {
		return
	}
	if u := w.urls.resolve(Attr(n, "href")); u != "" {
		w.pending = append(w.pending, pendingLink{start, len(w.inline), u})
	}
}

// paragraphLinks returns the links noted in the paragraph being gathered
// and forgets them.
func (w *bodyWalker) paragraphLinks() []Link {
	var ls []Link
	for _, p := range w.pending {
		if t := CleanText(string(w.inline[p.start:p.end])); t != "" {
			ls = append(ls, Link{Text: t, URL: p.url})
		}
	}
	w.pending = w.pending[:0]
	return ls
}

// linksInText returns the links of b whose text its text still holds: the
// rules that clean the body may have cut a paragraph or a list item. The
// links are in reading order, so each is looked for after the words of the
// one kept before it: a link whose words were cut is not kept for the same
// words written before it ("here" twice, the second cut), and the text of a
// table or list of thousands of links is read about once, not once a link.
func linksInText(b Block) []Link {
	if len(b.Links) == 0 {
		return nil
	}
	text := b.Text
	if b.Kind == BlockList {
		text = strings.Join(b.Items, "\n")
	}
	ls := b.Links[:0:0]
	for _, l := range b.Links {
		if i := strings.Index(text, l.Text); i >= 0 {
			ls = append(ls, l)
			text = text[i+len(l.Text):]
		}
	}
	if len(ls) == 0 {
		return nil
	}
	return ls
}

// linked returns b with the links inside n, the element it was read from.
func (w *bodyWalker) linked(b Block, n *html.Node) Block {
	b.Links = w.urls.nodeLinks(n)
	return b
}
