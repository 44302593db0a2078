package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testConfig is a frozen Config with the languages and text extractors.
func testConfig() *Config {
	cfg := NewConfig()
	Extenders{French, English, Tweets, Summaries, LanguageDetection}.Extend(cfg)
	cfg.Freeze()
	return cfg
}

func parseText(t *testing.T, text string) *Article {
	t.Helper()
	a, err := ParseText(context.Background(), testConfig(), strings.NewReader(text), Input{})
	require.NoError(t, err)
	return a
}

func TestSummaryLabels(t *testing.T) {
	cases := []struct {
		label string
		want  bool
	}{
		{"Tl;dr", true}, {"TL;DR", true}, {"TL;DR :", true}, {"tl;dr:", true}, {"TLDR", true},
		{"L'essentiel", true}, {"L’essentiel", true}, {"L’ESSENTIEL", true}, {"En bref", true},
		{"Ce qu'il faut retenir", true}, {"Ce qu’il faut retenir :", true}, {"À retenir", true},
		{"Key points", true}, {"Key takeaways", true}, {"In brief", true}, {"Key\u00a0points", true},
		{"Les points clés", true},
		{"Collaboration avec Microsoft", false}, {"Brief", false}, {"L'essentiel de l'actualité du jour", false},
		{"", false},
	}
	cfg := testConfig()
	for _, tc := range cases {
		t.Run(tc.label, func(t *testing.T) {
			assert.Equal(t, tc.want, cfg.summaryLabel(tc.label))
		})
	}
}

func TestSummaryBlocks(t *testing.T) {
	cases := []struct {
		name, text, label string
		points            []string
	}{
		{"dash bullets", "Titre\nTl;dr\n- un\n- deux\nUn paragraphe de texte.", "Tl;dr", []string{"un", "deux"}},
		{"round bullets", "Title\nKey points:\n• one\n• two\nBody.", "Key points", []string{"one", "two"}},
		{"en dash bullets", "Titre\nL’essentiel\n– un\n– deux", "L’essentiel", []string{"un", "deux"}},
		{"star bullets", "Titre\nEn bref\n* un\n* deux", "En bref", []string{"un", "deux"}},
		{"numbered", "Title\nKey takeaways\n1. one\n2) two\n3. three", "Key takeaways", []string{"one", "two", "three"}},
		{"blank line after label", "Titre\nÀ retenir :\n\n- un\n\n- deux\n\nTexte.", "À retenir", []string{"un", "deux"}},
		{"inline", "Title\nTL;DR: the gist in one line.\nBody text here.", "TL;DR", []string{"the gist in one line."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseText(t, tc.text)
			require.NotNil(t, a.Summary)
			assert.Equal(t, tc.label, a.Summary.Label)
			assert.Equal(t, tc.points, a.Summary.Points)
		})
	}
}

func TestLabelWithoutListIsNotSummary(t *testing.T) {
	a := parseText(t, "Titre\nEn bref\nUne phrase qui n'est pas une liste.\nUne autre.")
	assert.Nil(t, a.Summary)
}

func TestTweetSignatures(t *testing.T) {
	cases := []struct {
		line, author, handle, date string
	}{
		{"— Satya Nadella (@satyanadella) February 26, 2024", "Satya Nadella", "satyanadella", "2024-02-26"},
		{"&mdash; Satya Nadella (@satyanadella) February 26, 2024", "Satya Nadella", "satyanadella", "2024-02-26"},
		{"— Emmanuel Macron (@EmmanuelMacron) 26 février 2024", "Emmanuel Macron", "EmmanuelMacron", "2024-02-26"},
		{"— Mistral AI (@MistralAI) 1er mars 2024", "Mistral AI", "MistralAI", "2024-03-01"},
		{"– Jane Doe (@jane_doe) Mar 3, 2023", "Jane Doe", "jane_doe", "2023-03-03"},
		{"— NASA (@NASA) 3 March 2023", "NASA", "NASA", "2023-03-03"},
		{"— Anne Hidalgo (@Anne_Hidalgo) le 5 janvier 2024", "Anne Hidalgo", "Anne_Hidalgo", "2024-01-05"},
		{"— Jean Dupont (@jdupont)", "Jean Dupont", "jdupont", ""},
		{"— Jean Dupont (@jdupont) https://twitter.com/jdupont/status/123 May 2, 2022", "Jean Dupont", "jdupont", "2022-05-02"},
		{"— Zoé Lefèvre (@zoe) 2 mai 2022", "Zoé Lefèvre", "zoe", "2022-05-02"},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			e, ok := ParseTweetSignature(tc.line)
			require.True(t, ok)
			assert.Equal(t, EmbedTweet, e.Kind)
			assert.Equal(t, tc.author, e.Author)
			assert.Equal(t, tc.handle, e.Handle)
			if tc.date == "" {
				assert.Nil(t, e.Published)
				return
			}
			require.NotNil(t, e.Published)
			assert.Equal(t, tc.date, e.Published.String())
		})
	}
}

