package article

import "testing"

// TestTitleVideoName checks that the name of a VideoObject, the only
// JSON-LD object of a page that embeds a video, is not the page's title
// unless another source names the page alike, or none names it at all.
func TestTitleVideoName(t *testing.T) {
	checkTitles(t, []titleCase{
		{"embedded live stream on a topic page",
			`<title>Harbour Ferries Resume After the Storm | Acme News</title>
			<meta property="og:title" content="Harbour Ferries Resume After the Storm">
			<meta property="og:site_name" content="Acme News">
			<script type="application/ld+json">{"@type":"VideoObject","name":"Tue Mar 3 Acme Evening Live Broadcast","uploadDate":"2026-03-03"}</script>`,
			`<div><p>The ferries leave the harbour again on Monday morning, the port said.</p></div>`,
			"Harbour Ferries Resume After the Storm"},
		{"a video page names its video",
			`<title>How to Splice a Rope in Five Minutes | Acme Video</title>
			<meta property="og:title" content="How to Splice a Rope in Five Minutes">
			<script type="application/ld+json">{"@type":"VideoObject","name":"How to Splice a Rope in Five Minutes","uploadDate":"2026-03-03"}</script>`,
			`<div><p>A short film on the eye splice, step by step.</p></div>`,
			"How to Splice a Rope in Five Minutes"},
		{"a page title that is the site's name is no other title",
			`<title>Acme News</title><meta property="og:site_name" content="Acme News">
			<script type="application/ld+json">{"@type":"VideoObject","name":"Harbour Ferries Resume After the Storm","uploadDate":"2026-03-03"}</script>`,
			`<div><h1>Acme News</h1><p>The ferries leave the harbour again on Monday morning, the port said.</p></div>`,
			"Harbour Ferries Resume After the Storm"},
		{"no other title keeps the video's name",
			`<script type="application/ld+json">{"@type":"VideoObject","name":"How to Splice a Rope in Five Minutes","uploadDate":"2026-03-03"}</script>`,
			`<div><p>A short film on the eye splice, step by step.</p></div>`,
			"How to Splice a Rope in Five Minutes"},
	})
}
