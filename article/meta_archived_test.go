package article

import "testing"

// TestTitleArchivedPage checks a page kept by a web archive: its banner
// links to the archived copy of the home page, and the site's name in its
// title is read from the original address.
func TestTitleArchivedPage(t *testing.T) {
	checkTitlesAt(t, []titleURLCase{
		{titleCase{"archived banner",
			`<title>Acme Cinema Talks » Blog Archive » More Cinemas Go Digital This Year</title>`,
			`<div id="head"><h1><a href="https://archive.example/web/2014/http://www.cinemanotes.example/">Acme Cinema Talks</a></h1></div>
			<div class="post"><h2>More Cinemas Go Digital This Year</h2><p>Text of the post.</p></div>`,
			"More Cinemas Go Digital This Year"},
			"https://archive.example/web/2014/http://www.cinemanotes.example/2013/08/cinemas/"},
		{titleCase{"archived host names the site",
			`<title>Basic Muffin Recipe : Muffin Recipes</title>`,
			`<p>Text of the recipe.</p>`, "Basic Muffin Recipe"},
			"https://archive.example/web/2012/http://www.muffinrecipes.example/basic.html"},
	})
}
