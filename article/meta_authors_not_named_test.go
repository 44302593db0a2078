package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsPlaceholders checks that the words site software prints for
// an account with no name are no authors, whatever the page's language.
func TestAuthorsPlaceholders(t *testing.T) {
	body := `<h1>Der Garten im Herbst</h1><p>Im Herbst braucht der Garten wenig Pflege, aber etwas Geduld.</p>`
	cases := []authorCase{
		{"a template's author tag", `<meta name="author" content="publisher"><html lang="de">`, body, nil},
		{"a blog's hidden profile", ``,
			body + `<div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Unknown</span></span></div>`,
			nil},
		{"a share button in the author block", ``,
			`<div class="author-info"><a href="https://twitter.com/share">Tweet</a></div>` + body, nil},
		{"a named account", `<meta name="author" content="Jana Winter">`, body, []string{"Jana Winter"}},
	}
	checkAuthorCases(t, "https://garten.example.de/herbst", cases)
}

// TestAuthorsAddress checks that an author tag holding the publisher's
// address gives neither the town nor the country.
func TestAuthorsAddress(t *testing.T) {
	body := `<h1>Neue Wege am Berg</h1><p>Die Saison beginnt früh in diesem Jahr, und die Hütten öffnen schon im Mai.</p>`
	cases := []authorCase{
		{"a company and its address", `<meta name="author" content="Bergverlag GmbH, Nürnberg, Germany">`, body,
			[]string{"Bergverlag GmbH"}},
		{"a town and a country", `<meta name="author" content="Frankfurt, Deutschland">`, body, nil},
		{"a town written in two words", `<meta name="author" content="BERGFIX, Frankfurt a. M, Germany">`, body, nil},
		{"people and an address", `<meta name="author" content="Anna Berg, Paul Stein, Hamburg, Germany">`, body,
			[]string{"Anna Berg", "Paul Stein"}},
		{"people", `<meta name="author" content="Anna Berg, Paul Stein">`, body, []string{"Anna Berg", "Paul Stein"}},
	}
	checkAuthorCases(t, "https://berg.example.de/saison", cases)
}

// TestAuthorsTaxonomy checks that the section names beside a byline, in
// a breadcrumb trail or as links to a topic page, are no authors.
func TestAuthorsTaxonomy(t *testing.T) {
	body := `<p>Der neue Kombi fährt sparsam und leise, auch auf langen Strecken.</p>`
	cases := []authorCase{
		{"a breadcrumb in the author block", ``,
			`<h1>Der neue Kombi im Test</h1><div class="article-author vcard"><div>von <a class="fn" rel="author" href="/impressum">Redaktion</a></div>` +
				`<ul itemscope itemtype="http://schema.org/BreadcrumbList">in Rubrik: <li itemprop="itemListElement"><a href="/Kombi.html">Kombi</a></li></ul></div>` + body,
			nil},
		{"a topic link marked as the author", ``,
			`<h1>Der neue Kombi im Test</h1><p><a id="author-modal" href="/blog/?content_topic=906">Fahrberichte</a></p>` + body,
			nil},
		{"a category link after a byline word", ``,
			`<h1>Der neue Kombi im Test</h1><p><a href="/de/category/region/de-germany/">DE - Deutschland</a></p>` + body,
			nil},
		{"a byline in the author block", ``,
			`<h1>Der neue Kombi im Test</h1><div class="article-author vcard">von <a class="fn" rel="author" href="/autor/jan">Jan Vogel</a>` +
				`<ul itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a href="/Kombi.html">Kombi</a></li></ul></div>` + body,
			[]string{"Jan Vogel"}},
	}
	checkAuthorCases(t, "https://auto.example.de/kombi", cases)
}

// TestTaxonomyQuery checks the query keys of a link to a section or a
// tag page.
func TestTaxonomyQuery(t *testing.T) {
	assert.True(t, taxonomyQuery("/blog/?content_topic=906"))
	assert.True(t, taxonomyQuery("/?p=1&cat=12"))
	assert.False(t, taxonomyQuery("/author/jane?ref=topbar"))
	assert.False(t, taxonomyQuery("/tag-line"))
	assert.False(t, taxonomyQuery("/author/jane?utm_tag=byline"))
}

