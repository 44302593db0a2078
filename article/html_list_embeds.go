package article

import "golang.org/x/net/html"

// listEmbeds offers the embeds written inside the items of the list n (a
// player in a step of a how-to, a video in an answer) to the node
// extractors, after the list's block: the items are read as text alone,
// so a player among them would be lost. Only a list whose statistics
// say it holds embed markup (infoEmbed) is walked again.
func (w *bodyWalker) listEmbeds(n *html.Node, depth int) {
	i := w.st.lastLookedUp(n)
	if i < 0 || !w.st.infos[i].visibleEmbed() {
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.offer(ch, depth+1)
	}
}
