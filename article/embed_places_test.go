package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseEmbedPage parses page, an article of a magazine's site.
func parseEmbedPage(t *testing.T, page string) *Article {
	t.Helper()
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{URL: "https://magazin.example/ratgeber/gespraeche.html"})
	require.NoError(t, err)
	return a
}

// blockKinds returns the kinds of the body blocks of a, in order.
func blockKinds(a *Article) []BlockKind {
	var kinds []BlockKind
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			kinds = append(kinds, b.Kind)
		}
	}
	return kinds
}

func TestEmbedInListItem(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>How to rent a car</title></head><body><article><h1>How to rent a car</h1>
<p>Renting a car abroad is easier than it looks, as long as you read the contract before you sign it and check the car with the agent.</p>
<ol>
<li><h3>Compare the prices</h3><p>The daily rate is only part of the bill: fees for young drivers, insurance and fuel add up quickly over a week.</p><div class="youtube-player" data-id="Ab3dE5gH7jK"></div></li>
<li><h3>Bring your papers</h3><p>Most companies want a driving licence, a credit card in the driver's name and, outside the country, a passport.</p></li>
</ol>
<p>With a car of your own, the coast road and the small villages along it are yours to discover at your own pace.</p>
</article></body></html>`
	a := parseEmbedPage(t, page)
	require.Len(t, a.Embeds, 1)
	assert.Equal(t, Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=Ab3dE5gH7jK"}, a.Embeds[0])
	// The player follows the list it is written in.
	assert.Equal(t, []BlockKind{BlockParagraph, BlockList, BlockEmbed, BlockParagraph}, blockKinds(a))
}

func TestEmbedNextToLoneBlock(t *testing.T) {
	page := `<!DOCTYPE html><html lang="de"><head><title>Gute Gespräche führen</title></head><body>
<div id="page"><div id="nav"><a href="/">Start</a> <a href="/news">News</a></div>
<div id="content"><div class="detailheader">14.06.2019</div>
<h1>Gute Gespräche führen</h1>
<div class="detail">
<p>Streit mag niemand, und doch begegnet er uns jeden Tag, im Büro wie zu Hause. Wer ein schwieriges Gespräch gut vorbereitet, erspart sich viel Ärger, sagt die Trainerin, die seit Jahren Teams in mittelständischen Firmen begleitet.</p>
<p> <br> </p>
<div class="contentad"><div>Anzeige</div><div class="bn_content"><a href="/banner/1"><img src="/banner/1.png"></a></div></div>
<p> <iframe src="https://www.youtube-nocookie.com/embed/Ab3dE5gH7jK?rel=0" width="560" height="315"></iframe> </p>
<div class="kastenBox"><div class="kastenHead">Weiterführender Link</div><div class="kastenInnerBox"><a href="https://example.org/kurs">Kurs für Führungskräfte</a></div></div>
</div></div></div></body></html>`
	a := parseEmbedPage(t, page)
	require.Len(t, a.Embeds, 1)
	assert.Equal(t, Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=Ab3dE5gH7jK"}, a.Embeds[0])
	// The player ends the body; the advertisement and the link box
	// around it stay out.
	assert.Equal(t, []BlockKind{BlockParagraph, BlockEmbed}, blockKinds(a))
	assert.NotContains(t, a.Text, "Anzeige")
	assert.NotContains(t, a.Text, "Führungskräfte")

	// A player before the lone paragraph opens the body.
	page = `<!DOCTYPE html><html lang="de"><head><title>Gute Gespräche führen</title></head><body>
<div id="page"><div id="nav"><a href="/">Start</a> <a href="/news">News</a></div>
<div id="content"><h1>Gute Gespräche führen</h1>
<div class="detail">
<p> <iframe src="https://www.youtube-nocookie.com/embed/Ab3dE5gH7jK?rel=0" width="560" height="315"></iframe> </p>
<p>Streit mag niemand, und doch begegnet er uns jeden Tag, im Büro wie zu Hause. Wer ein schwieriges Gespräch gut vorbereitet, erspart sich viel Ärger, sagt die Trainerin, die seit Jahren Teams in mittelständischen Firmen begleitet.</p>
<div class="kastenBox"><div class="kastenHead">Weiterführender Link</div><div class="kastenInnerBox"><a href="https://example.org/kurs">Kurs für Führungskräfte</a></div></div>
</div></div></div></body></html>`
	a = parseEmbedPage(t, page)
	require.Len(t, a.Embeds, 1)
	assert.Equal(t, Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=Ab3dE5gH7jK"}, a.Embeds[0])
	assert.Equal(t, []BlockKind{BlockEmbed, BlockParagraph}, blockKinds(a))
}

func TestInstagramBlankCaption(t *testing.T) {
	runEmbedCases(t, []embedCase{
		{name: "caption of no-break spaces", html: `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/CxBlAnK1/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/CxBlAnK1/"><div>Voir cette publication sur Instagram</div></a><p>&nbsp;</p><p>&nbsp;</p><p><a href="https://www.instagram.com/p/CxBlAnK1/">Une publication partagée par Musée des Arts (@museedesarts)</a></p></div></blockquote>`,
			want: Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/p/CxBlAnK1/", Author: "Musée des Arts", Handle: "museedesarts"}},
	})
}