// TestAuthorsProseLead checks that a name printed in bold at the start of
// a paragraph of the story is not read as a byline.
func TestAuthorsProseLead(t *testing.T) {
	cases := []authorCase{
		{"the person a paragraph is about", ``,
			`<h1>Feuerwehr ehrt Freiwillige</h1><p>Gestern, 12. Mai 2021:</p><p><strong>Karl Brandt</strong> beglückwünschte die Geehrten ` +
				`und dankte ihnen für ihren Einsatz in den vergangenen zehn Jahren bei Tag und Nacht.</p>`,
			nil},
		{"a byline line of its own", ``,
			`<h1>Feuerwehr ehrt Freiwillige</h1><p><strong>Karl Brandt</strong></p><p>12. Mai 2021</p>` +
				`<p>Die Feuerwehr hat gestern ihre Freiwilligen geehrt, für zehn Jahre Einsatz bei Tag und Nacht.</p>`,
			[]string{"Karl Brandt"}},
	}
	checkAuthorCases(t, "https://feuerwehr.example.de/ehrung", cases)
}

// TestAuthorsCommentFormInAuthorBlock checks that the heading of a
// comment form, in an element whose class hints at the author, is no
// author.
func TestAuthorsCommentFormInAuthorBlock(t *testing.T) {
	cases := []authorCase{
		{"a comment form", ``,
			`<h1>Der Garten im Herbst</h1><div class="node author-a"><p>Im Herbst braucht der Garten wenig Pflege, aber doch etwas Geduld und Zeit, bevor die ersten Fröste kommen und die Beete für den Winter ruhen.</p>` +
				`<div class="comment-wrapper"><h2>Neuer Kommentar</h2></div></div>`,
			nil},
	}
	checkAuthorCases(t, "https://garten.example.de/herbst", cases)
}

// TestAuthorsPictureCredit checks that the credit line of a picture near
// the headline is not the article's byline.
func TestAuthorsPictureCredit(t *testing.T) {
	person := `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Lena Hofmann</span></span>`
	body := `<p>Altholz wird knapp, und die Preise für Hackschnitzel steigen seit dem Frühjahr deutlich.</p>`
	cases := []authorCase{
		{"a credit in a picture's credit line", ``,
			`<h1>Altholz wird knapp</h1><div class="image"><img src="/a.jpg" alt=""><span class="imageCredits">Mit Material von MDR</span></div>` + person + body,
			[]string{"Lena Hofmann"}},
		{"a credit in a caption", ``,
			`<h1>Altholz wird knapp</h1><figure><img src="/a.jpg" alt=""><figcaption>Foto von Jan Kurz</figcaption></figure>` + person + body,
			[]string{"Lena Hofmann"}},
	}
	checkAuthorCases(t, "https://agrar.example.de/altholz", cases)
}

// TestAuthorsHeadingProse checks that "von" inside a heading that goes on
// from a title is no byline, and that a link to the author's page that
// says more than the name gives the name alone.
func TestAuthorsHeadingProse(t *testing.T) {
	body := `<p>Ein Firmenwagen lässt sich kaufen, finanzieren oder leasen, und jede Form hat ihre Vor- und Nachteile.</p>`
	cases := []authorCase{
		{"a title going on with von", ``,
			`<h1>Firmenwagen: Leasing oder Finanzierung?</h1>` + body +
				`<h2>Übersicht der Vor- und Nachteile beim <strong>Leasing</strong> von Firmenwägen</h2>` + body,
			nil},
		{"a byline in a heading", ``,
			`<h1>Firmenwagen: Leasing oder Finanzierung?</h1><h5>Von Lea Brandt</h5>` + body,
			[]string{"Lea Brandt"}},
		{"a link to the author's page", ``,
			`<h1>Firmenwagen: Leasing oder Finanzierung?</h1><p><a href="/author/lea">Alles von Lea Brandt</a></p>` + body,
			[]string{"Lea Brandt"}},
	}
	checkAuthorCases(t, "https://finanz.example.de/firmenwagen", cases)
}

