package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsRoleCredits checks that the people a byline credits for the
// photos, the illustrations, the editing, the translation or additional
// reporting are not read as authors, in several languages, and that a
// reviewer written after the names is set apart.
func TestAuthorsRoleCredits(t *testing.T) {
	checkWorldCases(t, []worldCase{
		{"edited after a full stop", "en", `<p>By Jane Doe. Edited by John Roe</p>`, []string{"Jane Doe"}},
		{"photos after a semicolon", "en", `<p>By Jane Doe; photos by John Roe</p>`, []string{"Jane Doe"}},
		{"additional reporting", "en", `<p>By Jane Doe. Additional reporting by John Roe</p>`, []string{"Jane Doe"}},
		{"illustrations after a bar", "en", `<p>By Jane Doe | Illustrations by John Roe</p>`, []string{"Jane Doe"}},
		{"French photos", "fr", `<p>Par Jean Dupont. Photos : Marie Martin</p>`, []string{"Jean Dupont"}},
		{"Spanish edition", "es", `<p>Texto: María López. Edición: Juan Pérez</p>`, []string{"María López"}},
		{"Spanish edited", "es", `<p>Por María López. Editado por Juan Pérez</p>`, []string{"María López"}},
		{"Polish photos", "pl", `<p>Autorka: Anna Nowak. Zdjęcia: Jan Kowalski</p>`, []string{"Anna Nowak"}},
		{"Russian photo", "ru", `<p>Автор: Иван Петров. Фото: Олег Смирнов</p>`, []string{"Иван Петров"}},
		{"reviewer in the next span", "en", `<div class="byline"><span class="author">Jane Doe</span> <span>Reviewed by John Roe</span></div>`, []string{"Jane Doe"}},
		{"reviewer joined without a space", "en", `<div class="byline"><span class="author">Jane Doe</span><span>Reviewed by John Roe</span></div>`, []string{"Jane Doe"}},
		{"reviewer alone still counts", "en", `<div class="byline">Reviewed by John Roe</div>`, []string{"John Roe"}},
		{"co-author kept", "en", `<p>By Jane Doe with John Roe</p>`, []string{"Jane Doe", "John Roe"}},
		{"job title with representative", "en", `<p class="byline">Jane Doe, Candidate Representative to the Board</p>`, []string{"Jane Doe"}},
	})
}

// TestAuthorsLDNameList checks that a JSON-LD person whose name is written
// as a list is read.
func TestAuthorsLDNameList(t *testing.T) {
	head := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",` +
		`"headline":"Eine Schlagzeile von einiger Länge","author":{"@type":"Person","name":["Jane Doe"]}}</script>`
	a := parsePage(t, intlPage("en", head, ""))
	assert.Equal(t, []string{"Jane Doe"}, authorNames(a.Authors))
}
