package article

import "testing"

// kilnBody is the text of the test pages of this file.
const kilnBody = `<p>The pottery guild opened its new kiln on Saturday, the first wood-fired one the town has had in forty years.</p>` +
	`<p>Members will fire their work there every month, and the public may watch from the yard behind the workshop.</p>`

// kilnHead is the headline of the test pages of this file.
const kilnHead = `<h1>Pottery guild opens a wood-fired kiln</h1>`

// TestAuthorsSiteRole checks that a byline in which the site (or a
// publication) credits itself with a role is kept whole, and that a role after a person's
// name is still dropped.
func TestAuthorsSiteRole(t *testing.T) {
	site := `<meta property="og:site_name" content="Kilnpost">`
	cases := []authorCase{
		{"the site and its role", site + `<meta name="author" content="Kilnpost Contributor">`,
			kilnHead + kilnBody, []string{"Kilnpost Contributor"}},
		{"a publication and its role", site + `<meta name="author" content="The Kiln Review editors">`,
			kilnHead + kilnBody, []string{"The Kiln Review editors"}},
		{"a person and a role", site + `<meta name="author" content="Ana Lima Contributor">`,
			kilnHead + kilnBody, []string{"Ana Lima"}},
	}
	checkAuthorCases(t, "https://www.kilnpost.example/news/kiln", cases)
}

// TestAuthorsNotInProse checks that words starting with "by" inside a
// long paragraph are not a byline, and do not hide the author element
// under the headline.
func TestAuthorsNotInProse(t *testing.T) {
	prose := `<p>Guild members fired more than two hundred pieces in the first week, according to the workshop's own count ` +
		`<a href="/report">published in the yearly report</a> by Clay Quarterly Review.</p>`
	cases := []authorCase{
		{"prose after a long lead", ``,
			kilnHead + `<div class="post-author-name"><a href="/authors/ana-lima/">Ana Lima</a></div>` + kilnBody + prose,
			[]string{"Ana Lima"}},
		{"a byline that starts its paragraph", ``,
			kilnHead + `<p>May 4, 2025</p><p>By Rui Costa</p>` + kilnBody, []string{"Rui Costa"}},
	}
	checkAuthorCases(t, "https://news.example.org/kiln", cases)
}

// TestAuthorsEmployerAfterTitle checks that the employer written after a
// writer's job title is no author, and that the person printed under the
// headline wins over an organisation named by <meta name=author>.
func TestAuthorsEmployerAfterTitle(t *testing.T) {
	byline := `<div id="content_authors">by <span class="author"><a href="/about/ana">Ana Lima</a>, Senior Director, ` +
		`Content &amp; Outreach, Kilnpost and CRAFTLAB Institute</span></div>`
	cases := []authorCase{
		{"organisation in meta, person printed", `<meta name="author" content="CRAFTLAB">`,
			kilnHead + byline + kilnBody, []string{"Ana Lima"}},
		{"employer after the title", ``, kilnHead + byline + kilnBody, []string{"Ana Lima"}},
		{"an agency in meta stays", `<meta name="author" content="AFP">`,
			kilnHead + byline + kilnBody, []string{"AFP"}},
		{"person in meta stays", `<meta name="author" content="Rui Costa">`,
			kilnHead + `<p>By <a href="/about/ana">Ana Lima</a></p>` + kilnBody, []string{"Rui Costa"}},
	}
	checkAuthorCases(t, "https://news.example.org/kiln", cases)
}

// TestAuthorsMicroformats checks that the microformats2 author of an
// entry (u-author or p-author h-card) counts as marked by a standard: an
// account name is read from it.
func TestAuthorsMicroformats(t *testing.T) {
	cases := []authorCase{
		{"u-author h-card", ``,
			`<div class="h-entry">` + kilnHead + `<div class="byline"><span>via</span> ` +
				`<a class="u-author h-card" href="/~potter">potter</a> <time>1 year ago</time></div>` + kilnBody + `</div>`,
			[]string{"potter"}},
		{"p-author h-card", ``,
			`<div class="h-entry">` + kilnHead + `<span class="p-author h-card">kiln_fan</span>` + kilnBody + `</div>`,
			[]string{"kiln_fan"}},
	}
	checkAuthorCases(t, "https://forum.example.org/s/kiln", cases)
}

// TestAuthorsSiteByline checks that a page whose author element under the
// headline prints only the site's name, and that no other source names,
// credits the site.
func TestAuthorsSiteByline(t *testing.T) {
	site := `<meta property="og:site_name" content="Kilnpost">`
	cases := []authorCase{
		{"the site in the author element", site,
			kilnHead + `<div class="post-author"><span class="post-author-name">Kilnpost</span></div>` + kilnBody,
			[]string{"Kilnpost"}},
		{"no author element", site, kilnHead + kilnBody, nil},
	}
	checkAuthorCases(t, "https://www.kilnpost.example/blog/kiln", cases)
}
