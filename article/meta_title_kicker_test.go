package article

import "testing"

// TestTitleKickerElement checks that a kicker the newsroom prints at the
// start of its <h1> and in its metadata stays in the headline, and that a
// line set apart at the end of the <h1> (a day, categories) is left out
// when a metadata title gives the headline alone.
func TestTitleKickerElement(t *testing.T) {
	checkTitles(t, []titleCase{
		{"kicker in the h1 and the metadata stays",
			`<title>Hafenstadt: Fähren fahren wieder nach Plan | Acme Zeitung</title>
			<meta property="og:title" content="Hafenstadt: Fähren fahren wieder nach Plan">`,
			`<h1><span class="article__kicker">Hafenstadt</span><span class="visually-hidden">: </span><span class="article__title">Fähren fahren wieder nach Plan</span></h1><p>Text.</p>`,
			"Hafenstadt: Fähren fahren wieder nach Plan"},
		{"kicker set off by a hidden dash stays",
			`<meta property="og:title" content="Floods and Farms – How the Valley Plans for Wet Winters">
			<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods and Farms – How the Valley Plans for Wet Winters"}</script>`,
			`<h1><span class="head-a">Floods and Farms</span><span aria-hidden="true"> – </span><span class="head-b">How the Valley Plans for Wet Winters</span></h1><p>Text.</p>`,
			"Floods and Farms – How the Valley Plans for Wet Winters"},
		{"kicker set off by spaces only stays",
			`<meta property="og:title" content="Question - Squad for the New Season">`,
			`<h1><span class="prefix">Question</span><span>&nbsp;</span>Squad for the New Season</h1><p>Text.</p>`,
			"Question - Squad for the New Season"},
		{"a bold first word is the headline's",
			`<meta property="og:title" content="Why Rates Rise Again in Spring">`,
			`<h1><b>Why</b> Rates Rise Again in Spring</h1><p>Text.</p>`,
			"Why Rates Rise Again in Spring"},
		{"kicker longer than the rest stays",
			`<meta property="og:title" content="The Long Road Back to the Old Harbour: Ferries">`,
			`<h1><span class="kicker">The Long Road Back to the Old Harbour</span> Ferries</h1><p>Text.</p>`,
			"The Long Road Back to the Old Harbour: Ferries"},
		{"long first part before a plain h1 stays",
			`<meta property="og:title" content="What the Long Dry Summer Taught the Valley Farmers: Plant Early">
			<script type="application/ld+json">{"@type":"NewsArticle","headline":"What the Long Dry Summer Taught the Valley Farmers: Plant Early"}</script>`,
			`<h1>Plant Early</h1><p>Text.</p>`,
			"What the Long Dry Summer Taught the Valley Farmers: Plant Early"},
		{"day and categories under the headline",
			`<title>Crowds Return to the Old Stadium | Acme League</title>
			<meta property="og:title" content="Crowds Return to the Old Stadium">`,
			`<h1>Crowds Return to the Old Stadium<br><small>02.02.2022 • League, Press</small></h1><p>Text.</p>`,
			"Crowds Return to the Old Stadium"},
		{"line under the headline kept without a metadata title",
			`<title>Acme League</title>`,
			`<h1>Crowds Return to the Old Stadium<br><small>The season opens</small></h1><p>Text.</p>`,
			"Crowds Return to the Old Stadium The season opens"},
	})
}
