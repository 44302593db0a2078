package article

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseTestPage parses a page of the repository's testdata folder.
func parseTestPage(t *testing.T, name string) *Article {
	t.Helper()
	f, err := os.Open("../testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	a, err := ParseHTML(context.Background(), htmlTestConfig(), f, Input{URL: "https://gazette.example/" + name})
	require.NoError(t, err)
	return a
}

func TestTweetInstagramPage(t *testing.T) {
	a := parseTestPage(t, "tweet-instagram-fr.html")
	require.Len(t, a.Embeds, 4)

	tw := a.Embeds[0]
	assert.Equal(t, EmbedTweet, tw.Kind)
	assert.Equal(t, "https://twitter.com/elise_garnier/status/1767654321098765432", tw.URL)
	assert.Equal(t, "1767654321098765432", TweetStatusID(tw.URL))
	assert.Equal(t, "Élise Garnier", tw.Author)
	assert.Equal(t, "elise_garnier", tw.Handle)
	require.NotNil(t, tw.Published)
	assert.Equal(t, "2024-03-12", tw.Published.String())
	assert.Equal(t, "Dix ans déjà ! Rendez-vous du 5 au 7 juillet pour une édition anniversaire #BordsDeLoire avec @MairieMontlouis 🎶 https://t.co/Xy12AbCd pic.twitter.com/Pic98765", tw.Text)
	assert.Equal(t, []string{"https://t.co/Xy12AbCd", "pic.twitter.com/Pic98765"}, tw.Links)
	assert.Equal(t, []string{"MairieMontlouis"}, tw.Mentions)
	assert.Equal(t, []string{"BordsDeLoire"}, tw.Hashtags)

	assert.Equal(t, Embed{Kind: EmbedTweet, URL: "https://x.com/MairieMontlouis/status/1767660000000000000", Handle: "MairieMontlouis"}, a.Embeds[1])
	assert.Equal(t, Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/p/C4fEsTiVaL1/", Author: "Les Marées Basses", Handle: "lesmareesbasses"}, a.Embeds[2])
	assert.Equal(t, Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=Mq3xYz7Ab1c"}, a.Embeds[3])

	// A post counts in the text as the reader sees it, with its credit.
	assert.Contains(t, a.Text, "#BordsDeLoire avec @MairieMontlouis 🎶 https://t.co/Xy12AbCd pic.twitter.com/Pic98765\n— Élise Garnier (@elise_garnier) 12 mars 2024\n\nLa mairie")
	assert.NotContains(t, a.Text, "Voir cette publication")

	// Each embed sits at its place, after the paragraph that announces it.
	var order []string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			switch {
			case b.Kind == BlockEmbed:
				order = append(order, string(a.Embeds[*b.Embed].Kind))
			case strings.Contains(b.Text, "Instagram"), strings.Contains(b.Text, "Rendez-vous"), strings.Contains(b.Text, "Voir cette publication"):
				t.Errorf("embed text in a %s block: %q", b.Kind, b.Text)
			case strings.HasPrefix(b.Text, "La directrice"), strings.HasPrefix(b.Text, "La mairie"), strings.HasPrefix(b.Text, "Le groupe"):
				order = append(order, b.Text[:9])
			}
		}
	}
	assert.Equal(t, []string{"La direct", "tweet", "La mairie", "tweet", "Le groupe", "instagram", "Le groupe", "youtube"}, order)
}

func TestKeyPointsPage(t *testing.T) {
	a := parseTestPage(t, "keypoints-en.html")
	require.NotNil(t, a.Summary)
	assert.Equal(t, "Key points", a.Summary.Label)
	assert.Equal(t, []string{
		"The council voted 31 to 9 to build a 6 km tram line to the harbour.",
		"Construction is due to start next spring and take three years.",
		"The project will cost £240 million, a third paid by the national government.",
	}, a.Summary.Points)
	assert.True(t, strings.HasPrefix(a.Text, "After two years of debate"), a.Text)
	assert.NotContains(t, a.Text, "Construction is due")
	assert.NotContains(t, a.Text, "Bus fares frozen")
}

func TestWindows1252Page(t *testing.T) {
	a := parseTestPage(t, "cp1252-fr.html")
	assert.Equal(t, "Les vendanges commencent en avance dans le Val de Loire", a.Title)
	assert.Contains(t, a.Text, "Sous l’effet de la chaleur, les premières grappes ont été cueillies dès le 20 août")
	assert.Contains(t, a.Text, "« C’est un millésime précoce, mais la qualité est au rendez-vous »")
	assert.Contains(t, a.Text, "12 € à la cave coopérative")
	assert.Contains(t, a.Text, "Un savoir-faire et un cœur d’œuvre")
	assert.NotContains(t, a.Text, "\ufffd")
}
