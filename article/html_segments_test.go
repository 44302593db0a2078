package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

func TestStreamedSegments(t *testing.T) {
	prose := strings.Repeat("<p>"+typeProse+"</p>", 8)
	cases := []struct {
		name, body    string
		want, notWant string
	}{
		{"content streamed", `<div id="root"><template id="B:0"></template><p>Loading</p></div>` +
			`<div hidden id="S:0"><article><h1>Budget passed</h1>` + prose + `</article></div>`, "The council voted", ""},
		{"visible article", `<article><h1>Budget passed</h1>` + prose + `</article>` +
			`<div hidden id="S:1"><p>A streamed box with one line of recommendations, short.</p></div>`, "The council voted", "recommendations"},
		{"other hidden element", `<div hidden id="S:x"><article>` + prose + `</article></div><p>Loading</p>`, "", "The council voted"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseTyped(t, typePage("", tc.body), "")
			if tc.want != "" {
				assert.Contains(t, a.Text, tc.want)
			}
			if tc.notWant != "" {
				assert.NotContains(t, a.Text, tc.notWant)
			}
		})
	}
}

func TestStreamedSegment(t *testing.T) {
	cases := []struct {
		id   string
		want bool
	}{{"S:0", true}, {"S:12", true}, {"S:", false}, {"S:a", false}, {"B:0", false}, {"", false}}
	for _, tc := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "id", Val: tc.id}}}
		assert.Equal(t, tc.want, streamedSegment(n), tc.id)
	}
}
