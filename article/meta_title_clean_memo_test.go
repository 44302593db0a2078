package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCleanRemembered checks clean, which remembers, against cleanTitle
// as the site's names and the <h1> keys change under it.
func TestCleanRemembered(t *testing.T) {
	titles := []string{"A brief intro to git • Jane Doe", "Un titre | Le Monde", "Le Monde : Un titre",
		"Acme Classic T-Shirt - Black", "Plain title"}
	ts := &titleSources{og: titles[:1], page: titles[1:2]}
	check := func(when string) {
		for range 2 {
			for _, m := range titles {
				assert.Equal(t, ts.cleanTitle(m), ts.clean(m), "%s: %s", when, m)
			}
		}
	}
	check("no site")
	assert.Equal(t, titles[0], ts.clean(titles[0]))
	ts.sites, ts.names = []string{"le monde", "acme"}, 2
	ts.forgetCleaned()
	check("sites")
	assert.Equal(t, "Un titre", ts.clean(titles[1]))
	pm := collectMeta(mustParse(t, `<html><body><h1>Jane Doe</h1><h1>Classic T-Shirt</h1></body></html>`), 0)
	ts.addSiteH1s(pm.h1s)
	check("site <h1>s")
	assert.Equal(t, "A brief intro to git", ts.clean(titles[0]))
	ts.readHeads(pm.h1s)
	check("heads")
	ts.sites = append(ts.sites, "un titre monde")
	ts.dropTitleSites()
	check("title sites")
	for i := range maxCleanedTitles + 2 {
		ts.clean(string(rune('a' + i)))
	}
	assert.Len(t, ts.cleaned, maxCleanedTitles, "bounded")
	check("full")
}
