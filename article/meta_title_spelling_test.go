package article

import "testing"

// titleURLCase is a titleCase read at a given address.
type titleURLCase struct {
	titleCase
	url string
}

// checkTitlesAt parses each case's page at its address and checks its
// title.
func checkTitlesAt(t *testing.T, cases []titleURLCase) {
	t.Helper()
	for _, tc := range cases {
		checkTitleAt(t, tc.titleCase, tc.url)
	}
}

// TestTitleMetaSpelling checks that an agreeing <h1> is written as the
// metadata spells it when the metadata only adds marks between its words.
func TestTitleMetaSpelling(t *testing.T) {
	checkTitles(t, []titleCase{
		{"double hyphen set as a dash",
			`<meta property="og:title" content="Brains Are Not Required--Simple Cells Can Think">`,
			`<h1>Brains Are Not Required—Simple Cells Can Think</h1><p>Text.</p>`,
			"Brains Are Not Required--Simple Cells Can Think"},
		{"separator the layout drops",
			`<meta property="og:title" content="What Tutoring is not. - Choosing a good, effective tutor">`,
			`<h1>What Tutoring is not. Choosing a good, effective tutor</h1><p>Text.</p>`,
			"What Tutoring is not. - Choosing a good, effective tutor"},
		{"dash of the page title, not a bar",
			`<title>Staple Tee - 5001 | Acme Shirts</title>
			<meta property="og:title" content="Staple Tee | 5001">
			<meta property="og:site_name" content="Acme Shirts">`,
			`<h1>Staple Tee 5001</h1><p>Text.</p>`, "Staple Tee - 5001"},
		{"a mark the metadata drops keeps the h1",
			`<meta property="og:title" content="Group Music Classes vs Private Lessons: Which Is Best?">`,
			`<h1>Group Music Classes vs. Private Lessons: Which Is Best?</h1><p>Text.</p>`,
			"Group Music Classes vs. Private Lessons: Which Is Best?"},
		{"a mark at the end keeps the h1",
			`<meta property="og:title" content="The Best Clothing Subscription Boxes in 2025 |">`,
			`<h1>The Best Clothing Subscription Boxes in 2025</h1><p>Text.</p>`,
			"The Best Clothing Subscription Boxes in 2025"},
	})
}

// TestTitleSiteNamedInHeadline checks that an <h1> holding the site's name
// among many words is a headline, and a short one or one set off by a
// separator the site's banner.
func TestTitleSiteNamedInHeadline(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site's name among the words of the h1",
			`<title>Fitness Equipment Repair &amp; Maintenance | Acme Movers</title>
			<meta property="og:title" content="Fitness Equipment Repair &amp; Maintenance | Acme Movers">
			<meta property="og:site_name" content="Acme Movers">`,
			`<h1>Acme Fitness Equipment Repair</h1><p>Text.</p>`, "Acme Fitness Equipment Repair"},
		{"page title set as the h1",
			`<meta property="og:title" content="Local Movers in Paris - Moving Services and Help">
			<meta property="og:site_name" content="Acme">`,
			`<h1>Licensed Moving Company in Paris | Acme</h1><p>Text.</p>`, "Local Movers in Paris"},
		{"short banner",
			`<meta property="og:title" content="Moving Tips for Families">`,
			`<h1>Acme Forums</h1><p>Text.</p>`, "Moving Tips for Families"},
	})
}

// TestTitleSiteOtherScripts checks the site's name written with accents
// against a plain host name, and the full-width bar.
func TestTitleSiteOtherScripts(t *testing.T) {
	news := `<script type="application/ld+json">{"@type":"NewsArticle"}</script>`
	checkTitlesAt(t, []titleURLCase{
		{titleCase{"umlauts spelt out in the host",
			news + `<meta property="og:title" content="Koalition einigt sich auf den Haushalt – Süddeutsche Zeitung">`,
			`<p>Text.</p>`, "Koalition einigt sich auf den Haushalt"}, "https://www.sueddeutsche.de/politik/x"},
		{titleCase{"accent dropped in the host",
			news + `<meta property="og:title" content="El Gobierno aprueba los presupuestos - El País">`,
			`<p>Text.</p>`, "El Gobierno aprueba los presupuestos"}, "https://elpais.com/espana/x.html"},
		{titleCase{"full-width bar",
			`<meta property="og:title" content="政府、新たな経済対策を決定｜日経新聞">
			<meta property="og:site_name" content="日経新聞">`,
			`<p>Text.</p>`, "政府、新たな経済対策を決定"}, "https://www.nikkei.com/article/x"},
	})
}
