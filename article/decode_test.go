package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	// "L’été, œuvre à 5 €" in windows-1252 and in ISO-8859-15.
	const cp1252 = "L\x92\xe9t\xe9, \x9cuvre \xe0 5 \x80"
	const latin9 = "L'\xe9t\xe9, \xbduvre \xe0 5 \xa4"
	longHead := "<script>" + strings.Repeat("var x = 1;\n", 200) + "</script>"
	cases := []struct {
		name, in, declared string
		html               bool
		want               string
	}{
		{"utf-8 as is", "<p>L’été, œuvre à 5 €</p>", "", true, "<p>L’été, œuvre à 5 €</p>"},
		{"utf-8 despite a declared charset", "<meta charset=\"windows-1252\"><p>été</p>", "ISO-8859-1", true, "<meta charset=\"windows-1252\"><p>été</p>"},
		{"utf-8 bom dropped", "\xef\xbb\xbf<p>été</p>", "", true, "<p>été</p>"},
		{"meta charset windows-1252", "<meta charset=\"windows-1252\"><p>" + cp1252 + "</p>", "", true, "<meta charset=\"windows-1252\"><p>L’été, œuvre à 5 €</p>"},
		{"http-equiv iso-8859-1 is windows-1252", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">" + cp1252, "", true,
			"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">L’été, œuvre à 5 €"},
		{"meta iso-8859-15", "<meta charset=iso-8859-15>" + latin9, "", true, "<meta charset=iso-8859-15>L'été, œuvre à 5 €"},
		{"meta after a long head", longHead + "<meta charset='ISO-8859-15'>" + latin9, "", true, longHead + "<meta charset='ISO-8859-15'>L'été, œuvre à 5 €"},
		{"caller charset", latin9, "ISO-8859-15", true, "L'été, œuvre à 5 €"},
		{"caller content type", latin9, "text/html; charset=\"iso-8859-15\"", true, "L'été, œuvre à 5 €"},
		{"caller charset before meta", "<meta charset=windows-1252>" + latin9, "iso-8859-15", true, "<meta charset=windows-1252>L'été, œuvre à 5 €"},
		{"false utf-8 declaration", "<meta charset=\"utf-8\">" + cp1252, "utf-8", true, "<meta charset=\"utf-8\">L’été, œuvre à 5 €"},
		{"undeclared windows-1252", "<p>" + cp1252 + "</p>", "", true, "<p>L’été, œuvre à 5 €</p>"},
		{"plain text windows-1252", cp1252, "", false, "L’été, œuvre à 5 €"},
		{"utf-8 with a stray byte", "<p>L’été à 5 €, caf\xe9 compris</p>", "", true, "<p>L’été à 5 €, café compris</p>"},
		{"utf-16le bom", "\xff\xfe<\x00p\x00>\x00\xe9\x00", "", true, "<p>é"},
		{"unknown declared charset", cp1252, "x-no-such-charset", true, "L’été, œuvre à 5 €"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, decode([]byte(tc.in), tc.declared, tc.html))
		})
	}
}

func TestDecodeThroughParse(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-15\"><title>\xc9t\xe9</title></head><body><article><h1>L'\xe9t\xe9 des \xbduvres</h1>" +
		"<p>Le billet co\xfbte 5 \xa4 et l'entr\xe9e des \xbduvres est gratuite pour les moins de dix-huit ans, a annonc\xe9 le mus\xe9e.</p></article></body></html>"
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Equal(t, "L'été des œuvres", a.Title)
	assert.Contains(t, a.Text, "coûte 5 € et l'entrée des œuvres")
}

func TestInvisibleCharactersStripped(t *testing.T) {
	const invisible = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
	page := `<html><body><article><h1>Intel&shy;ligence arti&#8203;ficielle</h1>` +
		`<p>Le gouver&shy;nement a pré&#173;senté son projet de loi sur l'intel&shy;ligence arti&#x200B;ficielle, attendu depuis des mois.</p>` +
		`<h2>L'es&shy;sentiel</h2><ul><li>Un texte atten&shy;du par les entre&#8203;prises du secteur</li><li>Une auto&shy;rité de contrôle créée l'an prochain</li></ul>` +
		`<blockquote class="twitter-tweet"><p>Un pas impor&shy;tant pour l'in&#8203;novation</p>&mdash; Jean Dupont (@jdupont) <a href="https://twitter.com/jdupont/status/1">26 février 2024</a></blockquote>` +
		`<p>Le texte sera exa&#8205;miné au Sénat au prin&shy;temps.</p></article></body></html>`
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	require.NotNil(t, a.Summary)
	require.Len(t, a.Embeds, 1)
	texts := append([]string{a.Title, a.Text, a.Summary.Label, a.Embeds[0].Text}, a.Summary.Points...)
	for _, s := range texts {
		assert.False(t, strings.ContainsAny(s, invisible), "%q", s)
	}
	assert.Equal(t, "Intelligence artificielle", a.Title)
	assert.Equal(t, "Un pas important pour l'innovation", a.Embeds[0].Text)
	assert.Contains(t, a.Text, "Le gouvernement a présenté son projet de loi sur l'intelligence artificielle")
	assert.Equal(t, "Un texte attendu par les entreprises du secteur", a.Summary.Points[0])
}
