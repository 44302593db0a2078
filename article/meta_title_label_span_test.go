package article

import "testing"

// TestTitleLabelSpan checks that a label set in an element of its own at
// the start of the <h1> (a forum thread's prefix) is left out when the
// JSON-LD headline gives the headline without it and another metadata
// title sets the label off with a separator, and kept otherwise.
func TestTitleLabelSpan(t *testing.T) {
	checkTitles(t, []titleCase{
		{"thread prefix before the headline",
			`<title>Player - Squad for the New Season | Acme Forum</title>
			<meta property="og:title" content="Player - Squad for the New Season">
			<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Squad for the New Season"}</script>`,
			`<h1 class="p-title-value"><span class="label">Player</span><span class="label-append">&nbsp;</span>Squad for the New Season</h1><p>Text.</p>`,
			"Squad for the New Season"},
		{"label and headline inside a link",
			`<title>Release Notes - Patch 4.2 - Spring Bugfix Build | Acme Forum</title>
			<meta property="og:title" content="Release Notes - Patch 4.2 - Spring Bugfix Build">
			<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Patch 4.2 - Spring Bugfix Build"}</script>`,
			`<h1 class="p-title-value"><a href="/threads/patch.1/"><span class="label">Release Notes</span><span class="label-append">&nbsp;</span>Patch 4.2 - Spring Bugfix Build</a></h1><p>Text.</p>`,
			"Patch 4.2 - Spring Bugfix Build"},
		{"no JSON-LD headline keeps the h1",
			`<title>Player - Squad for the New Season | Acme Forum</title>
			<meta property="og:title" content="Player - Squad for the New Season">`,
			`<h1 class="p-title-value"><span class="label">Player</span><span class="label-append">&nbsp;</span>Squad for the New Season</h1><p>Text.</p>`,
			"Player - Squad for the New Season"},
		{"a first word in bold is part of the headline",
			`<meta property="og:title" content="Why Rates Rise Again in Spring">
			<script type="application/ld+json">{"@type":"Article","headline":"Rates Rise Again in Spring"}</script>`,
			`<h1><b>Why</b> Rates Rise Again in Spring</h1><p>Text.</p>`,
			"Why Rates Rise Again in Spring"},
	})
}
