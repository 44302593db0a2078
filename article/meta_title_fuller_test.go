package article

import "testing"

// TestTitleFullerThanH1 checks the rules that prefer a metadata title
// written out in full over the <h1> that shortens it, and those that keep
// the <h1>.
func TestTitleFullerThanH1(t *testing.T) {
	checkTitles(t, []titleCase{
		{"metadata goes on from the h1",
			`<title>Project Management Certificate | Acme University Extension</title>
			<meta property="og:title" content="Project Management Certificate">`,
			`<h1>Project Management</h1><p>Text.</p>`, "Project Management Certificate"},
		{"metadata goes on from the h1 in the page title only",
			`<title>Party Tent Rentals in Springfield, IL</title>`,
			`<h1>Party Tent Rentals</h1><p>Text.</p>`, "Party Tent Rentals in Springfield, IL"},
		{"metadata with a tag line after a bar keeps the h1",
			`<meta property="og:title" content="Human Resources Services | HR Outsourcing | Acme">`,
			`<h1>Human Resources</h1><p>Text.</p>`, "Human Resources"},
		{"metadata that gives the h1 whole keeps it",
			`<meta property="og:title" content="Cosmetic Packaging">
			<meta name="twitter:title" content="Cosmetic Packaging Design">`,
			`<h1>Cosmetic Packaging</h1><p>Text.</p>`, "Cosmetic Packaging"},
		{"news headline stays",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Central bank holds its rates as prices cool"}</script>`,
			`<h1>Central bank holds its rates</h1><p>Text.</p>`, "Central bank holds its rates"},
		{"blog post keeps its h1",
			`<script type="application/ld+json">{"@type":"BlogPosting","headline":"Party Tent Rentals in Springfield, IL"}</script>`,
			`<h1>Party Tent Rentals</h1><p>Text.</p>`, "Party Tent Rentals"},
		{"article keeps an h1 the metadata adds words to",
			`<meta property="og:type" content="article">
			<meta property="og:title" content="Managed Data Analytics Services">`,
			`<h1>Managed Analytics Services</h1><p>Text.</p>`, "Managed Analytics Services"},
		{"metadata adds words between those of the h1",
			`<meta property="og:title" content="Managed Data Analytics Services">`,
			`<h1>Managed Analytics Services</h1><p>Text.</p>`, "Managed Data Analytics Services"},
		{"metadata with the words of the h1 in another order keeps it",
			`<meta property="og:title" content="Charcoal Grill Acme 1600 Steel 40 cm">`,
			`<h1>Charcoal Grill Steel 1600</h1><p>Text.</p>`, "Charcoal Grill Steel 1600"},
	})
}
