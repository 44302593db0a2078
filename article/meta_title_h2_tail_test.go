package article

import "testing"

// TestTitleTailHeading checks that the last part of a title led by the
// site and a section is the headline when an <h2> prints it, and that a
// last part no longer than the part before it stays in the title.
func TestTitleTailHeading(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site, section and headline",
			`<title>acme.example - Outdoornews - Snow Maps in Higher Resolution on Acme</title>`,
			`<h1>OutdoorNews | Entry</h1><h2>Snow Maps in Higher Resolution on Acme</h2><p>Text of the story.</p>`,
			"Snow Maps in Higher Resolution on Acme"},
		{"trail of sections before the headline",
			`<title>Valley Gamers Club e.V. - News » The Events of the Last Weeks</title>`,
			`<div class="news"><h1>Win a Headset!</h1><p>Teaser.</p></div>
			<h2>The Events of the Last Weeks</h2><p>Text of the story.</p>`,
			"The Events of the Last Weeks"},
		{"last part shorter than the headline stays",
			`<meta property="og:title" content="A Guide to Winter Hiking Gear and Safety: Choosing Boots for Deep Snow">`,
			`<h2>Choosing Boots for Deep Snow</h2><p>Text of the story.</p>`,
			"A Guide to Winter Hiking Gear and Safety: Choosing Boots for Deep Snow"},
	})
}

// TestTitleSharedLetters checks that an <h1> that shares only single
// letters with the metadata titles is not taken for a version of them.
func TestTitleSharedLetters(t *testing.T) {
	checkTitles(t, []titleCase{
		{"section h1 sharing letters",
			`<script type="application/ld+json">{"@type":"Article","headline":"Software Sector Update, Fall 2025"}</script>
			<meta property="og:title" content="Software Sector Update, Fall 2025">
			<meta name="twitter:title" content="Acme Software Sector M&A Insights for the fall">`,
			`<h1>M&A Updates</h1><p>Text of the report.</p>`,
			"Software Sector Update, Fall 2025"},
	})
}

// TestTitleTimeInHeading checks that a date set in a <time> inside the
// heading of a post is no part of its headline.
func TestTitleTimeInHeading(t *testing.T) {
	checkTitles(t, []titleCase{
		{"time before the headline",
			`<script type="application/ld+json">{"@type":"BlogPosting","headline":"The Most Beautiful End of the World"}</script>`,
			`<article itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline"><time datetime="2019-06-17">Jun 17 </time>The Most Beautiful End of the World</h2>
			<h1>When, if not now</h1><p>Text of the post.</p></article>`,
			"The Most Beautiful End of the World"},
	})
}

// TestTitleSiteWordH1 checks that an <h1> naming the site does not pass
// for the headline by the site's name the page title also holds.
func TestTitleSiteWordH1(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site h1 sharing the site's name",
			`<title>Acme TV and Streaming - Acme Entertainment</title>
			<meta property="og:site_name" content="Acme">`,
			`<h1>Acme Entertainment</h1><p>Text of the page.</p>`,
			"Acme TV and Streaming"},
	})
}
