package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mediaStory is the text of a press release that a template sets beside
// its picture, inside an element whose class names the picture viewer.
var mediaStory = []string{
	"The relief agency said on Tuesday that floods and storms had forced more people from their homes this year than in any year since it began to keep records, and that the number was still rising.",
	"Its teams now send money to families before a storm arrives, when the forecasts agree that it will strike, so that they can move their animals, buy food and leave before the roads are cut.",
	"The approach costs less than aid sent after the disaster, the agency said, and it has been tried in seventeen countries since it began, with good results in the river deltas of the south.",
	"At the conference next month, the agency will ask governments to set aside part of their aid budgets for such early action, and to share the forecasts that make it possible in time.",
	"Aid groups that work in the same regions have begun to follow the same plan, and some governments have written it into their own laws on disasters, the agency added in its statement.",
	"It warned, though, that the money set aside so far covers only a small share of the people at risk, and that most of the forecasts still reach the villages too late to be of any use.",
}

// mediaLead is the lead paragraph, set apart above the picture.
const mediaLead = "More people than ever had to leave their homes because of floods and storms this year, the relief agency reported in a statement ahead of the climate conference. " +
	"Over a hundred million were hit by floods, droughts, storms and fires since the start of last year, and some thousands lost their lives in the worst of them. " +
	"Hundreds of millions more lived through heat waves that their towns were not built for, the statement added, most of them in the poorest countries of the world. " +
	"\"We expect the number of people who need help because of the climate to double by the middle of the century,\" the agency's head said, \"unless we act before the disasters and not only after them.\" " +
	"The agency wants to show its work at the conference, where it will host a meeting of the aid groups that share its plans."

// parseMediaPage parses a page whose story, after a lead paragraph, is
// set in the element opened by wrap.
func parseMediaPage(t *testing.T, wrap string) *Article {
	t.Helper()
	page := `<html><head><title>Floods force more people from their homes</title><meta property="og:type" content="article">` +
		`<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body>` +
		`<div class="page-head"><h1>Floods force more people from their homes</h1></div>` +
		`<div class="page-body"><div class="textblock"><p>` + mediaLead + `</p></div>` +
		wrap + `<figure><img src="/flood.jpg" alt=""><figcaption>A flooded village.</figcaption></figure>` +
		`<div class="media-body"><p>` + strings.Join(mediaStory, "</p><p>") + `</p></div></div></div>` +
		`<div class="page-side"><ul><li><a href="/a">Press releases</a></li><li><a href="/b">Contact</a></li></ul></div></body></html>`
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	return a
}

func TestMediaWrapperHoldsStory(t *testing.T) {
	a := parseMediaPage(t, `<div class="media media--left js-lightbox-gallery">`)
	assert.Contains(t, a.Text, mediaLead)
	for _, p := range mediaStory {
		assert.Contains(t, a.Text, p)
	}
}

func TestMediaWrapperCaptionsLeftOut(t *testing.T) {
	// A gallery of captions beside the story is still left out.
	a := parseMediaPage(t, `<div class="gallery"><p>A flooded road, seen from the bridge.</p><p>Families wait for the boats.</p></div><div class="story">`)
	assert.Contains(t, a.Text, mediaStory[1])
	assert.NotContains(t, a.Text, "Families wait")
}
