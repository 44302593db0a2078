package article

import "testing"

// TestAuthorsTwitterCard checks the writer the Twitter card names under
// its label in the site's language, and that the card's other labels
// name no one.
func TestAuthorsTwitterCard(t *testing.T) {
	body := `<h1>Der Park am Fluss wird größer</h1><p>Die Stadt plant ihre Parks auf lange Sicht, und der Haushalt folgt den Plänen.</p>`
	card := func(label, data string) string {
		return `<meta name="twitter:label1" content="` + label + `"><meta name="twitter:data1" content="` + data + `">`
	}
	cases := []authorCase{
		{"German label", card("Verfasst von", "Anna Lindner"), body, []string{"Anna Lindner"}},
		{"French label", card("Écrit par", "Anna Lindner"), body, []string{"Anna Lindner"}},
		{"English label", card("Written by", "Anna Lindner"), body, []string{"Anna Lindner"}},
		{"reading time is no writer", card("Geschätzte Lesezeit", "3 Minuten"), body, nil},
	}
	checkAuthorCases(t, "https://www.example.org/park", cases)
}

// TestAuthorsOutvoted checks that a byline printed under the headline
// wins over the JSON-LD author when the author <meta> tag names the same
// people as the byline, and not alone when the page prints the JSON-LD
// author (see TestAuthorsUnseenLD for one it never prints).
func TestAuthorsOutvoted(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",` +
		`"headline":"Harbour board rebuilds the north pier","author":{"@type":"Person","name":"Kim Webdesk"}}</script>`
	meta := `<meta name="author" content="Ana Lima">`
	body := `<h1>Harbour board rebuilds the north pier</h1><p class="byline">By <a href="/a/al">Ana Lima</a> and <a href="/a/tb">Tom Berg</a></p>` +
		`<p>The harbour board voted on Tuesday to rebuild the north pier before the winter storms arrive.</p>`
	cases := []authorCase{
		{"meta and byline agree", ld + meta, body, []string{"Ana Lima", "Tom Berg"}},
		{"byline alone, the JSON-LD author printed in the text", ld,
			body + `<p>The work was planned with Kim Webdesk, who led the board's survey of the pier last year.</p>`, []string{"Kim Webdesk"}},
	}
	checkAuthorCases(t, "https://www.example.org/pier", cases)
}
