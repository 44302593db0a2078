package article

import "golang.org/x/net/html"

// Pages streamed in parts (React's server rendering with Suspense) send
// their content in hidden segments, <div hidden id="S:0">, that a script
// moves into place: to a reader without scripts, the page looks empty.
// When the page's visible prose is thin and it has such segments, the
// stats are gathered again with the segments shown, and kept if they
// hold much more prose: a page whose article is visible may stream only
// its comments or recommendations.

// segmentStats returns the stats of the page with its streamed segments
// shown when its prose is thin and that brings much more, else st.
func segmentStats(doc *html.Node, st *pageStats, limits Limits) *pageStats {
	if len(st.infos) == 0 || st.infos[0].good >= thinProse || !hasSegments(doc) {
		return st
	}
	alt := &pageStats{infos: make([]nodeInfo, 0, len(st.infos)), segments: true, thread: st.thread,
		weights: st.weights, embeds: st.embeds}
	alt.collect(doc, limits.MaxDepth)
	if alt.infos[0].good < segmentGain*st.infos[0].good || alt.infos[0].good < st.infos[0].good+minSegmentProse {
		return st
	}
	return alt
}

// The segments are read when they bring segmentGain times the visible
// prose, and minSegmentProse bytes more.
const (
	segmentGain     = 2
	minSegmentProse = 500
)

// hasSegments reports whether the page has a streamed segment.
func hasSegments(doc *html.Node) bool {
	for d := range doc.Descendants() {
		if d.Type == html.ElementNode && streamedSegment(d) && isHidden(d) {
			return true
		}
	}
	return false
}

// streamedSegment reports whether n is a segment of a page streamed in
// parts (React's <div hidden id="S:0">): the page's own content, hidden
// only until a script moves it into place.
func streamedSegment(n *html.Node) bool {
	id := Attr(n, "id")
	if len(id) < 3 || id[0] != 'S' || id[1] != ':' {
		return false
	}
	for i := 2; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return true
}
