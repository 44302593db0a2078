package article

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// The faster forms of lineKey and of the explicit byline test must give
// what the plain forms they replace gave: these tests hold the plain
// forms and compare.

// plainLineKey is lineKey as a chain of the strings functions.
func plainLineKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' && r != '('
	})
}

// plainExplicitByline tests t against every prefix of r in turn.
func plainExplicitByline(r bylineReader, t string) bool {
	if len(t) > maxBylineStart {
		return false
	}
	for p := range r.prefixes {
		if rest, ok := hasPrefixFold(t, p); ok && rest != t {
			if strings.Contains(p, " ") || len(p) >= 5 && strings.HasPrefix(strings.TrimSpace(t[len(p):]), ":") {
				return true
			}
		}
	}
	return false
}

// sameCases are lines for both tests: cases, spaces, marks, scripts and
// bytes that are not UTF-8.
var sameCases = []string{
	"", " ", "Photo: Jane Doe", "  © 2025 ACME.  All Rights\tReserved. ", "PHOTO :\u00a0X",
	"L’Équipe — “Quoted”", "Written by Jane Doe", "WRITTEN BY", "written  by", "Written by",
	"Author: Jane", "Author : Jane", "Authors", "AUTHOR:", "Autor: Hans", "autorin Anna",
	"\u212aIRJOITTAJA: Matti", "ſtory by X", "Story by X", "АВТОР: Иван", "Автор статьи Иван",
	"Συντάκτης: Νίκος", "ΣΥΝΤΆΚΤΗΣ: Νίκος", "文・山田", "取材・文：山田", "Propos recueillis par X",
	"PROPOS RECUEILLIS PAR X", "Texte : Y", "bad \xff byte", "\xc3", "İstanbul", "ȺB", "a\u2028b",
	"x\u0085y", "(c) 2020", "Copyright 2020", "COPYRIGHT ©", "By Jane", "by:", "Written by:",
	"Escrito por María", "a cura di Luca", "oleh: Budi", "OLEH: Budi", "\t\nRead more\n",
}

func TestLineKeySameAsPlain(t *testing.T) {
	for _, s := range sameCases {
		assert.Equal(t, plainLineKey(s), lineKey(s), "%q", s)
	}
}

func TestExplicitStartsSameAsPlain(t *testing.T) {
	r := bylineReader{langs: testLanguages(), strict: true}
	starts := r.explicitStarts()
	for _, s := range sameCases {
		assert.Equal(t, plainExplicitByline(r, s), starts.match(s), "%q", s)
	}
	assert.True(t, starts.match("AUTHOR: Jane Doe"))
	assert.True(t, starts.match("ΣΥΝΤΆΚΤΗΣ: Νίκος"))
	assert.False(t, starts.match("By Jane Doe"), "a short prefix alone is no explicit byline")
}

func TestFoldedFirstBytes(t *testing.T) {
	cases := []struct {
		p    string
		want string
	}{
		{"written by", "wW"},
		{"kirjoittaja", "kK\xe2"},
		{"автор", "\xd0"},
		{"文・", "\xe6"},
	}
	for _, tc := range cases {
		bs, n := foldedFirstBytes(tc.p)
		assert.ElementsMatch(t, []byte(tc.want), bs[:n], tc.p)
	}
}

func FuzzLineKeySameAsPlain(f *testing.F) {
	for _, s := range sameCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lineKey(s), plainLineKey(s); got != want {
			t.Fatalf("lineKey(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzExplicitStartsSameAsPlain(f *testing.F) {
	for _, s := range sameCases {
		f.Add(s)
	}
	r := bylineReader{langs: testLanguages(), strict: true}
	starts := r.explicitStarts()
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := starts.match(s), plainExplicitByline(r, s); got != want {
			t.Fatalf("match(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestPhraseSetSameAsContains(t *testing.T) {
	lines := append([]string{"all rights reserved", "© 2025 acme. all rights reserved.", "rights reserved",
		"tutti i diritti riservati.", "все права защищены", "alle rechte vorbehalten 2024", "al", "a"}, sameCases...)
	for _, s := range lines {
		k := lineKey(s)
		assert.Equal(t, containsAnyString(k, rightsReservedPhrases), rightsReservedSet.in(k), "%q", k)
		assert.Equal(t, containsAnyString(s, rightsReservedPhrases), rightsReservedSet.in(s), "%q", s)
	}
	assert.True(t, rightsReservedSet.in("© 2025 acme. all rights reserved."))
	assert.False(t, rightsReservedSet.in("all rights reserve"))
	assert.Panics(t, func() { newPhraseSet([]string{"x"}) })
}

func FuzzPhraseSetSameAsContains(f *testing.F) {
	f.Add("© 2025 acme. all rights reserved.")
	f.Add("tüm hakları saklıdır")
	for _, s := range sameCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := rightsReservedSet.in(s), containsAnyString(s, rightsReservedPhrases); got != want {
			t.Fatalf("in(%q) = %v, want %v", s, got, want)
		}
	})
}

// plainCutPrefix tries every prefix of r in turn.
func plainCutPrefix(r bylineReader, s string) (string, bool) {
	best, ok := s, false
	for p := range r.prefixes {
		if rest, hit := hasPrefixFold(s, p); hit && len(rest) < len(best) && !nounWithoutColon(s, p) {
			best, ok = rest, true
		}
	}
	return best, ok
}

func TestCutPrefixSameAsPlain(t *testing.T) {
	r := bylineReader{langs: testLanguages(), strict: true}
	lines := append([]string{"Von Anna Weber", "VON: Anna", "Автор текста: Иван", "автор Иван", "Text: Jane", "Text Link", "Text Size",
		"Texte : Jean", "Tekst: Jan", "Escrito por María", "Di Luca", "文・山田", "By Jane", "Written by Jane"}, sameCases...)
	for _, s := range lines {
		wantRest, wantOK := plainCutPrefix(r, s)
		rest, ok := r.cutPrefix(s)
		assert.Equal(t, wantOK, ok, "%q", s)
		assert.Equal(t, wantRest, rest, "%q", s)
	}
	rest, ok := r.cutPrefix("Автор текста: Иван")
	assert.True(t, ok)
	assert.Equal(t, "Иван", rest, "the longest prefix is cut")
}

func FuzzCutPrefixSameAsPlain(f *testing.F) {
	for _, s := range sameCases {
		f.Add(s)
	}
	r := bylineReader{langs: testLanguages(), strict: true}
	f.Fuzz(func(t *testing.T, s string) {
		wantRest, wantOK := plainCutPrefix(r, s)
		if rest, ok := r.cutPrefix(s); rest != wantRest || ok != wantOK {
			t.Fatalf("cutPrefix(%q) = %q, %v, want %q, %v", s, rest, ok, wantRest, wantOK)
		}
	})
}
