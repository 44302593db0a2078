package article_test

import (
	"context"
	"strings"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuoteDashIncise checks that a line of dialogue after a dash closed
// by an incise ("…, répond X") is X's, with the incise left out of the
// words, and that an incise in the middle keeps the words after it.
func TestQuoteDashIncise(t *testing.T) {
	cases := []struct{ name, answer, text, speaker, cue string }{
		{"closing", "— Je pensais pouvoir rembourser tout le monde, répond Didier Lamarque d'une voix blanche.",
			"Je pensais pouvoir rembourser tout le monde", "Didier Lamarque", "répond"},
		{"middle", "— Je pensais, répond Didier Lamarque, pouvoir rembourser tout le monde.",
			"Je pensais, répond Didier Lamarque, pouvoir rembourser tout le monde.", "Didier Lamarque", "répond"},
	}
	for _, c := range cases {
		text := "Le procès\n\nLa présidente, Catherine de Villiers, interroge le prévenu.\n\n" +
			"— Vous saviez que ces placements n'existaient pas ?\n\n" + c.answer + "\n"
		a, err := depeche.New().ParseText(context.Background(), strings.NewReader(text))
		require.NoError(t, err, c.name)
		require.Len(t, a.Quotes, 1, c.name)
		assert.Equal(t, c.text, a.Quotes[0].Text, c.name)
		assert.Equal(t, c.speaker, a.Quotes[0].Speaker, c.name)
		assert.Equal(t, c.cue, a.Quotes[0].Cue, c.name)
	}
}
