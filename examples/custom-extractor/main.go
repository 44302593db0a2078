// Command custom-extractor shows how a user extends depeche with their
// own rules: a site-specific extractor for fact boxes and a transformer
// that estimates reading time.
//
// Usage:
//
//	go run ./examples/custom-extractor testdata/factbox-fr.html
//
// With no argument it reads standard input. It prints the article's title,
// the fact boxes found, and the reading time.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// factBox is one box of key figures a newsroom sets beside its articles.
type factBox struct {
	Title string   `json:"title"`
	Facts []string `json:"facts"`
}

// factBoxes claims <aside class="encadre"> and <div class="factbox">
// elements: their heading and list become a factBox in Article.Extra, and
// they stay out of the body.
type factBoxes struct{}

func (factBoxes) Trigger() []atom.Atom { return []atom.Atom{atom.Aside, atom.Div} }

func (factBoxes) Extract(c *article.Context, n *html.Node) bool {
	if !article.HasClass(n, "encadre") && !article.HasClass(n, "factbox") {
		return false
	}
	box := factBox{}
	for d := range n.Descendants() {
		switch d.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.Strong:
			if box.Title == "" {
				box.Title = article.NodeText(d)
			}
		case atom.Li:
			box.Facts = append(box.Facts, article.NodeText(d))
		}
	}
	a := c.Article()
	if a.Extra == nil {
		a.Extra = map[string]any{}
	}
	boxes, _ := a.Extra["factboxes"].([]factBox)
	a.Extra["factboxes"] = append(boxes, box)
	return true
}

// readingTime adds the minutes a reader needs at 230 words a minute.
func readingTime(_ *article.Context, a *article.Article) error {
	if a.Extra == nil {
		a.Extra = map[string]any{}
	}
	words := len(strings.Fields(a.Text))
	a.Extra["reading_minutes"] = (words + 229) / 230
	return nil
}

// extension bundles the two, as any user extension does.
var extension = article.ExtenderFunc(func(c *article.Config) {
	c.AddNodeExtractor(factBoxes{}, 50)
	c.AddTransformer(article.TransformerFunc(readingTime), 900)
})

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "custom-extractor:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	r := stdin
	if len(args) > 0 {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	p := depeche.New(depeche.WithExtensions(extension))
	a, err := p.Parse(context.Background(), r)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "Title:", a.Title)
	boxes, _ := a.Extra["factboxes"].([]factBox)
	for _, b := range boxes {
		fmt.Fprintf(stdout, "Fact box %q:\n", b.Title)
		for _, f := range b.Facts {
			fmt.Fprintln(stdout, "  -", f)
		}
	}
	fmt.Fprintln(stdout, "Reading time:", a.Extra["reading_minutes"], "min")
	return nil
}
