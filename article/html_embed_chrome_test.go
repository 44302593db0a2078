package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbedChrome(t *testing.T) {
	cases := []struct{ name, html string }{
		{"skip link", `<address><a class="skip" href="page.html#endVideo12">Video überspringen</a>
<iframe src="https://www.youtube-nocookie.com/embed/5zSYZpxAbCd?rel=0"></iframe><span id="endVideo12"></span></address>`},
		{"consent buttons", `<div class="privacy-embed-preview"><p><svg class="embed-icon"><path d="M0 13"></path></svg></p><div class="fb-post" data-href="https://www.facebook.com/lejournal/posts/928812574504508/"><blockquote cite="https://www.facebook.com/lejournal/posts/928812574504508/"><p>Les loyers augmentent en avril.</p><p>Posted by <a href="https://www.facebook.com/lejournal">Le Journal</a> on <a href="https://www.facebook.com/lejournal/posts/928812574504508/">Monday, February 7, 2022</a></p></blockquote></div>
<div class="btn-row"><button class="embed-load-all">Alle Inhalte laden</button><button class="embed-load-button">Diesen Inhalt laden</button><a href="https://www.facebook.com/legal/terms">Datenschutz</a></div></div>`},
		{"fallback link", `<p><iframe src="https://www.youtube.com/embed/excq2RJXE7I"></iframe><br>
<a href="https://www.youtube.com/watch?v=excq2RJXE7I">Zum Video</a></p>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseSnippet(t, tc.html)
			require.Len(t, a.Embeds, 1)
			assertEmbedInPlace(t, a)
		})
	}
}

func TestEmbedChromeKeepsSentenceLinks(t *testing.T) {
	a := parseSnippet(t, `<p>On y voit une maquette (« <a href="https://www.youtube.com/watch?v=zLJu3wQA1Ko">le match</a> ») filmée en 2019 :
<iframe src="https://www.youtube.com/embed/zLJu3wQA1Ko"></iframe></p>`)
	require.Len(t, a.Embeds, 1)
	assert.Contains(t, a.Text, "« le match »")
}
