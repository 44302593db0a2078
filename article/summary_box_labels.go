package article

import "golang.org/x/net/html"

// summaryReader reads key-points boxes for one parse: the body walk and
// the summary fallback share it. Boxes nest (a div in a section in a
// div), and nested boxes share their first text, so the label read from
// the element holding it is remembered for the parse instead of being
// read again for each box around it.
type summaryReader struct {
	cfg    *Config
	labels map[*html.Node]elementLabel
	// doc is the page, nil for a reader made without one; listLabels
	// counts its lists by label, read on first need (labelHeadsMany).
	doc        *html.Node
	listLabels map[string]int
}

// elementLabel is what boxLabel reads from the element that holds a box's
// first text: its short text, cleaned and trimmed (empty when the element
// holds too much text), and whether that is a summary label.
type elementLabel struct {
	text     string
	labelled bool
}

// summaryReaders is the key of the parse's summaryReader.
var summaryReaders = NewContextKey[*summaryReader]("html.summary-reader")

// summaryReaderOf returns the summaryReader of c's parse, made on first
// use.
func summaryReaderOf(c *Context) *summaryReader {
	if r, ok := summaryReaders.Get(c); ok {
		return r
	}
	r := newSummaryReader(c.cfg)
	r.doc = c.doc
	summaryReaders.Set(c, r)
	return r
}

// newSummaryReader returns a summaryReader with an empty memo.
func newSummaryReader(cfg *Config) *summaryReader {
	return &summaryReader{cfg: cfg, labels: make(map[*html.Node]elementLabel)}
}

// labelOf returns the label of el, read once per parse.
func (r *summaryReader) labelOf(el *html.Node) elementLabel {
	if l, ok := r.labels[el]; ok {
		return l
	}
	l := readElementLabel(r.cfg, el)
	r.labels[el] = l
	return l
}

// readElementLabel reads the label of el: its text when it has at most
// 256 bytes of text nodes and at most 64 bytes of clean text, without
// the spaces and colon around it.
func readElementLabel(cfg *Config, el *html.Node) elementLabel {
	if !textAtMost(el, 256) {
		return elementLabel{}
	}
	t, ok := cappedText(el, 64)
	if !ok {
		return elementLabel{}
	}
	t = summaryLabelText(t)
	return elementLabel{text: t, labelled: cfg.summaryLabel(t)}
}
