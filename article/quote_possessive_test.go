package article_test

import (
	"strings"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuotePossessiveLeadsToPerson checks that the possessive of a body
// before a person's name ("NYU's Scott Galloway") leaves the person as
// the speaker, found by a known first name or by a person's entity (not
// the body's), and
// that a name whose possessive leads to no person stays whole.
func TestQuotePossessiveLeadsToPerson(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"first name", "Apple won the “award for pouring salt,” Halden's Scott Marlow says.", "Scott Marlow"},
		{"inverted", "“We will grow,” said Nexora's Anna Berg.", "Anna Berg"},
		{"no person", "“Screening saves lives,” said the Women's Health Initiative.", "Women's Health Initiative"},
	})
	text := "“You have to ask whether you want this,” the Varga Union's Jory Stanek tells reporters."
	org, start := strings.Index(text, "Varga"), strings.Index(text, "Jory")
	a := paragraphArticle("en", text,
		article.Entity{Name: "Varga Union", Kind: article.EntityOrganization,
			Mentions: []article.Mention{{Text: "Varga Union", Start: org, End: org + len("Varga Union")}}},
		article.Entity{Name: "Jory Stanek", Kind: article.EntityPerson,
			Mentions: []article.Mention{{Text: "Jory Stanek", Start: start, End: start + len("Jory Stanek")}}})
	qs := article.FindQuotes(depeche.New().Config(), a)
	require.Len(t, qs, 1)
	assert.Equal(t, "Jory Stanek", qs[0].Speaker)
}
