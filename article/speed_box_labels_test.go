package article

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// The labels of key-points boxes are read once per element and parse
// (summaryReader): these tests hold boxLabel as it read them for each
// box and compare, on nested boxes and random pages.

// plainBoxLabel is boxLabel reading the label element again for each
// box.
func plainBoxLabel(cfg *Config, box *html.Node) (string, bool) {
	seen := 0
	for d := range box.Descendants() {
		if seen++; seen > maxLabelSearch {
			return "", false
		}
		if d.Type != html.TextNode || strings.TrimSpace(d.Data) == "" || skippedAncestor(d, box) {
			continue
		}
		el := d.Parent
		if inList(el, box) || !textAtMost(el, 256) {
			return "", false
		}
		t, ok := cappedText(el, 64)
		if !ok {
			return "", false
		}
		t = summaryLabelText(t)
		return t, cfg.summaryLabel(t)
	}
	return "", false
}

// elementsOf returns the elements of doc in document order.
func elementsOf(doc *html.Node) []*html.Node {
	var els []*html.Node
	for d := range doc.Descendants() {
		if d.Type == html.ElementNode {
			els = append(els, d)
		}
	}
	return els
}

// assertBoxLabelsSame compares, on every element of page, boxLabel and
// keyPoints through one reader shared by all elements, in document order
// and then again in reverse, with the plain label and a fresh reader.
func assertBoxLabelsSame(t *testing.T, cfg *Config, page string) {
	t.Helper()
	doc, err := parseTestDoc(page)
	require.NoError(t, err)
	els := elementsOf(doc)
	shared := newSummaryReader(cfg)
	for _, pass := range [][]*html.Node{els, reversed(els)} {
		for _, n := range pass {
			wantLabel, wantOK := plainBoxLabel(cfg, n)
			label, ok := boxLabel(shared, n)
			require.Equal(t, wantLabel, label, "%s in %q", n.Data, page)
			require.Equal(t, wantOK, ok, "%s in %q", n.Data, page)
			for _, weak := range []bool{false, true} {
				ws, wl, wok := keyPoints(newSummaryReader(cfg), n, weak)
				s, l, ok := keyPoints(shared, n, weak)
				require.Equal(t, ws, s, "%s in %q", n.Data, page)
				require.Equal(t, wl, l)
				require.Equal(t, wok, ok)
			}
		}
	}
}

// reversed returns a reversed copy of ns.
func reversed(ns []*html.Node) []*html.Node {
	out := make([]*html.Node, len(ns))
	for i, n := range ns {
		out[len(ns)-1-i] = n
	}
	return out
}

func TestBoxLabelsSameAsPlain(t *testing.T) {
	cfg := testConfig()
	pages := []string{
		`<div><section><div class="box"><h3>Key points:</h3><ul><li>The council voted for the new lanes on Main Street.</li>
<li>Work starts in the spring and ends next year.</li></ul></div></section></div>`,
		`<div><div><p>L’essentiel</p><ul><li>Le conseil a voté le nouveau plan pour la ville.</li></ul></div></div>`,
		`<aside><div><script>var x</script><button>Close</button><h2>In brief</h2><ol><li>One two three four five six.</li>
<li>Seven eight nine ten eleven twelve.</li></ol></div></aside>`,
		`<div class="summary"><div><span>No label here at all</span><ul><li>Four words at least here.</li><li>And four more words here too.</li></ul></div></div>`,
		`<div><div><ul><li>Key points</li></ul><p>Text</p></div></div>`,
		`<section><div><p>` + strings.Repeat("A long first text. ", 20) + `</p><ul><li>a b c d e</li></ul></div></section>`,
	}
	for _, page := range pages {
		assertBoxLabelsSame(t, cfg, page)
	}
}

func TestBoxLabelsReadOnce(t *testing.T) {
	cfg := testConfig()
	doc, err := parseTestDoc(`<div id="a"><section id="b"><div id="c"><h3>Key points</h3><ul><li>x</li></ul></div></section></div>`)
	require.NoError(t, err)
	r := newSummaryReader(cfg)
	for _, n := range elementsOf(doc) {
		if id := Attr(n, "id"); id != "" {
			label, ok := boxLabel(r, n)
			assert.Equal(t, "Key points", label, id)
			assert.True(t, ok, id)
		}
	}
	assert.Len(t, r.labels, 1, "the three boxes share their label element")
}

// randomBoxPage builds a page of nested boxes, labels, lists and
// elements whose text the reader skips.
func randomBoxPage(rng *rand.Rand, depth int) string {
	texts := []string{"Key points", "Key points :", "L'essentiel", "In brief", "Related", " ", "\n  ",
		"The council voted for the new lanes on Main Street.", "One two three four five six seven.",
		strings.Repeat("Long text that is no label. ", 12)}
	var b strings.Builder
	for range 1 + rng.IntN(3) {
		switch k := rng.IntN(9); {
		case k < 3 && depth < 4:
			tag := []string{"div", "section", "aside"}[k]
			cls := []string{"", ` class="key-points"`, ` class="nav"`, ` class="bullet"`}[rng.IntN(4)]
			b.WriteString("<" + tag + cls + ">" + randomBoxPage(rng, depth+1) + "</" + tag + ">")
		case k < 5:
			b.WriteString("<ul><li>" + texts[rng.IntN(len(texts))] + "</li><li>" + texts[rng.IntN(len(texts))] + "</li></ul>")
		case k < 6:
			b.WriteString("<script>var k = 1</script><button>" + texts[rng.IntN(len(texts))] + "</button>")
		default:
			tag := []string{"p", "h3", "span"}[rng.IntN(3)]
			b.WriteString("<" + tag + ">" + texts[rng.IntN(len(texts))] + "</" + tag + ">")
		}
	}
	return b.String()
}

func TestBoxLabelsSameRandom(t *testing.T) {
	cfg := testConfig()
	rng := rand.New(rand.NewPCG(13, 14))
	for range 500 {
		assertBoxLabelsSame(t, cfg, randomBoxPage(rng, 0))
	}
}

func TestSummaryReaderPerParse(t *testing.T) {
	cfg := testConfig()
	c := newContext(context.Background(), cfg, Input{})
	r := summaryReaderOf(c)
	assert.Same(t, r, summaryReaderOf(c), "one reader for the parse")
	assert.NotSame(t, r, summaryReaderOf(newContext(context.Background(), cfg, Input{})), "none shared between parses")
}
