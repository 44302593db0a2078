package article

import "testing"

// TestTitleSourceTail checks that the source's domain and the count of
// comments a link aggregator prints after a headline in its <h1> are
// dropped when the metadata gives the headline without them, and kept
// otherwise.
func TestTitleSourceTail(t *testing.T) {
	checkTitles(t, []titleCase{
		{"domain and comment count after the headline",
			`<title>Graduates Find Their Degrees No Longer Guarantee Jobs - Acme</title>
			<meta property="og:title" content="Graduates Find Their Degrees No Longer Guarantee Jobs - Acme">`,
			`<h1 class="story"><span><a href="/story/1">Graduates Find Their Degrees No Longer Guarantee Jobs</a>
			<span><a href="https://news.example.com/x">(news.example.com)</a></span></span>
			<span class="comments"><a href="/story/1#comments">87</a></span></h1><p>Text.</p>`,
			"Graduates Find Their Degrees No Longer Guarantee Jobs"},
		{"a domain the metadata title also gives stays",
			`<title>Why We Moved Our Blog To (acme.example) | Acme</title>`,
			`<h1>Why We Moved Our Blog To (acme.example)</h1><p>Text.</p>`,
			"Why We Moved Our Blog To (acme.example)"},
		{"a year after the headline is no comment count",
			`<title>The Best Running Shoes of | Acme</title>`,
			`<h1>The Best Running Shoes of 2026</h1><p>Text.</p>`,
			"The Best Running Shoes of 2026"},
	})
}
