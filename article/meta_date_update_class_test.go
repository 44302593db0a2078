package article

import "testing"

// TestUpdateClassBesidePublication checks that a date whose class names an
// update next to one whose class names the publication is the update, and
// that an "updated" class alone says nothing.
func TestUpdateClassBesidePublication(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "hAtom published and updated side by side",
			header: `<div class="entry-meta"><a href="/a-post/" rel="bookmark">` +
				`<time class="updated" datetime="2019-02-09T23:00:55+01:00">9 February 2019</time>` +
				`<time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10 February 2019</time></a></div>`,
			pub: "2019-02-10T09:30:10+01:00"},
		{name: "an updated class alone is the publication",
			header: `<div class="entry-meta"><span class="updated">31 August 2017</span></div>`,
			pub:    "2017-08-31"},
	})
}
