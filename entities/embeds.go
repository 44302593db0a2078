package entities

import (
	"strings"

	"github.com/depeche-go/depeche/article"
)

// linkEmbeds links the handles of embedded posts (their authors' accounts
// and the accounts they mention) to the entities the article names:
// "@MistralAI" joins "Mistral AI", with its mentions in the text. An
// embed's author that the text does not name becomes an entity of its own
// when the tagger reads the name as a person or an organisation.
func linkEmbeds(t *Tagger, a *article.Article, toks []Token, groups []*group) []*group {
	if len(a.Embeds) == 0 {
		return groups
	}
	ats := handleTokens(toks)
	names := nameIndex(groups)
	for _, e := range a.Embeds {
		for _, h := range e.Mentions {
			if g := names[compact(h)]; g != nil {
				addHandle(g, ats, h)
			}
		}
		if e.Handle == "" && e.Author == "" {
			continue
		}
		g := names[compact(e.Handle)]
		if g == nil && e.Author != "" {
			g = names[compact(e.Author)]
			if g == nil {
				g = authorGroup(t, a.Text, e.Author)
				if g != nil {
					groups = append(groups, g)
					names[compact(e.Author)] = g
				}
			}
		}
		if g != nil && e.Handle != "" {
			addHandle(g, ats, e.Handle)
		}
	}
	return groups
}

// nameIndex maps the compact form of each name and alias to its group, so
// that a handle finds its entity without case, spaces or underscores
// ("MistralAI" for "Mistral AI", "satyanadella" for "Satya Nadella").
// Full names win over aliases.
func nameIndex(groups []*group) map[string]*group {
	out := map[string]*group{}
	for _, g := range groups {
		for _, m := range g.ms {
			if k := compact(m.text(g.text)); k != "" && out[k] == nil {
				out[k] = g
			}
		}
	}
	for _, g := range groups {
		if k := compact(g.fullest()); k != "" {
			out[k] = g
		}
	}
	return out
}

// authorGroup tags an embed's author name alone and returns a group for
// it when it is read as one person or organisation.
func authorGroup(t *Tagger, text, author string) *group {
	words := TokenizeWords(author)
	spans := spansOf(t.tagIndices(words, nil))
	if len(spans) != 1 || spans[0].End-spans[0].Start != len(words) || len(words) > 6 {
		return nil
	}
	if typ := spans[0].Type; typ == TypePER || typ == TypeORG {
		return &group{text: text, name: author, kind: typ}
	}
	return nil
}

// handleTokens returns the "@handle" tokens of a text (toks) by
// lower-case handle.
func handleTokens(toks []Token) map[string][]Token {
	out := map[string][]Token{}
	for _, tk := range toks {
		if strings.HasPrefix(tk.Text, "@") {
			k := strings.ToLower(tk.Text)
			out[k] = append(out[k], tk)
		}
	}
	return out
}

// addHandle adds "@h" as an alias of g, with its mentions in the text.
func addHandle(g *group, ats map[string][]Token, h string) {
	at := "@" + h
	for _, tk := range ats[strings.ToLower(at)] {
		g.ms = append(g.ms, mention{typ: g.kind, toks: []Token{tk}})
	}
	delete(ats, strings.ToLower(at))
	g.extra = append(g.extra, at)
}
