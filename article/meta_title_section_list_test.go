package article

import "testing"

// TestTitleSectionList checks that the list of a site's sections after a
// bar is cut off the headline, in any language, and that a list of two
// items, or of long items, stays.
func TestTitleSectionList(t *testing.T) {
	checkTitles(t, []titleCase{
		{"sections after a bar",
			`<title>Harbour Ferry Back in Service | News, Traffic, Weather, Local Events</title>
			<meta property="og:site_name" content="KACM">`,
			`<p>Text.</p>`,
			"Harbour Ferry Back in Service"},
		{"Spanish sections after a bar",
			`<meta property="og:title" content="Vuelve el ferry del puerto | Noticias, Deportes, Clima y Tráfico">`,
			`<p>Text.</p>`,
			"Vuelve el ferry del puerto"},
		{"two items stay",
			`<meta property="og:title" content="The Harbour Guide | Ferries, Boats and Bridges of the Old Town">`,
			`<p>Text.</p>`,
			"The Harbour Guide | Ferries, Boats and Bridges of the Old Town"},
	})
}
