package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Web components rendered on the server put their content in a
// declarative shadow root, <template shadowrootmode="open">, which the
// browser shows in place of the template. Everywhere else a <template>
// holds markup nobody sees, so openShadowRoots unwraps the shadow roots
// before the page is read: their content takes the template's place.
// Slots are not resolved; the host's own children stay where they are.

// shadowMark is in the attribute of every declarative shadow root, in its
// current (shadowrootmode) and first (shadowroot) forms.
const shadowMark = "shadowroot"

// openShadowRoots replaces each declarative shadow root of doc by its
// content. page is the markup doc was parsed from, used to skip the work
// on pages without shadow roots.
func openShadowRoots(doc *html.Node, page string) {
	if !strings.Contains(page, shadowMark) {
		return
	}
	var roots []*html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Template && isShadowRoot(n) {
			roots = append(roots, n)
		}
	}
	for _, t := range roots {
		for c := t.FirstChild; c != nil; c = t.FirstChild {
			t.RemoveChild(c)
			t.Parent.InsertBefore(c, t)
		}
		t.Parent.RemoveChild(t)
	}
}

// isShadowRoot reports whether the template t declares a shadow root.
func isShadowRoot(t *html.Node) bool {
	return t.Parent != nil && (hasAttr(t, "shadowrootmode") || hasAttr(t, "shadowroot"))
}
