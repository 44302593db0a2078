package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// asideNote is a note set in an <aside> in the middle of an article: four
// paragraphs of running prose, some 800 bytes.
var asideNote = []string{
	"A note on other devices: nothing was said here about disks, because a disk that the process only reads needs no secret, and its integrity can be checked against a hash measured at boot.",
	"Writable disks are harder. A file system kept wholly in memory avoids the problem, and so does a block device encrypted with a key that never leaves the guest, which the host can neither read nor change without the guest noticing it.",
	"Randomness needs care too: the sources that the host provides cannot be trusted, while the instructions of the processor itself are designed to be safe from it, and the network is easy once the rest is right.",
	"Most traffic already travels under a protocol that protects it, so that a host which reads or changes the packets learns nothing and breaks nothing that the two ends would not see at once.",
}

func TestProseAside(t *testing.T) {
	cases := []struct {
		name, html string
		kept       bool
	}{
		{"prose note", `<aside class="styles_aside"><h3>A note on other devices</h3><p>` + strings.Join(asideNote, "</p><p>") + `</p></aside>`, true},
		{"short note", `<aside class="styles_aside"><p>` + asideNote[0] + `</p></aside>`, false},
		{"links to other stories", `<aside><p>` + asideNote[0] + `</p><ul>` + strings.Repeat(`<li><a href="/s">Another story about disks</a></li>`, 4) + `</ul></aside>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.html)
			assertBodyWithout(t, a, "never there")
			if tc.kept {
				assert.Contains(t, a.Text, asideNote[2])
			} else {
				assert.NotContains(t, a.Text, asideNote[0])
			}
		})
	}
}

// headerArticle is the text that follows the introduction.
var headerArticle = []string{
	"The first service on our list pairs each client with a designer after a short questionnaire about taste, budget and the rooms to change, and it sends a plan within two weeks.",
	"Its designers work from photos and measurements that the client takes with a phone, and they suggest furniture from many shops, with a list of links to buy each piece at once.",
	"The second service costs more but adds a video call with the designer, who walks through the room with the client and points out what to keep, what to move and what to sell.",
	"Clients who want a full plan of a renovation can ask for a drawing in three dimensions, which shows the room from several angles before a single wall is painted or knocked down.",
	"A third option comes from a furniture chain, whose designers are free to use when the client buys from its catalogue, a good deal for those who already like its style and prices.",
	"Last, a service run by independent decorators lets clients pick the person they like from a gallery of past work, and pay by the hour for advice on one room or on a whole home.",
}

func TestProseHeader(t *testing.T) {
	// An article's introduction in an element whose class says header,
	// then a long text.
	var b strings.Builder
	b.WriteString(`<html><head><title>The best tools</title><meta property="og:type" content="article">` +
		`<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body><article><h1>The best tools</h1>` +
		`<section class="listicle-header"><p>` + strings.Join(asideNote, "</p><p>") + `</p></section>`)
	for _, p := range headerArticle {
		fmt.Fprintf(&b, `<p>%s</p>`, p)
	}
	b.WriteString(`</article></body></html>`)
	a := parsePage(t, b.String())
	assert.Contains(t, a.Text, headerArticle[5])
	assert.True(t, strings.HasPrefix(a.Text, asideNote[0]) || strings.HasPrefix(a.Standfirst, asideNote[0]), "the introduction opens the text")
	assert.Contains(t, a.Text, asideNote[1]+"\n\n"+asideNote[2])
}
