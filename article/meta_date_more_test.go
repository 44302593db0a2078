package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMetaTagThePagePrints checks that when two tags of the same source
// give two publication dates, the one the page prints wins, unless the
// source gives the dates of a whole thread.
func TestMetaTagThePagePrints(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "a second tag on the printed day",
			head: `<meta name="date" content="01/07/16">` +
				`<meta property="og:published_time" content="2024-10-08T00:00:00-04:00">`,
			header: `<p>October 08, 2024</p>`, pub: "2024-10-08T00:00:00-04:00"},
		{name: "the posts of a thread keep the first",
			head: `<meta itemprop="datePublished" content="2024-01-14T21:50:50-05:00">` +
				`<meta itemprop="datePublished" content="2024-01-15T01:13:51-05:00">` +
				`<meta itemprop="datePublished" content="2024-01-15T08:05:52-05:00">`,
			header: `<p>Jan 15, 2024</p>`, pub: "2024-01-14T21:50:50-05:00"},
	})
}

// TestBylineLinkIsNoTeaser checks that a link to the author, written as a
// byline, does not make the date line next to it a teaser's.
func TestBylineLinkIsNoTeaser(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "by-line link",
			head: ld("BlogPosting", "Aug 21, 2025", ""),
			header: `<div class="meta"><div><a href="https://social.example/in/jane">By <span>Janet Doeberg</span>` +
				`<span>, Co-Founder &amp; COO</span></a></div><div>Published <span>Apr 26, 2023</span></div></div>`,
			pub: "2023-04-26"},
		{name: "a title that starts like a byline is still one",
			head: ld("BlogPosting", "Aug 21, 2025", ""),
			header: `<div class="meta"><div><a href="/other">By the numbers: the year of the long story</a></div>` +
				`<div>Published <span>Apr 26, 2023</span></div></div>`,
			pub: "2025-08-21"},
		{name: "a teaser's title is still one",
			head: ld("BlogPosting", "Aug 21, 2025", ""),
			header: `<div class="meta"><div><a href="/other">Another story with a long enough title</a></div>` +
				`<div>Published <span>Apr 26, 2023</span></div></div>`,
			pub: "2025-08-21"},
	})
}

// TestDateInCardLink checks that the date of a card, a link that holds
// the title and summary of another page, is not the article's.
func TestDateInCardLink(t *testing.T) {
	summary := strings.Repeat("A summary of the other story, long enough to fill a card. ", 8)
	checkDatePick(t, []datePickCase{
		{name: "card",
			head: `<meta property="article:published_time" content="2025-03-04T19:52:33+00:00">`,
			header: `<section><a href="/other-story" class="box"><div class="img"></div><div class="text"><div>` +
				`<span class="post_date">August 12, 2024</span><div><h3>Eleven reasons to read another story</h3>` +
				`<p>` + summary + `</p></div></div></div></a></section>`,
			pub: "2025-03-04T19:52:33Z"},
		{name: "a date linked to its archive is a date line",
			head:   `<meta property="article:published_time" content="2025-03-04T19:52:33+00:00">`,
			header: `<p class="byline">Posted on <a href="/2024/08/12/"><span class="date">August 12, 2024</span></a></p>`,
			pub:    "2024-08-12"},
	})
}

// TestOtherLabelOnPage checks that the last resort, the first date printed
// in the page, skips the dates a label says are not the article's.
func TestOtherLabelOnPage(t *testing.T) {
	page := `<html><body><div class="profile"><dl><dd><strong>Posts:</strong> 4032</dd>` +
		`<dd><strong>Founded:</strong> Dec 11, 2021</dd></dl></div><div class="post"><h3>A thread</h3>` +
		`<p class="author">by <strong>someone</strong> &raquo; Tue Aug 27, 2019 1:47 am</p>` +
		`<div class="content">The first post of the thread.</div></div></body></html>`
	a, _ := parseHTMLString(t, page, "")
	if assert.NotNil(t, a.Published) {
		assert.Equal(t, "2019-08-27T01:47:00", a.Published.String())
	}
}

// TestTodayWidget checks that the date of the day the page is viewed,
// which a class or id names, is not the article's.
func TestTodayWidget(t *testing.T) {
	page := `<html><body><div id="block-date"><div class="field"><p id="todays-date-custom"><strong>Friday</strong>, ` +
		`December 19, 2025</p></div></div><article><h1>A headline of some length</h1><h4>By the editors</h4>` +
		`<div>12.12.2025</div><p>The story goes on for a while, long enough to be a body.</p></article></body></html>`
	a, _ := parseHTMLString(t, page, "")
	if assert.NotNil(t, a.Published) {
		assert.Equal(t, "2025-12-12", a.Published.String())
	}
	for _, v := range []string{"todays-date", "current-date", "date-today", "currentDate", "the-date-today"} {
		assert.True(t, namesToday(v), v)
	}
	for _, v := range []string{"usa-today", "post-date current", "date", "todays-top-tools"} {
		assert.False(t, namesToday(v), v)
	}
}

// TestBareDateUnderHeadline checks that a date line right under the
// headline beats the marked dates of teasers printed much lower.
func TestBareDateUnderHeadline(t *testing.T) {
	var body strings.Builder
	for range 12 {
		body.WriteString(`<p>A paragraph of the story.</p>`)
	}
	checkDatePick(t, []datePickCase{
		{name: "teasers below",
			header: `<p>January 16, 2025</p>` + body.String() + `<div><span class="post-date">July 15, 2025</span></div>` +
				`<div><span class="post-date">June 9, 2025</span></div>`,
			pub: "2025-01-16"},
	})
}

// TestBylineDateClass checks that an element whose class names both a
// byline and a date ("byline-date") is read for its date.
func TestBylineDateClass(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "byline-date",
			header: `<ul class="entry-meta"><li>Written by <a rel="author" href="/a/lisa">Lisa</a></li>` +
				`<li class="entry__byline-date">Published Oct 10, 2023<em> - [Updated Dec 3, 2025]</em></li></ul>` +
				`<p>The prices below were checked on July 4, 2025 by our team of editors.</p>`,
			pub: "2023-10-10"},
	})
}
