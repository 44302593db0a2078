package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseAuthorPage parses the article of edgeParagraphs, by the authors
// of the JSON-LD list authors, with tail after its last paragraph.
func parseAuthorPage(t *testing.T, authors, tail string) *Article {
	t.Helper()
	page := `<html><head><title>Council approves cycling plan</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",` +
		`"headline":"Council approves cycling plan","author":[` + authors + `]}</script>` +
		`</head><body><article><h1>Council approves cycling plan</h1><p>` + strings.Join(edgeParagraphs, "</p><p>") + "</p>" + tail +
		"</article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	for _, p := range edgeParagraphs {
		require.Contains(t, a.Text, p)
	}
	return a
}

func TestAuthorNoteByFirstName(t *testing.T) {
	cases := []edgeCase{
		{"first name", "<p>Jane is a reporter who covers transport and city hall for the paper.</p>", "covers transport", ""},
		{"first name, links after", "<p>Jane is the paper's transport reporter.</p><p>Newsletter</p><p>Podcasts</p>", "transport reporter", ""},
		{"first name, event of the story", "<p>Jane was at the meeting until the vote, late on Tuesday night.</p>", "", "Jane was at the meeting"},
		{"another first name", "<p>Paul is a cyclist who rides to work every day of the year.</p>", "", "Paul is a cyclist"},
	}
	checkEdges(t, atTail, cases)
}

func TestAuthorNoteLabelsAndCoAuthors(t *testing.T) {
	a := parseEdgePage(t, "", "", "<p>Jane Doe</p><h4>Transport Reporter</h4><p>Jane is a reporter who covers transport for the paper.</p>")
	assert.NotContains(t, a.Text, "Transport Reporter")
	assert.True(t, strings.HasSuffix(a.Text, edgeParagraphs[len(edgeParagraphs)-1]), a.Text)

	b := parseAuthorPage(t, `{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}`,
		"<p>Jane Doe is a reporter who covers transport for the paper.</p><p>John Roe is an editor who writes about the city's budget.</p>")
	require.Len(t, b.Authors, 2)
	assert.NotContains(t, b.Text, "covers transport")
	assert.NotContains(t, b.Text, "city's budget")
}

func TestCompanyNoteAtTheEnd(t *testing.T) {
	a := parseAuthorPage(t, `{"@type":"Organization","name":"Cyclia"}`,
		"<p>Cyclia is a consulting firm that plans bicycle networks for cities across Europe.</p>")
	require.Len(t, a.Authors, 1)
	assert.NotContains(t, a.Text, "consulting firm")
	b := parseAuthorPage(t, `{"@type":"Organization","name":"Cyclia"}`,
		"<p>Cyclia said the works would start in the spring, once the repairs are done.</p>")
	assert.Contains(t, b.Text, "Cyclia said")
}

func TestDanglingIntroAtTheEnd(t *testing.T) {
	cases := []edgeCase{
		{"related label", "<p>If you liked this post you might also like:</p>", "might also like", ""},
		{"under a link list left out", "<p>Related reads:</p>", "Related reads", ""},
		{"intro of a list kept", "<p>The council gave three reasons:</p><ul><li>Safety</li><li>Cost</li></ul>", "", "three reasons"},
		{"long sentence kept", "<p>" + strings.Repeat("The plan was debated at length by the council and the shop owners ", 2) + "with this result:</p>", "", "with this result"},
	}
	checkEdges(t, atTail, cases)
}

