package article

import "testing"

// TestDateInAuthorBox checks that a date printed in the byline's element
// is on the date line though the box around it links to the blog, and so
// beats a date line printed farther down.
func TestDateInAuthorBox(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "the byline's date in a box with a long link",
			header: `<div class="side"><div class="single-author"><p class="byline author"><em>von</em> ` +
				`<span>Fred Example</span> <em>31.10.2023</em></p></div>` +
				`<div class="blog-box"><a href="/blog/">Photos, art and capers from the countryside</a></div></div>` +
				`<p>Some words of the story come first.</p><p>Opening: 3. November 2023</p>`,
			pub: "2023-10-31"},
	})
}
