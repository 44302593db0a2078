package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuiltInDateLabelsAreLowerCase(t *testing.T) {
	for _, list := range [][]string{morePublishedLabels, moreModifiedLabels, otherDateLabels} {
		for _, l := range list {
			require.NotEmpty(t, l)
			assert.Equal(t, strings.ToLower(l), l)
		}
	}
}

func TestLastLabelLowerCase(t *testing.T) {
	cases := []struct {
		s      string
		labels []string
		want   int
	}{
		{"updated 3 may, updated", []string{"updated"}, 15},
		{"updated: 3 may", []string{"posted", "updated"}, 0},
		{"published, then updated", []string{"updated", "published"}, 16},
		{"outdated updatedx updated", []string{"updated"}, 18},
		{"updatedx", []string{"updated"}, -1},
		{"", []string{"updated"}, -1},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, lastLabel(c.s, c.labels), c.s)
	}
}

func TestLangLabelsLowerCasedOnce(t *testing.T) {
	lang := &Language{Tag: "xx", PublishedLabels: []string{"Publié le"}, ModifiedLabels: []string{"MIS À JOUR le"}}
	dc := &dateCands{langs: []*Language{lang}}
	got := dc.langLabels()
	require.Len(t, got, 1)
	assert.Equal(t, []string{"publié le"}, got[0].published)
	assert.Equal(t, []string{"mis à jour le"}, got[0].modified)
	assert.Equal(t, "Publié le", lang.PublishedLabels[0], "the language is not changed")
	assert.Same(t, &got[0], &dc.langLabels()[0], "computed once per parse")

	assert.True(t, dc.isModifiedLabel("Publié le 3 mai, Mis à jour le"))
	assert.False(t, dc.isModifiedLabel("Mis à jour le 3 mai, publié le"))
	assert.NotNil(t, (&dateCands{}).langLabels())
}

// TestCurrentTimeLabel checks that the day a forum prints as the time of
// the visit ("It is currently", "Aktuelle Zeit") does not date the page.
func TestCurrentTimeLabel(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "english", header: `<p>It is currently October 14, 2020</p><p>January 21, 2009</p>`, pub: "2009-01-21"},
		{name: "german", header: `<p>Aktuelle Zeit: 14.10.2020</p><p>21.01.2009</p>`, pub: "2009-01-21"},
	})
}
