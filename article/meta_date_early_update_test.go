package article

import "testing"

// TestEarlyUpdateLine checks that a date printed before the metadata's
// publication date is not taken for the first publication when it is the
// metadata's update date, and still is on another day.
func TestEarlyUpdateLine(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "the update printed before the publication",
			head: ld("BlogPosting", "2022-12-25T11:00:02+00:00", "2022-12-07T09:10:52+00:00"),
			header: `<div class="post-meta"><span class="updated">2022-12-07T10:10:52+01:00</span>` +
				`<span>25 December 2022</span></div>`,
			pub: "2022-12-25T12:00:02+01:00"},
		{name: "an earlier day that is no update",
			head: ld("BlogPosting", "2022-12-25T11:00:02+00:00", "2022-12-27T09:10:52+00:00"),
			header: `<div class="post-meta"><span class="updated">2022-12-07T10:10:52+01:00</span>` +
				`<span>25 December 2022</span></div>`,
			pub: "2022-12-07T10:10:52+01:00", mod: "2022-12-27T09:10:52Z"},
	})
}
