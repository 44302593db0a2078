package article

import "testing"

// TestMetaTagVotes checks that the <meta> tags of a page outvote one stale
// tag that gives another day, and that a tie keeps the earliest day.
func TestMetaTagVotes(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "two tags against one",
			head: `<meta name="pubdate" content="2017-04-11">` +
				`<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">` +
				`<meta name="dc.date.created" content="2017-04-12">`,
			pub: "2017-04-12T18:33:59+02:00"},
		{name: "a tie keeps the earliest",
			head: `<meta name="pubdate" content="2017-04-11">` +
				`<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">`,
			pub: "2017-04-11"},
	})
}