// TestSlugTail checks the name kept from the text of a link to an author
// page.
func TestSlugTail(t *testing.T) {
	assert.Equal(t, "Martin Junker", slugTail("martin", "Alles von Martin Junker"))
	assert.Equal(t, "Martin Junker", slugTail("martin-junker", "Martin Junker"))
	assert.Equal(t, "Ludwig van Beethoven", slugTail("ludwig-van-beethoven", "Ludwig van Beethoven"))
	assert.Equal(t, "Alles von Martin", slugTail("martin", "Alles von Martin"))
}

// TestAuthorsSentenceList checks that a line starting with a byline word
// whose parts go on as a sentence is a title, not a list of names.
func TestAuthorsSentenceList(t *testing.T) {
	body := `<p>Das Trinkwasser im Tal ist sauber, aber die Leitungen sind alt und müssen bald ersetzt werden.</p>`
	cases := []authorCase{
		{"a teaser title with Von", ``,
			`<h1>Trinkwasser im Tal</h1><p><a href="/tal/Von-Einheimischen-43143.html">Von Einheimischen, Gästen und ganz viel Kühen</a></p>` + body,
			nil},
		{"a byline of two names", ``,
			`<h1>Trinkwasser im Tal</h1><p>Von Anna Weber und Paul Stein</p>` + body,
			[]string{"Anna Weber", "Paul Stein"}},
	}
	checkAuthorCases(t, "https://zeitung.example.ch/trinkwasser", cases)
	assert.True(t, sentencePart("ganz viel Kühen"))
	assert.False(t, sentencePart("Anna von der Weide"))
}

// TestAuthorsHeadingDateLead checks that a byline printed in a heading
// after a long date is still read.
func TestAuthorsHeadingDateLead(t *testing.T) {
	cases := []authorCase{
		{"a date before the byline word", ``,
			`<h1>Eintracht stellt Weichen</h1><h4>Veröffentlicht am Dienstag, 25. August 2015 um 22:30 Uhr <a href="/u/6">von Lea Brandt</a></h4>` +
				`<p>Die Eintracht hat ihren Kader für die neue Saison vorgestellt, mit drei Neuzugängen aus der zweiten Liga.</p>`,
			[]string{"Lea Brandt"}},
	}
	checkAuthorCases(t, "https://fans.example.de/weichen", cases)
}

// TestAuthorsKindOfText checks the German phrases that name the kind of
// text before its writer: a blog post, a guest post, a press release.
func TestAuthorsKindOfText(t *testing.T) {
	body := `<p>Wer sich vegetarisch ernährt, hat es in Wien leichter als auf dem Land, sagen viele Leser.</p>`
	cases := []authorCase{
		{"a blog post", ``, `<h1>Vegetarier in Wien</h1><p>Blog Beitrag von Marta Koren</p>` + body, []string{"Marta Koren"}},
		{"a press release", ``, `<h1>Vegetarier in Wien</h1><p>Pressemitteilung von Jana Kipp</p>` + body, []string{"Jana Kipp"}},
	}
	checkAuthorCases(t, "https://blog.example.at/vegetarier", cases)
}

// TestAuthorsSmallHeadingByline checks a bare byline printed as a small
// heading on a page with no headline element, where the author tag names
// the publisher; and that a filter menu in a larger heading is no byline.
func TestAuthorsSmallHeadingByline(t *testing.T) {
	head := `<meta name="author" content="Verband der Stromkunden e.V.">`
	body := `<div class="headline">Strompreise: Rechte auf einen Blick</div>`
	text := `<p>Stromkunden erhalten eine Preiserhöhung nach der nächsten, und viele Versorger lehnen neue Kunden ab.</p>`
	cases := []authorCase{
		{"a byline as a small heading", head, body + `<h5><em>Von Lena Holl</em></h5>` + text, []string{"Lena Holl"}},
		{"a filter menu as a heading", ``, body + `<h4>By Event Type</h4>` + text, nil},
	}
	checkAuthorCases(t, "https://strom.example.de/preise", cases)
}
