package article

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestForumAuthors checks that the opener of a thread is its author, by
// account name, from a QAPage's question or from microdata.
func TestForumAuthors(t *testing.T) {
	cases := []struct {
		name, page string
		want       []string
	}{
		{"qapage question", `<html><head><script type="application/ld+json">{"@context":"http://schema.org",
			"@type":"QAPage","name":"Build fails","mainEntity":{"@type":"Question","name":"Build fails",
			"datePublished":"2024-09-05T23:15:57Z","author":{"@type":"Person","name":"dale.jack"}}}</script>
			</head><body><h1>Build fails</h1><p>It fails.</p></body></html>`, []string{"dale.jack"}},
		{"person with digits", `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting",
			"headline":"Which shoes?","author":{"@type":"Person","name":"runner_42"}}</script></head>
			<body><h1>Which shoes?</h1></body></html>`, []string{"runner_42"}},
		{"microdata account", `<html><body><h1>Which projector?</h1><div itemprop="author" itemscope
			itemtype="https://schema.org/Person"><span itemprop="name">jdoe77</span></div><p>Hello.</p></body></html>`,
			[]string{"jdoe77"}},
		{"not an account", `<html><head><script type="application/ld+json">{"@type":"BlogPosting",
			"headline":"Hi","author":{"@type":"Person","name":"2024"}}</script></head><body><h1>Hi</h1></body></html>`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := parseHTMLString(t, tc.page, "")
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// TestCompanyYieldsToByline checks that a byline naming people wins over
// JSON-LD that credits the article to an organisation.
func TestCompanyYieldsToByline(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mines shake homes",
		"author":{"@type":"Organization","name":"Valley Times"}}</script></head><body><article>
		<h1>Mines shake homes</h1><p class="byline">By Ana Lima and Tom Berg</p><p>Text.</p></article></body></html>`
	a, _ := parseHTMLString(t, page, "")
	assert.Equal(t, []string{"Ana Lima", "Tom Berg"}, authorNames(a.Authors))
}

// TestDateLabels checks the labels of printed dates: in languages without
// an extension, forum labels, and labels printed in an element of their
// own.
func TestDateLabels(t *testing.T) {
	cases := []struct {
		name, header string
		pub, mod     string
	}{
		{"german update", `<p>Veröffentlicht: 02.03.2024</p><p>Aktualisiert: 05.03.2024</p>`, "2024-03-02", "2024-03-05"},
		{"label in its own element", `<dl><dt>Published</dt><dd>March 2, 2024</dd><dt>Updated</dt><dd>March 5, 2024</dd></dl>`,
			"2024-03-02", "2024-03-05"},
		{"last post", `<p>last post by <a href="/u/x">someone</a> <span>Jan 18, 2024</span></p><p>Jan 14, 2024</p>`, "2024-01-14", "2024-01-18"},
		{"label after the date is not its", `<p><span>05 March 2024</span> Updated at 16:01</p>`, "2024-03-05", ""},
		{"a word holding a label is not one", `<p>Understand: March 2, 2024</p>`, "2024-03-02", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><article><h1>A headline of some length</h1>` + tc.header + `<p>Body.</p></article></body></html>`
			a, _ := parseHTMLString(t, page, "")
			require.NotNil(t, a.Published)
			assert.Equal(t, tc.pub, a.Published.String()[:10])
			if tc.mod == "" {
				assert.Nil(t, a.Modified)
			} else if assert.NotNil(t, a.Modified) {
				assert.Equal(t, tc.mod, a.Modified.String()[:10])
			}
		})
	}
}

// TestPreciseTime checks that a printed day takes the time and offset of
// the <time> element that holds it.
func TestPreciseTime(t *testing.T) {
	page := `<html><body><article><h1>A headline of some length</h1>
		<p><time datetime="2024-03-02T21:30:00-05:00">March 2, 2024</time></p><p>Body.</p></article></body></html>`
	a, _ := parseHTMLString(t, page, "")
	require.NotNil(t, a.Published)
	assert.Equal(t, "2024-03-02T21:30:00-05:00", a.Published.String())
}

// TestMoreDateMetaKeys checks the <meta> names of dates added for sites
// that use their own.
func TestMoreDateMetaKeys(t *testing.T) {
	page := `<html><head><meta name="published" content="July 17, 2025"><meta name="updated" content="2025-12-18">
		</head><body><h1>Tools</h1></body></html>`
	a, _ := parseHTMLString(t, page, "")
	require.NotNil(t, a.Published)
	assert.Equal(t, "2025-07-17", a.Published.String())
	require.NotNil(t, a.Modified)
	assert.Equal(t, "2025-12-18", a.Modified.String())
}

// TestUsedOffset checks the UTC offsets a page's clock may be on.
func TestUsedOffset(t *testing.T) {
	cases := []struct {
		off  time.Duration
		want bool
	}{
		{-5 * time.Hour, true}, {330 * time.Minute, true}, {345 * time.Minute, true},
		{450 * time.Minute, false}, {-13 * time.Hour, false}, {14 * time.Hour, true}, {15 * time.Hour, false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, usedOffset(tc.off), tc.off.String())
	}
}

// TestTitleCleanup checks the headline rules: separators between no-break
// spaces, entities escaped twice, a short label after a bar, and an <h1>
// that is the blog's name.
func TestTitleCleanup(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{"no-break spaces", `<html><head><title>Learn web development` + "\u00a0|\u00a0" + `web.dev</title></head><body></body></html>`,
			"Learn web development"},
		{"entity escaped twice", `<html><head><title>Tools for SQL &amp;#x26; AI</title></head><body><h1>Tools for SQL &amp;#x26; AI</h1></body></html>`,
			"Tools for SQL & AI"},
		{"label after a bar", `<html><head><meta property="og:title" content="How meditation rewires brains | Opinion"></head>
			<body><h1>How meditation rewires brains | Opinion</h1></body></html>`, "How meditation rewires brains"},
		{"a bar inside a long tail stays", `<html><head><title>Red | the colour of fire, blood and danger</title></head><body><h1>Red | the colour of fire, blood and danger</h1></body></html>`,
			"Red | the colour of fire, blood and danger"},
		{"blog name h1", `<html><head><meta property="og:title" content="A brief intro to git • Jane Roe"></head>
			<body><header><h1>Jane Roe</h1></header><main><h2>A brief intro to git</h2></main></body></html>`, "A brief intro to git"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := parseHTMLString(t, tc.page, "https://example.org/post")
			assert.Equal(t, tc.want, a.Title)
		})
	}
}

// TestLastLabel checks that labels are found as whole words.
func TestLastLabel(t *testing.T) {
	assert.Equal(t, 0, lastLabel("stand: 3.5.2024", []string{"stand"}))
	assert.Equal(t, -1, lastLabel("understand 3.5.2024", []string{"stand"}))
	assert.Equal(t, 8, lastLabel("2024年 更新", []string{"更新"}))
}