func TestNotTweetSignatures(t *testing.T) {
	for _, line := range []string{
		"Satya Nadella (@satyanadella) February 26, 2024",
		"— Satya Nadella February 26, 2024",
		"- un point de liste",
		"— Bonjour, dit-il.",
		"",
	} {
		_, ok := ParseTweetSignature(line)
		assert.False(t, ok, line)
	}
}

func TestPastedTweet(t *testing.T) {
	a := parseText(t, "Titre\nUn paragraphe.\nGreat news from #Paris with @Alice and @bob_2 pic.twitter.com/AbC123 https://t.co/xyz\n— Carol (@carol) 26 février 2024\nSuite du texte.")
	require.Len(t, a.Embeds, 1)
	e := a.Embeds[0]
	assert.Equal(t, "Great news from #Paris with @Alice and @bob_2 pic.twitter.com/AbC123 https://t.co/xyz", e.Text)
	assert.Equal(t, []string{"pic.twitter.com/AbC123", "https://t.co/xyz"}, e.Links)
	assert.Equal(t, []string{"Alice", "bob_2"}, e.Mentions)
	assert.Equal(t, []string{"Paris"}, e.Hashtags)
	require.NotNil(t, e.Published)
	assert.Equal(t, "2024-02-26", e.Published.String())
	blocks := a.Sections[0].Blocks
	require.Len(t, blocks, 3)
	assert.Equal(t, BlockEmbed, blocks[1].Kind)
	assert.Equal(t, "Suite du texte.", blocks[2].Text)
}

func TestMultiLineTweetInBlankSeparatedText(t *testing.T) {
	text := "Title\n\nFirst paragraph of the story, which wraps\nover two lines of text.\n\nLine one of the post\nline two of the post\n— Dana (@dana) May 2, 2022\n\nLast paragraph."
	a := parseText(t, text)
	require.Len(t, a.Embeds, 1)
	assert.Equal(t, "Line one of the post\nline two of the post", a.Embeds[0].Text)
	assert.Equal(t, "First paragraph of the story, which wraps over two lines of text.", a.Sections[0].Blocks[0].Text)
}

func TestHeadings(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		at    int
		want  bool
	}{
		{"short line before paragraph", []string{"Titre", "Un long paragraphe de texte qui suit.", "Le soutien politique", "Un autre long paragraphe de texte qui suit le titre."}, 2, true},
		{"question", []string{"T", "Paragraphe.", "Et maintenant ?", "La suite est un long paragraphe de texte."}, 2, true},
		{"ends with period", []string{"T", "Paragraphe.", "Une phrase courte.", "La suite est un long paragraphe de texte."}, 2, false},
		{"ends with colon", []string{"T", "Paragraphe.", "Il a déclaré :", "La suite est un long paragraphe de texte."}, 2, false},
		{"lower case", []string{"T", "Paragraphe.", "et puis voilà", "La suite est un long paragraphe de texte."}, 2, false},
		{"longer than next", []string{"T", "Paragraphe.", "Un intertitre assez long pour un titre", "Court."}, 2, false},
		{"last line", []string{"T", "Paragraphe.", "Fin"}, 2, false},
		{"first line", []string{"Titre", "Un long paragraphe de texte qui suit."}, 0, false},
		{"url", []string{"T", "P.", "Voir https://example.com", "La suite est un long paragraphe de texte."}, 2, false},
		{"before list", []string{"T", "P.", "Les mesures", "- une mesure"}, 2, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, isHeading(tc.lines, tc.at))
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	cases := []struct{ want, text string }{
		{"fr", "Le président de la République a annoncé lundi un plan pour les entreprises qui sont dans la difficulté."},
		{"en", "The president said on Monday that the plan would help the companies that have been struggling."},
		{"de", "Der Präsident hat am Montag gesagt, dass der Plan den Unternehmen helfen wird, die nicht mehr weiter wissen."},
		{"es", "El presidente dijo el lunes que el plan ayudará a las empresas que están en dificultades por la crisis."},
		{"it", "Il presidente ha detto lunedì che il piano aiuterà le imprese che sono in difficoltà per la crisi."},
		{"pt", "O presidente disse na segunda-feira que o plano vai ajudar as empresas que estão em dificuldade com a crise."},
		{"nl", "De president zei maandag dat het plan de bedrijven zal helpen die het moeilijk hebben door de crisis."},
		{"", "OK"},
		{"", "12345 67890"},
	}
	for _, tc := range cases {
		t.Run(tc.want+"/"+tc.text[:min(len(tc.text), 20)], func(t *testing.T) {
			assert.Equal(t, tc.want, DetectLanguage(tc.text))
		})
	}
}

