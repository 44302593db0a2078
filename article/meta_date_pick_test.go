package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// datePickCase is a page's head, its header under the headline, its
// address, and the publication and modification dates expected (as
// Date.String writes them, "" for none).
type datePickCase struct {
	name, head, header, url string
	pub, mod                string
}

// checkDatePick parses each case as a page and checks its dates.
func checkDatePick(t *testing.T, cases []datePickCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body><article><h1>A headline of some length</h1>` +
				tc.header + `<p>The story goes on for a while, long enough to be a body.</p></article></body></html>`
			a, _ := parseHTMLString(t, page, tc.url)
			if tc.pub == "" {
				assert.Nil(t, a.Published)
			} else if assert.NotNil(t, a.Published) {
				assert.Equal(t, tc.pub, a.Published.String())
			}
			if tc.mod == "" {
				assert.Nil(t, a.Modified)
			} else if assert.NotNil(t, a.Modified) {
				assert.Equal(t, tc.mod, a.Modified.String())
			}
		})
	}
}

// ld returns a JSON-LD script of the type typ with the given dates.
func ld(typ, published, modified string) string {
	s := `<script type="application/ld+json">{"@type":"` + typ + `","headline":"A headline of some length"`
	if published != "" {
		s += `,"datePublished":"` + published + `"`
	}
	if modified != "" {
		s += `,"dateModified":"` + modified + `"`
	}
	return s + `}</script>`
}

// TestPrintedDateLine checks how the date printed under the headline is
// weighed against the metadata.
func TestPrintedDateLine(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "same day: the metadata's time is kept",
			head:   ld("Article", "2023-05-04T10:00:00+02:00", ""),
			header: `<p>May 4, 2023</p>`, pub: "2023-05-04T10:00:00+02:00"},
		{name: "an earlier printed day beats re-saved metadata",
			head:   ld("BlogPosting", "2024-11-20T08:00:00Z", ""),
			header: `<p class="meta">Published March 3, 2021 · 5 min read</p>`, pub: "2021-03-03"},
		{name: "a later printed day does not beat the metadata",
			head:   `<meta name="pubdate" content="2021-02-10">`,
			header: `<p>Posted March 3, 2021</p>`, pub: "2021-02-10"},
		{name: "a printed day of the update is not the publication",
			head:   ld("Article", "2019-06-01T09:00:00Z", "2022-08-15T12:00:00Z"),
			header: `<div class="post-date">August 15, 2022</div>`, pub: "2019-06-01T09:00:00Z", mod: "2022-08-15T12:00:00Z"},
		{name: "the metadata the page prints wins",
			head:   ld("Article", "2019-06-01T09:00:00Z", "") + `<meta name="pubdate" content="2022-08-15">`,
			header: `<p><time>Aug 15, 2022 5:00 am</time></p>`, pub: "2022-08-15T05:00:00"},
		{name: "a news story keeps its metadata",
			head:   ld("NewsArticle", "2024-01-10T07:00:00+01:00", "2024-03-02T09:00:00+01:00"),
			header: `<p>2 March 2024</p>`, pub: "2024-01-10T07:00:00+01:00", mod: "2024-03-02T09:00:00+01:00"},
		{name: "a date in a sentence is not a date line",
			head:   ld("Article", "2024-05-10T07:00:00+02:00", ""),
			header: `<p>The bridge that opened on 3 June 1998 was closed for repairs last week.</p>`,
			pub:    "2024-05-10T07:00:00+02:00"},
		{name: "the date of a teaser is not the article's",
			head: ld("Article", "2024-05-10T07:00:00+02:00", ""),
			header: `<div class="teaser"><a href="/other">Another story that has a title long enough</a>
				<span class="date">4 April 2020</span></div>`,
			pub: "2024-05-10T07:00:00+02:00"},
		{name: "a date in a long box of text is not a teaser's",
			head: ld("Article", "2025-11-29T12:00:00Z", ""),
			header: `<div><p class="published">Published August 13, 2025</p><p>` + strings.Repeat("A sentence of the story. ", 20) +
				`<a href="/guide">a link to a guide with a long enough anchor text</a></p></div>`,
			pub: "2025-08-13"},
		{name: "a date the markup marks beats a bare one",
			header: `<p>April 15, 2025</p><p>Words.</p><p><time datetime="2025-01-17T13:39:16-05:00">Jan. 17, 2025</time></p>`,
			pub:    "2025-01-17T13:39:16-05:00"},
		{name: "the date line nearest the headline wins",
			header: `<p class="date">December 17, 2025</p><p>Some words here.</p><p>Some more words.</p>
				<p>November 20, 2025</p>`, pub: "2025-12-17"},
	})
}

// TestPrintedUpdate checks that the pages that print only their update
// date keep the publication date of their metadata, if any.
func TestPrintedUpdate(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "a guide keeps its publication date",
			head:   ld("Article", "2020-02-01T10:00:00Z", "2023-09-04T10:00:00Z"),
			header: `<p>Last updated: September 4, 2023</p>`, pub: "2020-02-01T10:00:00Z", mod: "2023-09-04T10:00:00Z"},
		{name: "a news story keeps its publication date",
			head:   ld("NewsArticle", "2020-02-01T10:00:00Z", "2020-02-03T10:00:00Z"),
			header: `<p>Updated February 3, 2020</p>`, pub: "2020-02-01T10:00:00Z", mod: "2020-02-03T10:00:00Z"},
		{name: "a label inside the time element",
			head:   ld("Article", "2020-02-01T10:00:00Z", "2023-09-04T10:00:00Z"),
			header: `<p><time datetime="2023-09-04T10:00:00Z">Last updated: Sep 4, 2023</time></p>`,
			pub:    "2020-02-01T10:00:00Z", mod: "2023-09-04T10:00:00Z"},
		{name: "an update date alone dates the page",
			header: `<p>Last updated: September 4, 2023</p>`, pub: "2023-09-04", mod: "2023-09-04"},
		{name: "but not a news story",
			head:   ld("NewsArticle", "", ""),
			header: `<p>Last updated: September 4, 2023</p>`, pub: "", mod: "2023-09-04"},
	})
}

// TestOtherDateLabels checks that the dates of a member's profile or of an
// event are not the article's.
func TestOtherDateLabels(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "joined", head: `<meta property="article:published_time" content="2022-07-09T10:00:00+02:00">`,
			header: `<p>Joined: Apr 13, 2009</p>`, pub: "2022-07-09T10:00:00+02:00"},
		{name: "member since in its own element", header: `<dl><dt>Member since</dt><dd>Apr 13, 2009</dd></dl><p>Posted Jul 9, 2022</p>`,
			pub: "2022-07-09"},
		{name: "forum post keeps its metadata",
			head:   ld("DiscussionForumPosting", "2022-07-09T22:10:31+00:00", ""),
			header: `<p>Apr 13, 2009</p>`, pub: "2022-07-09T22:10:31Z"},
	})
}

// TestPageTimeZone checks that a UTC time is dated on the page's own
// clock.
func TestPageTimeZone(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "the offset of another tag",
			head: ld("NewsArticle", "2020-06-07T22:30:00Z", "") +
				`<meta property="article:modified_time" content="2020-06-08T03:00:00+03:00">`,
			pub: "2020-06-08T01:30:00+03:00", mod: "2020-06-08T03:00:00+03:00"},
		{name: "a printed time with its offset",
			head:   ld("Article", "2025-12-18T23:25:38Z", ""),
			header: `<p><time datetime="2025-12-19T04:25:38+05:00">Yesterday at 4:25 AM</time></p>`,
			pub:    "2025-12-19T04:25:38+05:00"},
		{name: "the day of the address",
			head: ld("Article", "2025-12-19T02:41:41Z", ""), url: "https://example.org/2025/12/18/a-story/",
			pub: "2025-12-18"},
		{name: "an address a day too far is not a clock",
			head: ld("Article", "2025-12-19T12:41:41Z", ""), url: "https://example.org/2025/12/17/a-story/",
			pub: "2025-12-19T12:41:41Z"},
		{name: "a time without offset keeps its day",
			head: `<meta property="article:published_time" content="2025-12-19T00:30:00">`,
			url:  "https://example.org/2025/12/18/a-story/", pub: "2025-12-19T00:30:00"},
	})
}

// TestDateLineWords checks the count of words besides the date on a line.
func TestDateLineWords(t *testing.T) {
	dc := &dateCands{langs: testConfig().languages}
	cases := []struct {
		text string
		want int
	}{
		{"Published on March 3, 2021", 0},
		{"Mis à jour le 3 mars 2021 à 14h30", 0},
		{"March 3, 2021 | 5 min read", 3},
		{"Published March 2, 2024 Updated March 5, 2024", 0},
		{"The bridge that opened on 3 June 1998 was closed", 6},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, dc.lineWords(tc.text), tc.text)
	}
}

// TestShiftsTo checks the days a UTC time can fall on around the world.
func TestShiftsTo(t *testing.T) {
	day := func(s string) Date {
		d, ok := ParseDate(s)
		require.True(t, ok, s)
		return d
	}
	u := day("2025-12-19T02:41:41Z")
	assert.True(t, shiftsTo(u, day("2025-12-18")))
	assert.True(t, shiftsTo(u, day("2025-12-19")))
	assert.False(t, shiftsTo(u, day("2025-12-17")))
	assert.False(t, shiftsTo(u, day("2025-12-20")))
	late := day("2025-12-19T13:00:00Z")
	assert.True(t, shiftsTo(late, day("2025-12-20")))
	assert.False(t, shiftsTo(late, day("2025-12-18")))
}

// TestDateLanguage checks that a numeric date is read month first on an
// American English page only.
func TestDateLanguage(t *testing.T) {
	cases := []struct{ lang, want string }{{"en", "2025-01-06"}, {"en-US", "2025-01-06"}, {"en-GB", "2025-06-01"}, {"fr", "2025-06-01"}}
	for _, tc := range cases {
		page := `<html lang="` + tc.lang + `"><body><article><h1>A headline of some length</h1><p>01/06/2025</p>
			<p>The story goes on for a while, long enough to be a body.</p></article></body></html>`
		a, _ := parseHTMLString(t, page, "")
		if assert.NotNil(t, a.Published, tc.lang) {
			assert.Equal(t, tc.want, a.Published.String(), tc.lang)
		}
	}
}

// TestNearestOtherDate checks the last resort of a page without metadata
// or date line: the printed date nearest the headline, not the earliest.
func TestNearestOtherDate(t *testing.T) {
	checkDatePick(t, []datePickCase{{name: "nearest sentence",
		header: `<p>Written on 12 May 2024 by the staff of the paper after a long day of work at the office.</p>
			<p>Words.</p><p>More words.</p><p>The hall, which first opened on 3 June 1998, was closed again for repairs.</p>`,
		pub: "2024-05-12"}})
}