func TestCallsToActionAtTheEnd(t *testing.T) {
	cases := []edgeCase{
		{"button", "<p>Sign up</p>", "Sign up", ""},
		{"call and button", "<p>Need help planning your commute?</p><p>Contact us</p>", "planning your commute", ""},
		{"question without button kept", "<p>Will the lanes be ready by summer?</p>", "", "ready by summer"},
		{"sign-up plea", "<p>Make sure you stay in the loop on the city's works with our newsletters.</p>", "stay in the loop", ""},
		{"subscribe sentence", "<p>The lanes are popular. Subscribe to the city's letter for the works.</p>", "Subscribe to", ""},
		{"editorial policy", "<p>Learn more about our editorial process.</p>", "editorial process", ""},
		{"sign-up fact kept", "<p>Residents can sign up for a free bike check at city hall until May.</p>", "", "free bike check"},
		{"sign-up advice kept", "<p>You can sign up for a free bike check at city hall until May.</p>", "", "free bike check"},
	}
	checkEdges(t, atTail, cases, "Contact us")
}

func TestIntlPleasAtTheEnd(t *testing.T) {
	cases := []edgeCase{
		{"German newsletter plea", "<p>Lust auf mehr? Melde dich hier für unseren Newsletter an!</p>", "unseren Newsletter", ""},
		{"German support plea", "<p>Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.</p>", "Form des Journalismus", ""},
		{"Spanish newsletter plea", "<p>Puede seguirnos en las redes o suscribirse aquí a nuestra newsletter.</p>", "nuestra newsletter", ""},
		{"witness call kept", "<p>Zeugen melden sich bitte bei der Polizei in der Hauptstraße.</p>", "", "Zeugen melden sich"},
		{"someone else's newsletter kept", "<p>Die Stadt verschickt jeden Monat einen Newsletter zu den Bauarbeiten.</p>", "", "einen Newsletter"},
	}
	checkEdges(t, atTail, cases)
}

func TestCaptionWithCreditLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"credit after a sentence", "<p>The new lanes on Main Street, seen from the bridge. Photo by: Anna Berg.</p>", "seen from the bridge", ""},
		{"credit after a lower-case word", "<p>Cyclists wait at the first protected crossing of the city Credit: City Hall</p>", "first protected crossing", ""},
		{"spaced colon", "<p>Works on the lanes start in the spring in the old town. Photo : Agency</p>", "old town", ""},
		{"a price is no credit", "<p>Cost per Credit: In-State | $472 Out-of-State | $472</p>", "", "Cost per Credit"},
		{"credit alone kept to creditOrNotice", "<p> Photo: Agency</p>", "Photo: Agency", ""},
		{"a label inside a title", "<p>The city already pays for the Child Tax Credit: a program</p>", "", "Child Tax Credit"},
	}
	checkEdges(t, inMiddle, cases)
}

func TestCaptionLineWithoutCaption(t *testing.T) {
	assert.False(t, captionLine(" Photo: Agency"))
	assert.False(t, captionLine("\u00a0 Credit: City Hall"))
	assert.True(t, captionLine("Riders on the new lanes of Main Street. Photo: City Hall"))
}

func TestRelatedLinksAtTheEnd(t *testing.T) {
	const teasers = "<p>Ten years of bike lanes</p><p>How other cities built their networks.</p>" +
		"<p>The bridge reopens</p><p>Works end after two years of repairs.</p>"
	long := "<p>" + strings.Repeat("The council also voted the budget of the new tram line, after a debate on its cost. ", 5) + "</p>"
	cases := []edgeCase{
		{"label and teasers", "<h3>Related reads</h3>" + teasers, "Ten years of bike lanes", ""},
		{"more from label", "<p>More from the city desk</p>" + teasers, "bridge reopens", ""},
		{"long text after the label kept", "<h3>More from the council</h3>" + long, "", "budget of the new tram line"},
		{"German label", "<h3>Schon gelesen?</h3>" + teasers, "Ten years of bike lanes", ""},
		{"German most-discussed label", "<p>Meistdiskutierte Artikel</p>" + teasers, "bridge reopens", ""},
		{"Polish label", "<h3>Najczęściej czytane</h3>" + teasers, "Ten years of bike lanes", ""},
		{"long text after a German label kept", "<h3>Ähnliche Artikel</h3>" + long, "", "budget of the new tram line"},
	}
	checkEdges(t, atTail, cases)
}
