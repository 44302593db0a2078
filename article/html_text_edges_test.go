package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/atom"
)

func TestBlockEndPartsWords(t *testing.T) {
	cases := []bodyTextCase{
		{"time line above a headline link",
			`<li><div class="since"><span>3 days ago</span></div><a href="/a">Harbour reopens</a></li>`,
			"3 days ago Harbour reopens"},
		{"label in a paragraph before a date",
			`<div><p>News</p>12.11.2018</div>`, "News 12.11.2018"},
		{"quotation ended by a block before its signature",
			`<blockquote><p>We will not wait.</p>Anna Berg</blockquote>`, "We will not wait. Anna Berg"},
		{"no space after an unknown element, inline in browsers",
			`<p>see <x-ref>note 13</x-ref>, below</p>`, "see note 13, below"},
		{"inline elements glue as written",
			`<p>multi<em>lingual</em> text</p>`, "multilingual text"},
		{"an acronym is inline",
			`<li>The <acronym title="North Atlantic Treaty Organization">NATO</acronym>'s chief</li>`, "The NATO's chief"},
	}
	checkBodyText(t, cases)
}

// An <acronym> (HTML 4) runs inside its paragraph, as <abbr> does: read
// as a block, it cut the paragraph in two and its word was lost.
func TestAcronymInParagraph(t *testing.T) {
	a := parseBodyPage(t, `<p>The <acronym title="North Atlantic Treaty Organization">NATO</acronym>'s chief spoke first.</p>`)
	var texts []string
	for _, b := range blocksOfKind(a, BlockParagraph) {
		texts = append(texts, b.Text)
	}
	assert.Contains(t, texts, "The NATO's chief spoke first.")
}

func TestListItemBlocksParted(t *testing.T) {
	a := parseBodyPage(t, `<ul>`+
		`<li><div class="since"><span>22 days ago</span></div><a href="/a">Harbour reopens after the storm</a><p>The port said ships could dock again from Monday.</p></li>`+
		`<li><div class="since"><span>23 days ago</span></div><a href="/b">Ferry timetable changes for winter</a><p>Fewer crossings will run from December until March.</p></li>`+
		`</ul>`)
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 1)
	assert.Equal(t, []string{
		"22 days ago Harbour reopens after the storm The port said ships could dock again from Monday.",
		"23 days ago Ferry timetable changes for winter Fewer crossings will run from December until March.",
	}, ls[0].Items)
}

func TestNoteCallsLeftOut(t *testing.T) {
	cases := []bodyTextCase{
		{"numbered note", `<p>It grew in the north<sup class="fn"> <a href="#notes">2</a> </sup>. Then it spread.</p>`,
			"It grew in the north. Then it spread."},
		{"bracketed note", `<p>The spell failed.<sup id="ref-1"><a href="#note-1">[8]</a></sup></p>`, "The spell failed."},
		{"mark", `<p>Prices rose<sup><a href="#star">*</a></sup> again.</p>`, "Prices rose again."},
		{"a power stays", `<p>About 10<sup>6</sup> cells.</p>`, "About 106 cells."},
		{"a link to another page stays", `<p>See the law<sup><a href="/law/2">2</a></sup>.</p>`, "See the law2."},
		{"a word stays", `<p>Read on<sup><a href="#more">more here</a></sup>.</p>`, "Read onmore here."},
		{"link around the superscript", `<p>The tally grew.<a class="fn" href="#fn-2"><sup id="r2">2</sup></a> It held.</p>`,
			"The tally grew. It held."},
		{"a link around a power to another page stays", `<p>See <a href="/m"><sup>2</sup></a> here.</p>`, "See 2 here."},
	}
	checkBodyText(t, cases)
}

func TestNoteCallsLeftOutOfBody(t *testing.T) {
	a := parseBodyPage(t, `<p>Harbour fees doubled over the decade<sup class="fn"><a href="#sources">3</a></sup>, the port's report says.</p>`)
	assert.Contains(t, a.Text, "Harbour fees doubled over the decade, the port's report says.")
}

func TestNoteLinksLeftOutOfBody(t *testing.T) {
	a := parseBodyPage(t, `<p>Harbour fees doubled over the decade<a href="#fn-3" class="note"><sup>3</sup></a>, the port's report says.</p>`)
	assert.Contains(t, a.Text, "Harbour fees doubled over the decade, the port's report says.")
	for _, b := range blocksOfKind(a, BlockParagraph) {
		assert.Empty(t, b.Links)
	}
}

// bodyTextCase is a named piece of HTML and the text of the body holding
// it.
type bodyTextCase struct{ name, html, want string }

// checkBodyText checks that nodeText gives each case's text for the body
// holding its HTML.
func checkBodyText(t *testing.T, cases []bodyTextCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustParse(t, "<body>"+tc.html+"</body>")
			assert.Equal(t, tc.want, nodeText(findFirst(doc, atom.Body)))
		})
	}
}