func TestPlainTextWithoutTitleOrSummary(t *testing.T) {
	a := parseText(t, "Ceci est un long premier paragraphe qui ne ressemble pas à un titre, car il se termine par un point et compte bien plus de douze mots au total.\nUn second paragraphe suit.")
	assert.Empty(t, a.Title)
	assert.Nil(t, a.Summary)
	assert.Equal(t, "fr", a.Language)
	assert.Contains(t, a.Text, "Un second paragraphe suit.")
}

func TestEnglishText(t *testing.T) {
	a := parseText(t, "Storm hits the coast\nA powerful storm hit the coast on Monday, the weather service said.\nKey points\n- Winds of 150 km/h\n- Thousands without power\nWhat comes next\nForecasters expect the storm to weaken over the next two days as it moves inland.")
	assert.Equal(t, "Storm hits the coast", a.Title)
	assert.Equal(t, "A powerful storm hit the coast on Monday, the weather service said.", a.Standfirst)
	require.NotNil(t, a.Summary)
	assert.Equal(t, []string{"Winds of 150 km/h", "Thousands without power"}, a.Summary.Points)
	require.Len(t, a.Sections, 1)
	assert.Equal(t, "What comes next", a.Sections[0].Heading)
	assert.Equal(t, "en", a.Language)
}

func TestTextInputErrors(t *testing.T) {
	_, err := ParseText(context.Background(), testConfig(), strings.NewReader(" \n\t\n"), Input{})
	assert.ErrorIs(t, err, ErrEmpty)
	_, err = ParseText(context.Background(), testConfig(), strings.NewReader("\x00\x01\x02binary"), Input{})
	assert.ErrorIs(t, err, ErrBinary)
	cfg := NewConfig()
	cfg.Limits.MaxInputBytes = 10
	cfg.Freeze()
	_, err = ParseText(context.Background(), cfg, strings.NewReader(strings.Repeat("a", 11)), Input{})
	assert.ErrorIs(t, err, ErrTooLarge)
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ParseText(ctx, testConfig(), strings.NewReader("Titre\nTexte."), Input{})
	assert.ErrorIs(t, err, context.Canceled)
}

func FuzzParseTweetSignature(f *testing.F) {
	for _, s := range []string{
		"— Satya Nadella (@satyanadella) February 26, 2024",
		"&mdash; A (@a) 1er mars 2024 https://twitter.com/a/status/1",
		"-- x (@y)", "— (@)", "— \xff (@a_b) 31/02/2024",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		e, ok := ParseTweetSignature(line)
		if !ok {
			return
		}
		assert.Equal(t, EmbedTweet, e.Kind)
		assert.NotContains(t, e.Handle, "@")
		if e.Published != nil {
			var back Date
			require.NoError(t, back.UnmarshalJSON([]byte(`"`+e.Published.String()+`"`)))
		}
	})
}

// TestDeclaredLanguageOverruled checks that a page's declared language
// yields to the language its text is plainly in (a theme's lang="en" over
// a French article), and stands when the text is short or a table of
// names.
func TestDeclaredLanguageOverruled(t *testing.T) {
	french := strings.Repeat("<p>Le conseil municipal a voté lundi le budget de la ville, qui prévoit une hausse des dépenses pour les écoles et les transports, selon le maire qui a présenté le texte devant les élus.</p>", 3)
	for _, c := range []struct{ lang, body, want string }{
		{"en", french, "fr"},
		{"en-US", french, "fr"},
		{"fr", french, "fr"},
		{"ja", french, "ja"}, // a language the detector does not know stands
		{"en", "<p>Le conseil a voté le budget.</p>", "en"}, // too short to overrule
	} {
		page := `<html lang="` + c.lang + `"><head><title>Le budget voté</title></head><body><article><h1>Le budget voté</h1>` + c.body + `</article></body></html>`
		a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
		require.NoError(t, err)
		assert.Equal(t, c.want, a.Language, c.lang)
	}
	results := strings.Repeat("1. Anna a Costa, 12,5 s; 2. Lea e Silva, 12,9 s; 3. Mia o Souza, 13,1 s; 4. Ida a Lima, 13,4 s\n", 16)
	assert.Empty(t, plainLanguage(results), "one-letter words are no evidence")
	assert.Equal(t, "pt", DetectLanguage(results), "as they are for a text with no declared language")
}
