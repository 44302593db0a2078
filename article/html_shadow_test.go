package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShadowRootsAreRead(t *testing.T) {
	page := `<html><body><main><h1>Budget voté</h1><article-body><template shadowrootmode="open"><style>p{margin:0}</style>` +
		bodyParas() + `</template></article-body><template><p>Un modèle jamais affiché, à ne pas lire comme du texte.</p></template></main></body></html>`
	a := parsePage(t, page)
	for _, p := range bodyArticle {
		assert.Contains(t, a.Text, p)
	}
	assert.NotContains(t, a.Text, "jamais affiché", "a plain template stays unread")
}
