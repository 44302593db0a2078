package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBodyCollectionContainerDropsReviews(t *testing.T) {
	review := "I bought this sofa two weeks ago and it is the most comfortable seat I have owned, my whole family sits on it every evening now."
	guide := `<h1>Sofas</h1><div class="guide"><p>Choosing a sofa starts with the room: measure the wall, the doors and the stairs before you order, and leave room to walk around it.</p>` +
		`<p>Fabric covers are warm and easy to clean when they come off, while leather ages well and suits homes with pets that shed a lot.</p>` +
		`<p>Our sofas come with a ten-year frame warranty, free delivery to the room of your choice and the removal of your old sofa.</p></div>`
	page := `<html><head><script type="application/ld+json">{"@type":"SearchResultsPage","name":"Sofas"}</script></head><body><main>` +
		guide + `<div class="store-reviews"><h2>What our customers say</h2><p>` + review + `</p></div></main></body></html>`
	a := parsePage(t, page)
	assert.Equal(t, PageTypeCollection, a.PageType)
	assert.Contains(t, a.Text, "ten-year frame warranty")
	assert.NotContains(t, a.Text, "most comfortable seat")
}
