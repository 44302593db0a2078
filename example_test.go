package depeche_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func Example() {
	p := depeche.New()
	text := `Mistral AI lance Mistral Large
La start-up française a présenté lundi son nouveau modèle de langage.
L'essentiel
- Un nouveau modèle, Mistral Large.
- Un partenariat avec Microsoft.
Un partenariat avec Microsoft
Le modèle sera proposé aux clients de la plateforme Azure de Microsoft, a annoncé l'entreprise.`
	a, err := p.ParseText(context.Background(), strings.NewReader(text))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Language, a.Summary.Label, len(a.Summary.Points))
	fmt.Println(a.Sections[0].Heading)
	// Output:
	// Mistral AI lance Mistral Large
	// fr L'essentiel 2
	// Un partenariat avec Microsoft
}

// corrections is a site-specific extractor: this newsroom prints its
// corrections as <p class="correction">. It keeps them out of the body
// and lists them in Article.Extra.
type corrections struct{}

func (corrections) Trigger() []atom.Atom { return []atom.Atom{atom.P} }

func (corrections) Extract(c *article.Context, n *html.Node) bool {
	if !article.HasClass(n, "correction") {
		return false
	}
	a := c.Article()
	if a.Extra == nil {
		a.Extra = map[string]any{}
	}
	list, _ := a.Extra["corrections"].([]string)
	a.Extra["corrections"] = append(list, article.NodeText(n))
	return true
}

// wordCount is a transformer that runs once the body text is known.
func wordCount(_ *article.Context, a *article.Article) error {
	if a.Extra == nil {
		a.Extra = map[string]any{}
	}
	a.Extra["words"] = len(strings.Fields(a.Text))
	return nil
}

func Example_customExtractor() {
	corrected := article.ExtenderFunc(func(c *article.Config) {
		c.AddNodeExtractor(corrections{}, 50)
		c.AddTransformer(article.TransformerFunc(wordCount), 900)
	})
	p := depeche.New(depeche.WithExtensions(corrected))
	page := `<html><body><article>
<h1>Bridge reopens after repairs</h1>
<p>The old bridge reopened to traffic on Monday after two years of repairs.</p>
<p class="correction">An earlier version of this article gave the wrong date for the reopening.</p>
<p>The work cost less than planned, the city said.</p>
</article></body></html>`
	a, err := p.ParseHTML(context.Background(), strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Extra["corrections"])
	fmt.Println(a.Extra["words"])
	// Output:
	// [An earlier version of this article gave the wrong date for the reopening.]
	// 22
}
