package entities

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/require"
)

// FuzzRecognize checks that no text, in any language, makes the
// recognizer panic, that names are valid UTF-8, and that every mention points at its words in the text.
func FuzzRecognize(f *testing.F) {
	seed, err := os.ReadFile("../testdata/mistral-large-fr.txt")
	require.NoError(f, err)
	f.Add(string(seed), "fr")
	f.Add("M. Macron a reçu l'UE à Paris. @MistralAI", "")
	f.Add("Mr. \xff Smith told Reuters in New York", "en")
	f.Add("Die FDP will in Berlin mit Christian Lindner reden.", "de")
	f.Fuzz(func(t *testing.T, text, lang string) {
		// Article.Text is always valid UTF-8: the parser decodes its input.
		text = strings.ToValidUTF8(text, "\uFFFD")
		a := &article.Article{Text: text, Language: lang}
		ents, err := Entities.Recognize(a)
		if err != nil {
			return
		}
		for _, e := range ents {
			require.True(t, utf8.ValidString(e.Name))
			for _, m := range e.Mentions {
				require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(text))
				require.Equal(t, m.Text, text[m.Start:m.End])
			}
		}
	})
}
