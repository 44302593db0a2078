package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// threadReply is a forum reply, long enough to read as prose.
const threadReply = "I had the same trouble after the update last week, and going back to the older release fixed it for me until the next patch came out. "

// threadLD declares a page a discussion thread in JSON-LD.
var threadLD = ldScript(`{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Update broke my setup"}`)

// plainPosts is n posts in plain divisions, with nothing in their class
// or id that names a post.
func plainPosts(n int, attrs string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="wrap"%s><h1>Update broke my setup</h1>`, attrs)
	for i := range n {
		fmt.Fprintf(&b, `<div class="box"><div class="who">user%d</div><div class="txt"><p>%s%s</p></div></div>`, i, threadReply, threadReply)
	}
	b.WriteString("</div>")
	return b.String()
}

func TestMicrodataThreadType(t *testing.T) {
	for _, tc := range []struct {
		name, itemtype, want string
	}{
		{"forum posting", "https://schema.org/DiscussionForumPosting", PageTypeForum},
		{"question page", "http://schema.org/QAPage", PageTypeForum},
		{"faq question", "https://schema.org/Question", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := typePage("", plainPosts(4, ` itemscope itemtype="`+tc.itemtype+`"`))
			a := parseTyped(t, page, "https://example.org/t/update/1")
			if tc.want == "" {
				assert.NotEqual(t, PageTypeForum, a.PageType)
				return
			}
			assert.Equal(t, tc.want, a.PageType)
		})
	}
}

func TestPostBodiesMakeForum(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<div id="page"><h1>Update broke my setup</h1>`)
	for i := range 4 {
		fmt.Fprintf(&b, `<div class="post"><dl class="postprofile"><dt>user%d</dt></dl>`+
			`<div class="postbody"><div class="content">%s%s</div></div></div>`, i, threadReply, threadReply)
	}
	b.WriteString("</div>")
	a := parseTyped(t, typePage("", b.String()), "https://example.org/viewtopic.php?t=1")
	assert.Equal(t, PageTypeForum, a.PageType)
}

func TestPostBodyNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"postbody", true},
		{"message-body js-selecttoquote", true},
		{"topic-body crawler-post", true},
		{"comment-body", false},
		{"comment post-body", false},
		{"entry-content", false},
	} {
		assert.Equal(t, tc.want, postBody(namedParts([]byte(tc.name)), []byte(tc.name)), tc.name)
	}
}

// listedPosts is a thread whose posts are the items of a list, each with
// the poster's card and a share box around the message.
func listedPosts(n int) string {
	var b strings.Builder
	b.WriteString(`<main><h1>Update broke my setup</h1><ul class="posts">`)
	for i := range n {
		fmt.Fprintf(&b, `<li class="item"><div class="head"><div class="who">user%d</div></div>`+
			`<div class="txt"><p>Reply %d: %s</p><p>Reply %d, again: %s</p></div>`+
			`<div class="share-buttons"><div>Share on Facebook</div><div>Share on X</div></div></li>`, i, i, threadReply, i, threadReply)
	}
	b.WriteString("</ul></main>")
	return b.String()
}

func TestListedPostsWalked(t *testing.T) {
	a := parseTyped(t, typePage(threadLD, listedPosts(4)), "https://example.org/t/update/1")
	require.Equal(t, PageTypeForum, a.PageType)
	paras := 0
	for _, bl := range allBlocks(a) {
		assert.NotEqual(t, BlockList, bl.Kind, "a post is not one list item")
		if bl.Kind == BlockParagraph && strings.HasPrefix(bl.Text, "Reply ") {
			paras++
		}
	}
	assert.Equal(t, 8, paras)
	assert.NotContains(t, a.Text, "Share on Facebook")
}

func TestListOfLinesStaysList(t *testing.T) {
	body := `<main><h1>Update broke my setup</h1><div class="txt"><p>` + threadReply + threadReply + `</p>` +
		`<ul><li><div><p>First step of the fix</p></div></li><li><div><p>Second step of the fix</p></div></li></ul>` +
		`<p>` + threadReply + `</p></div></main>`
	a := parseTyped(t, typePage(threadLD, body), "https://example.org/t/update/1")
	found := false
	for _, bl := range allBlocks(a) {
		if bl.Kind == BlockList {
			found = true
			assert.Equal(t, []string{"First step of the fix", "Second step of the fix"}, bl.Items)
		}
	}
	assert.True(t, found)
}

func TestPosterStatsLeftOut(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<main><h1>Update broke my setup</h1>`)
	for i := range 4 {
		fmt.Fprintf(&b, `<div class="box"><p>user%d</p><p>Posts: 4,03%d</p><p>Joined: Jun 2016</p>`+
			`<p>Location: Leeds</p><p>Reply %d: %s</p><p>Reply %d, again: %s</p></div>`, i, i, i, threadReply, i, threadReply)
	}
	b.WriteString("</main>")
	a := parseTyped(t, typePage(threadLD, b.String()), "https://example.org/t/update/1")
	require.Equal(t, PageTypeForum, a.PageType)
	assert.Contains(t, a.Text, "Reply 3: I had the same trouble")
	for _, s := range []string{"Posts:", "Joined:", "Location:"} {
		assert.NotContains(t, a.Text, s)
	}
}

func TestPosterStatLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Posts: 4,032", true},
		{"Messages", true},
		{"Reaction score: 10", true},
		{"Joined: Jun 29, 2016", true},
		{"Location: United Kingdom", true},
		{"Posts: lots of them, all about the update.", false},
		{"Location: I would say it depends on where you live.", false},
		{"From: the desk of someone who wrote a very long note", false},
		{"Pricing: 40 dollars", false},
	} {
		assert.Equal(t, tc.want, posterStatLine(tc.line), tc.line)
	}
}

func TestCardGridStaysList(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<main><h1>Update broke my setup</h1><div class="txt"><p>` + threadReply + threadReply + `</p>` +
		`<p>` + threadReply + `</p></div><ul class="grid">`)
	for i := range 4 {
		fmt.Fprintf(&b, `<li><div class="card"><div class="name">Router %d</div><div class="tag">Stock</div></div></li>`, i)
	}
	b.WriteString("</ul></main>")
	a := parseTyped(t, typePage(threadLD, b.String()), "https://example.org/t/update/1")
	for _, bl := range allBlocks(a) {
		assert.False(t, bl.Kind == BlockParagraph && strings.HasPrefix(bl.Text, "Router"), bl.Text)
	}
}
