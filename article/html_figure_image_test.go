package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFigureImage(t *testing.T) {
	cases := []struct{ name, figure, want string }{
		{"src resolved against the page",
			`<figure><img src="/photos/maire.jpg" alt=""><figcaption>Le maire à la tribune.</figcaption></figure>`,
			"https://www.exemple.fr/photos/maire.jpg"},
		{"lazy loader's address over the placeholder",
			`<figure><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.exemple.fr/maire.jpg"><figcaption>Le maire à la tribune.</figcaption></figure>`,
			"https://cdn.exemple.fr/maire.jpg"},
		{"largest of the srcset",
			`<figure><img src="m.jpg" srcset="s.jpg 480w, https://img.exemple.fr/w_1600,h_900/l.jpg 1600w, m.jpg 800w"><figcaption>Le maire à la tribune.</figcaption></figure>`,
			"https://img.exemple.fr/w_1600,h_900/l.jpg"},
		{"picture's source when the img has no address",
			`<figure><picture><source srcset="a.webp 1x, b.webp 2x" type="image/webp"><img alt="Le maire"></picture><figcaption>Le maire à la tribune.</figcaption></figure>`,
			"https://www.exemple.fr/2024/b.webp"},
		{"an image in the caption is not the figure's",
			`<figure><figcaption><img src="/icons/camera.svg"> Le maire à la tribune.</figcaption></figure>`,
			""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><head><title>Budget voté</title></head><body><article><h1>Budget voté</h1><p>" +
				bodyArticle[0] + "</p>" + tc.figure + "<p>" + bodyArticle[1] + "</p><p>" + bodyArticle[2] +
				"</p></article></body></html>"
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{URL: "https://www.exemple.fr/2024/budget.html"})
			require.NoError(t, err)
			figures := blocksOfKind(a, BlockFigure)
			require.Len(t, figures, 1)
			assert.Equal(t, "Le maire à la tribune.", figures[0].Text)
			assert.Equal(t, tc.want, figures[0].Image)
		})
	}
}

func TestLargestCandidate(t *testing.T) {
	cases := map[string]string{
		"":                            "",
		"a.jpg":                       "a.jpg",
		"a.jpg 480w, b.jpg 1200w":     "b.jpg",
		"a.jpg 2x, b.jpg 1x":          "a.jpg",
		"a.jpg, b.jpg 300w":           "b.jpg",
		" ,, a.jpg 1.5x ,b.jpg 1x":    "a.jpg",
		"https://x/w_800,h_600/a.jpg": "https://x/w_800,h_600/a.jpg",
		"a.jpg 100w, b.jpg bogus":     "a.jpg",
		"a.jpg -5w, b.jpg":            "a.jpg",
	}
	for in, want := range cases {
		assert.Equal(t, want, largestCandidate(in), "%q", in)
	}
}
