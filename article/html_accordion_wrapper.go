package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Templates wrap an accordion's question in an element named after its
// place in the accordion ("<div class="card-header"><h3><button
// aria-expanded="true" aria-controls="c0">What is your fee?</button></h3>
// </div>"): the class word ("header") marks page furniture elsewhere, and
// pruned the question while its answer stayed. A wrapper that holds
// nothing but such a toggle is judged as the toggle is (see judge).

// maxToggleWrap is how many elements deep a wrapper may hold a toggle.
const maxToggleWrap = 4

// wrapsToggle reports whether n holds nothing but an accordion's toggle
// that asks a question: a chain of elements, each the only content of the
// one above, down to an expandable button.
func wrapsToggle(n *html.Node) bool {
	b := wrappedElement(n, atom.Button, maxToggleWrap)
	return b != nil && expandable(b) && asksQuestion(b)
}
