package article

import "testing"

// TestTitleKickerSetApart checks that a kicker printed apart in the <h1>,
// in an element or on a line of its own, is left out when the OpenGraph
// title gives the headline alone, even where the page's <title> writes
// the kicker out, down to a headline of two words when the kicker is an
// element set apart; and that a plain <h1> the <title> starts with, or a
// word before a headline in bold, stays whole.
func TestTitleKickerSetApart(t *testing.T) {
	checkTitles(t, []titleCase{
		{"kicker in its own element",
			`<title>Open Data - Why the Valley Plans for Wet Winters | Opinion | Acme Post</title>
			<meta property="og:title" content="Why the Valley Plans for Wet Winters">`,
			`<h1><span class="sub">Open Data</span><br><span class="head">Why the Valley Plans for Wet Winters</span></h1><p>Text.</p>`,
			"Why the Valley Plans for Wet Winters"},
		{"kicker on its own line",
			`<meta property="og:title" content="New Ferries for the Northern Islands">
			<meta name="twitter:title" content="Harbours | New Ferries for the Northern Islands">`,
			`<h1> <small>Harbours</small><br> New Ferries for the Northern Islands </h1><p>Text.</p>`,
			"New Ferries for the Northern Islands"},
		{"two-word headline after a kicker set apart",
			`<title>Harbour Ferries Return - Acme Post</title>
			<meta property="og:title" content="Ferries Return">`,
			`<h1><span class="topline">Harbour News:</span><br> Ferries Return</h1><p>Text.</p>`,
			"Ferries Return"},
		{"word before two words in bold stays",
			`<meta property="og:title" content="Ferry Tickets">`,
			`<h1>Cheap <strong>Ferry Tickets</strong></h1><p>Text.</p>`,
			"Cheap Ferry Tickets"},
		{"plain h1 the page title starts with stays",
			`<title>Ferry Timetables – Winter Changes for the Islands | Acme</title>
			<meta property="og:title" content="Winter Changes for the Islands">`,
			`<h1>Ferry Timetables – Winter Changes for the Islands</h1><p>Text.</p>`,
			"Ferry Timetables – Winter Changes for the Islands"},
	})
}

// TestTitleRuby checks that the readings a Japanese headline prints over
// its words are no part of the headline.
func TestTitleRuby(t *testing.T) {
	checkTitles(t, []titleCase{
		{"ruby readings left out",
			`<title>Acme Easy News|東京で雪が降りました</title>
			<meta property="og:site_name" content="Acme Easy News">
			<meta property="og:title" content="Acme Easy News|東京で雪が降りました">`,
			`<h1><ruby>東京<rt>とうきょう</rt></ruby>で<ruby>雪<rp>(</rp><rt>ゆき</rt><rp>)</rp></ruby>が<ruby>降<rt>ふ</rt></ruby>りました</h1><p>Text.</p>`,
			"東京で雪が降りました"},
	})
}
