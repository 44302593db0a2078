package entities

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCues checks names found through the cues newsrooms use, and words
// that are never entities, in French and English.
func TestCues(t *testing.T) {
	cases := []struct {
		text string
		want map[string]article.EntityKind // "" = must not be an entity
	}{
		{"M. Dupuis a démissionné mardi.", map[string]article.EntityKind{"Dupuis": article.EntityPerson}},
		{"Mme Garnier, la ministre, était présente.", map[string]article.EntityKind{"Garnier": article.EntityPerson, "Mme Garnier": ""}},
		{"Le PDG de Renault, Luca de Meo, a quitté le groupe.", map[string]article.EntityKind{
			"Renault": article.EntityOrganization, "Luca de Meo": article.EntityPerson, "PDG": ""}},
		{"La start-up Qonto a levé 100 millions d'euros.", map[string]article.EntityKind{"Qonto": article.EntityOrganization}},
		{"Il s'est rendu à Marseille puis en Allemagne.", map[string]article.EntityKind{
			"Marseille": article.EntityLocation, "Allemagne": article.EntityLocation}},
		{"Cette décision a surpris. Malgré tout, l'IA progresse. Dans ce contexte, rien ne change.", map[string]article.EntityKind{
			"Cette": "", "Malgré": "", "Dans": "", "IA": ""}},
		{"Mr. Holloway said the company would appeal.", map[string]article.EntityKind{"Holloway": article.EntityPerson}},
		{"Malgré cela, l'Europe doit faire face à la concurrence des entreprises américaines.", map[string]article.EntityKind{"Europe": article.EntityLocation}},
		{"Germany signed the agreement with the European Commission on Friday.", map[string]article.EntityKind{
			"Germany": article.EntityLocation, "European Commission": article.EntityOrganization}},
		{"Nvidia CEO Jensen Huang spoke in Taipei on Monday.", map[string]article.EntityKind{
			"Nvidia": article.EntityOrganization, "Jensen Huang": article.EntityPerson, "Taipei": article.EntityLocation,
			"CEO": "", "Monday": ""}},
		{"The European Commission fined Apple Inc. on Tuesday.", map[string]article.EntityKind{
			"European Commission": article.EntityOrganization, "Apple Inc.": article.EntityOrganization}},
		{"Face aux géants, l'allemand Aleph Alpha et le chinois Zhipu Qingyan ont levé des fonds.", map[string]article.EntityKind{
			"Aleph Alpha": article.EntityOrganization, "Zhipu Qingyan": article.EntityOrganization}},
		{"L'Allemand Boris Becker a gagné le tournoi.", map[string]article.EntityKind{"Boris Becker": article.EntityPerson}},
		{"However, the AI boom continues.", map[string]article.EntityKind{"However": "", "AI": ""}},
		{"Start on Google Cloud with $300 in credits and 20+ always free products.", map[string]article.EntityKind{
			"Google Cloud": article.EntityOrganization, "20": ""}},
		{"Rank\tBusiness School\tPrevious Ranking\tInternational Students\n1\tStanford Graduate School of Business\t3\t38%\n3\tNYU Stern School of Business\t12\tN/A",
			map[string]article.EntityKind{"NYU Stern School of Business": article.EntityOrganization, "Stanford Graduate School of Business": article.EntityOrganization}},
		{"He joined the Foster School of Business (Washington) in May. The N/A rate is 3.", map[string]article.EntityKind{
			"Foster School of Business": article.EntityOrganization, "N/A": ""}},
		{"Taylor\u00a0Swift | The Eras Tour | The Final Show. Taylor Swift sang.", map[string]article.EntityKind{
			"Taylor Swift": article.EntityPerson, "The Eras Tour": article.EntityMisc}},
		{"Transworld Business Advisors: Transworld is a franchise. FinLink – Trusted Marketplace for Financial Professionals", map[string]article.EntityKind{
			"Transworld Business Advisors": article.EntityOrganization, "FinLink – Trusted Marketplace": ""}},
		{"Star Wars: The Last Jedi is a film by Rian Johnson.", map[string]article.EntityKind{
			"Star Wars: The Last Jedi": article.EntityMisc, "Rian Johnson": article.EntityPerson}},
		{"You can use these designs.\n\nThe Restriction: You cannot commercially exploit the design files without a separate agreement.\n\nThe Protection: It includes an explicit patent license grant.\n\nImport them to Fusion or Blender to plan your work.", map[string]article.EntityKind{
			"Restriction: You": "", "Protection: It": "", "Fusion or Blender": ""}},
		{"The G7 met in Biarritz and 3M paid.", map[string]article.EntityKind{
			"G7": article.EntityOrganization, "3M": article.EntityOrganization}},
	}
	r := New()
	for _, c := range cases {
		ents, err := r.Recognize(&article.Article{Text: c.text})
		require.NoError(t, err)
		got := map[string]article.EntityKind{}
		for _, e := range ents {
			got[e.Name] = e.Kind
		}
		for name, kind := range c.want {
			if kind == "" {
				assert.NotContains(t, got, name, c.text)
			} else {
				assert.Equal(t, kind, got[name], "%s in %q (got %v)", name, c.text, got)
			}
		}
	}
}
