package article

import "testing"

// pierBody is the text of the test pages of this file.
const pierBody = `<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>` +
	`<p>Work starts in spring and should end before the summer season, the board said in a statement.</p>`

// pierLD is a JSON-LD article that credits the account that posted it.
const pierLD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",` +
	`"headline":"Harbour board rebuilds the north pier","author":{"@type":"Person","name":"Max Poster"}}</script>`

// TestAuthorsLeadByline checks that a byline printed whole under the
// headline wins over structured authors that name someone else, and
// only then.
func TestAuthorsLeadByline(t *testing.T) {
	cases := []authorCase{
		{"printed person over the posting account", pierLD,
			`<h1>Harbour board rebuilds the north pier</h1><p>May 4, 2025</p><p>By: Ana Lima</p>` + pierBody,
			[]string{"Ana Lima"}},
		{"printed team over the posting account", pierLD + `<meta name="author" content="Max Poster">`,
			`<h1>Harbour board rebuilds the north pier</h1><time>May 4, 2025</time><p>Written by Harbour Watch</p>` + pierBody,
			[]string{"Harbour Watch"}},
		{"the same person printed keeps the structured name", pierLD,
			`<h1>Harbour board rebuilds the north pier</h1><p>By Max Poster</p>` + pierBody,
			[]string{"Max Poster"}},
		{"a byline far below the headline does not win", pierLD,
			`<h1>Harbour board rebuilds the north pier</h1><p>May 4, 2025</p><p>Share</p><p>Print</p><p>Comments</p>` +
				`<p>By: Ana Lima</p>` + pierBody,
			[]string{"Max Poster"}},
	}
	checkAuthorCases(t, "https://www.example.org/news/pier", cases)
}

// TestAuthorsMicrodataFirst checks that on a question page the author
// marked by microdata wins over the editor shown first in an element of
// the same class, and that the authors of answers and comments do not
// count.
func TestAuthorsMicrodataFirst(t *testing.T) {
	editor := `<div class="post-signature"><div class="user-info"><a href="/posts/1/revisions">edited</a> ` +
		`<span>Jul 5, 2020</span><div class="user-details"><a href="/users/2/cleb">Cleb Editor</a><span>26.3k</span></div></div></div>`
	owner := `<div class="post-signature owner"><div class="user-info"><span>asked Feb 4, 2014</span>` +
		`<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">` +
		`<a href="/users/1/jdoe">jdoe</a><span>6,796</span></div></div></div>`
	answer := `<div itemscope itemtype="https://schema.org/Answer"><p>Catch only the errors you expect, and log the rest of them.</p>` +
		`<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/3/ann">Ann Answerer</a></div></div>`
	question := `<div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why is a bare except bad?</h1>` +
		`<p>I often see comments about how a bare except is discouraged, and I would like to know the reasons behind it.</p>`
	cases := []authorCase{
		{"the asker, not the editor", ``, question + editor + owner + `</div>` + answer, []string{"jdoe"}},
		{"the author of an answer is not the page's", ``, question + `</div>` + answer, nil},
	}
	checkAuthorCases(t, "https://forum.example.org/questions/1", cases)
}

// TestAuthorsMicrodataName checks that the name of a microdata author
// printed in a block of its own is read without the block's separator.
func TestAuthorsMicrodataName(t *testing.T) {
	cases := []authorCase{
		{"name in a block", ``,
			`<h1>Harbour board rebuilds the north pier</h1><section itemprop="author" itemscope itemtype="http://schema.org/Person">` +
				`<div><p>About</p></div><div itemprop="name"><div>Ana Lima</div></div></section>` + pierBody,
			[]string{"Ana Lima"}},
	}
	checkAuthorCases(t, "https://www.example.org/news/pier", cases)
}

// TestAuthorsLabelWords checks that the words that label a byline are not
// read as one or as a name: a "Text Size" button, a "Topic Author" badge,
// while "Text: Ana Lima" stays a byline.
func TestAuthorsLabelWords(t *testing.T) {
	cases := []authorCase{
		{"a text size button is no byline", ``,
			`<h1>Harbour board rebuilds the north pier</h1><div class="post-author"><span>Harbour Watch</span></div>` +
				`<a href="#">Text Size</a>` + pierBody,
			[]string{"Harbour Watch"}},
		{"text and a colon is a byline", ``,
			`<h1>Harbour board rebuilds the north pier</h1><p>Text: Ana Lima</p>` + pierBody,
			[]string{"Ana Lima"}},
		{"a topic author badge is no name", ``,
			`<h1>Harbour board rebuilds the north pier</h1><div class="topic-author">Topic Author</div>` +
				`<p class="author">Post by <a class="username" href="/u/7">pierfan</a> » Sat Feb 24, 2024 12:41 pm</p>` + pierBody,
			[]string{"pierfan"}},
	}
	checkAuthorCases(t, "https://www.example.org/news/pier", cases)
}

// TestAuthorsAccessibleLabel checks the byline that only the accessible
// label of a link states: "Author: pierfan" read to screen readers.
func TestAuthorsAccessibleLabel(t *testing.T) {
	cases := []authorCase{
		{"author label on the poster link", ``,
			`<div><a href="/r/harbours">r/harbours</a><span>•</span><a aria-label="Author: PierFan42" href="/user/PierFan42/">PierFan42</a></div>` +
				`<h1>Harbour board rebuilds the north pier</h1>` + pierBody,
			[]string{"PierFan42"}},
		{"a label that says something else is no byline", ``,
			`<div><a aria-label="Share on PierNet" href="/share">PierNet</a></div>` +
				`<h1>Harbour board rebuilds the north pier</h1>` + pierBody,
			nil},
	}
	checkAuthorCases(t, "https://forum.example.org/r/harbours/1", cases)
}

// TestAuthorsPosterCard checks the poster of a forum thread read from the
// profile card of the first post, which no class marks.
func TestAuthorsPosterCard(t *testing.T) {
	card := `<h1>Harbour forum</h1><p>You are not logged in.</p><h2><span>#1</span> <a href="/p/1">2024-08-03 10:59:47</a></h2>` +
		`<dl><dt><strong>pierfan42</strong></dt><dd><strong>Member</strong></dd><dd><span>Registered: 2024-01-27</span></dd>` +
		`<dd><span>Posts: 98</span></dd></dl>`
	cases := []authorCase{
		{"the account before the profile labels", ``, card + pierBody, []string{"pierfan42"}},
		{"a profile label alone names no one", ``,
			`<h1>Harbour forum</h1><p>Statistics of the forum, updated each day by the moderators of the board.</p>` +
				`<p>Posts: 98</p>` + pierBody,
			nil},
	}
	checkAuthorCases(t, "https://forum.example.org/viewtopic.php?id=1", cases)
}
