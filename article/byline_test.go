package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func testLanguages() []*Language { return testConfig().Languages() }

func authorNames(as []Author) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestBylines(t *testing.T) {
	r := bylineReader{langs: testLanguages(), strict: true}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		// French
		{"Par Jean Dupont et Marie Martin, avec AFP", []string{"Jean Dupont", "Marie Martin", "AFP"}},
		{"Par Jean Dupont", []string{"Jean Dupont"}},
		{"PAR JEAN DUPONT", []string{"JEAN DUPONT"}},
		{"Propos recueillis par Marie Martin", []string{"Marie Martin"}},
		{"Recueilli par Patrick Angevin", []string{"Patrick Angevin"}},
		{"Recueillis par Jean Roux et Anne Lee", []string{"Jean Roux", "Anne Lee"}},
		{"Entretien réalisé par Claire Roux", []string{"Claire Roux"}},
		{"Texte : Paul Durand", []string{"Paul Durand"}},
		{"Auteur : Paul Durand", []string{"Paul Durand"}},
		{"Source :", nil},
		{"Stand: 12.10.2022", nil},
		{"Jane Doe:", []string{"Jane Doe"}},
		{"Par Laura Jordán / Javier Urbina", []string{"Laura Jordán", "Javier Urbina"}},
		{"By Jane Doe/John Roe", []string{"Jane Doe", "John Roe"}},
		{"Texte : Jean Dupont / Photos : Marc Roux", []string{"Jean Dupont"}},
		{"Écrit par Paul Durand", []string{"Paul Durand"}},
		{"Par Jean Dupont, journaliste", []string{"Jean Dupont"}},
		{"Par Jean Dupont (AFP)", []string{"Jean Dupont", "AFP"}},
		{"Par Jean Dupont - Publié le 26 février 2024 à 14h30", []string{"Jean Dupont"}},
		{"Par Jean Dupont | Mis à jour le 1er mars 2024", []string{"Jean Dupont"}},
		{"Par Anne-Sophie de La Tour", []string{"Anne-Sophie de La Tour"}},
		{"Par Jean Dupont, envoyé spécial", []string{"Jean Dupont"}},
		// English
		{"By John Smith and Jane Doe", []string{"John Smith", "Jane Doe"}},
		{"By John Smith, Jane Doe and Bob Lee", []string{"John Smith", "Jane Doe", "Bob Lee"}},
		{"By John Smith & Jane Doe", []string{"John Smith", "Jane Doe"}},
		{"Written by Jane Doe", []string{"Jane Doe"}},
		{"By Jane Doe, Staff Writer", []string{"Jane Doe"}},
		{"By Jane Doe | March 1, 2024", []string{"Jane Doe"}},
		{"By Jane Doe jane.doe@example.com", []string{"Jane Doe"}},
		{"By Jane Doe @janedoe", []string{"Jane Doe"}},
		{"By Reuters", []string{"Reuters"}},
		{"By Associated Press", []string{"Associated Press"}},
		{"By Jane Doe, PhD", []string{"Jane Doe, PhD"}},
		{"By Dylan Bailey, MS, RD", []string{"Dylan Bailey, MS, RD"}},
		// other languages, through the built-in words
		{"Von Anna Weber und dpa", []string{"Anna Weber", "dpa"}},
		{"Por Ana García y Luis Pérez", []string{"Ana García", "Luis Pérez"}},
		// junk that names no one
		{"Par la rédaction", nil},
		{"La Rédaction", nil},
		{"By Staff", nil},
		{"Admin", nil},
		{"Publié le 26 février 2024 à 14h30, mis à jour le 1er mars 2024", nil},
		{"March 1, 2024", nil},
		{"26/02/2024", nil},
		{"https://www.example.com/authors/jane", nil},
		{"@janedoe", nil},
		{"by the time we got there it was over and done with", nil},
	} {
		assert.Equal(t, tc.want, authorNames(r.read(tc.in)), tc.in)
	}
}

func TestBylinesLoose(t *testing.T) {
	r := bylineReader{langs: testLanguages()}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"jane doe", []string{"jane doe"}},
		{"Jane Doe, John Smith", []string{"Jane Doe", "John Smith"}},
		{"2024-02-26", nil},
		{"Rédaction", nil},
	} {
		assert.Equal(t, tc.want, authorNames(r.read(tc.in)), tc.in)
	}
}

func TestMergeAuthors(t *testing.T) {
	ld := []Author{{Name: "Jean Dupont", URL: "https://x.example/jd"}, {Name: "Marie Martin"}}
	printed := []Author{{Name: "Marie Martin"}, {Name: "Jean Dupont"}, {Name: "AFP"}}
	got := mergeAuthors(ld, printed)
	assert.Equal(t, []string{"Marie Martin", "Jean Dupont", "AFP"}, authorNames(got))
	assert.Equal(t, "https://x.example/jd", got[1].URL)

	other := []Author{{Name: "Paul Durand"}, {Name: "Reuters"}}
	assert.Equal(t, []string{"Jean Dupont", "Marie Martin", "Reuters"}, authorNames(mergeAuthors(ld[:2:2], other)))
	assert.Equal(t, []string{"Paul Durand", "Reuters"}, authorNames(mergeAuthors(nil, other)))
}
