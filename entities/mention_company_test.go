package entities

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
)

// TestCompanyNoun checks that a one-word name after a noun for a
// company is an organisation, not a person.
func TestCompanyNoun(t *testing.T) {
	kinds := recognizedKinds(t, "fr", "Les relevés de vent fournis par le site Ventolo montrent des rafales à Brest.")
	assert.Equal(t, article.EntityOrganization, kinds["Ventolo"], "%v", kinds)
	cases := []struct {
		typ, prev, want string
	}{
		{TypePER, "site", TypeORG}, {TypePER, "retailer", TypeORG}, {TypePER, "chez", TypePER},
		{TypeLOC, "site", TypeLOC}, {TypePER, "", TypePER},
	}
	for _, c := range cases {
		m := mention{typ: c.typ, toks: Tokenize("Ventolo")}
		assert.Equal(t, c.want, companyType(m, c.prev), c.prev)
	}
}
