package article

import "testing"

// TestTitleH1HoldsH2 checks that an <h2> confirming a shorter metadata
// title (a recipe card's name) does not win over the <h1> that writes it
// out with more words, and still wins over a banner <h1>.
func TestTitleH1HoldsH2(t *testing.T) {
	checkTitles(t, []titleCase{
		{"h1 writes out the card's name",
			`<title>Juicy Lemon Cake from the Tray | Acme Baking</title>
			<meta property="og:site_name" content="Acme Baking">
			<meta property="og:title" content="Juicy Lemon Cake from the Tray | Acme Baking">
			<script type="application/ld+json">{"@type":"Recipe","name":"Lemon Cake from the Tray"}</script>`,
			`<h1>Juicy Lemon Cake from the Tray: Simply Delicious!</h1><p>Text.</p><h2>Tips</h2><p>More text.</p><h2>Lemon Cake from the Tray</h2><p>Ingredients.</p>`,
			"Juicy Lemon Cake from the Tray: Simply Delicious!"},
		{"banner h1 yields to the h2",
			`<title>Lemon Cake from the Tray | Acme Baking</title>
			<meta property="og:site_name" content="Acme Baking">`,
			`<h1>Acme Baking</h1><h2>Lemon Cake from the Tray</h2><p>Text.</p>`,
			"Lemon Cake from the Tray"},
	})
}
