package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsWorldBylines checks bylines of other languages that used to
// come out wrong: a place after the name read as a second author, a join
// word not known or in capitals, a job word of another language, a
// surname cut at its article, a footnote mark, the Greek article before a
// name, the place of an agency's dateline, a Japanese byline in brackets.
func TestAuthorsWorldBylines(t *testing.T) {
	cases := []struct {
		name, lang, header string
		want               []string
	}{
		{"Portuguese place after de", "pt-BR", `<p class="byline">Por João da Silva, de São Paulo</p>`, []string{"João da Silva"}},
		{"Portuguese place after do", "pt-BR", `<p class="byline">Por Ana Souza, do Rio, e Pedro Alves</p>`, []string{"Ana Souza", "Pedro Alves"}},
		{"Spanish agency after de", "es", `<p class="byline">Por Juan Pérez, de EFE</p>`, []string{"Juan Pérez", "EFE"}},
		{"Spanish place after en", "es", `<p class="byline">Por Juan Pérez, en Madrid</p>`, []string{"Juan Pérez"}},
		{"English place after from", "en", `<p class="byline">By Jane Doe, from Kyiv</p>`, []string{"Jane Doe"}},
		{"Dutch en still joins", "nl", `<p class="byline">Door Jan van der Berg en Els de Vries</p>`, []string{"Jan van der Berg", "Els de Vries"}},
		{"Turkish ve", "tr", `<p class="byline">Ahmet Yılmaz ve Ayşe Demir</p>`, []string{"Ahmet Yılmaz", "Ayşe Demir"}},
		{"Romanian și", "ro", `<p class="byline">Autor: Ion Popescu și Maria Ionescu</p>`, []string{"Ion Popescu", "Maria Ionescu"}},
		{"Polish oraz", "pl", `<p class="byline">Autor: Jan Kowalski oraz Anna Nowak</p>`, []string{"Jan Kowalski", "Anna Nowak"}},
		{"Turkish Haber label", "tr", `<p class="byline">Haber: Ahmet Yılmaz</p>`, []string{"Ahmet Yılmaz"}},
		{"Arabic article in a surname", "en", `<p class="byline">By Abdullah bin Hamad al-Thani</p>`, []string{"Abdullah bin Hamad al-Thani"}},
		{"Dutch elided article in a surname", "nl", `<p class="byline">Door Peter van 't Hof</p>`, []string{"Peter van 't Hof"}},
		{"Greek genitive article", "el", `<p class="byline">Της Μαρίας Παπαδοπούλου</p>`, []string{"Μαρίας Παπαδοπούλου"}},
		{"Spanish agency dateline", "es", `<p class="byline">Madrid (EFE)</p>`, []string{"EFE"}},
		{"Writer and agency in brackets", "fr", `<p class="byline">Jean Dupont (AFP)</p>`, []string{"Jean Dupont", "AFP"}},
		{"Spanish names in capitals", "es", `<p class="byline">Por JUAN PÉREZ Y ANA GÓMEZ</p>`, []string{"JUAN PÉREZ", "ANA GÓMEZ"}},
		{"Initial in capitals", "en", `<p class="byline">By JOHN E SMITH</p>`, []string{"JOHN E SMITH"}},
		{"Footnote mark after a name", "pt-BR", `<p class="byline">Por Ana Souza*</p>`, []string{"Ana Souza"}},
		{"Finnish job before the name", "fi", `<p class="byline">Toimittaja Matti Virtanen</p>`, []string{"Matti Virtanen"}},
		{"Turkish job after a place", "tr", `<p class="byline">Ahmet Yılmaz / Ankara Muhabiri</p>`, []string{"Ahmet Yılmaz"}},
		{"Japanese reporter in brackets", "ja", `<p>（山田太郎記者）</p>`, []string{"山田太郎"}},
		{"Japanese place and names in brackets", "ja", `<p>【ワシントン＝佐藤花子、鈴木一郎】</p>`, []string{"佐藤花子", "鈴木一郎"}},
		{"Japanese note in brackets", "ja", `<p>（注：写真は資料）</p>`, nil},
		{"closing bracket alone", "ja", `<p>山田太郎記者）</p>`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, "", tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// TestAuthorsHeaderAgency checks that an agency printed alone under the
// headline is the author of a page that names no one else, and that the
// credit of a photo is not.
func TestAuthorsHeaderAgency(t *testing.T) {
	cases := []struct {
		name, header string
		want         []string
	}{
		{"agency credit", `<p class="credit">JIJI</p>`, []string{"JIJI"}},
		{"two agencies", `<div class="source">APA/AP</div>`, []string{"APA", "AP"}},
		{"photo credit", `<figure><img src="a.jpg" alt=""><figcaption>AFP</figcaption></figure>`, nil},
		{"agency and a word", `<p class="credit">AFP video</p>`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage("en", "", tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// TestAuthorsApposition checks that a phrase about the writer after a
// comma, which a joining word cuts in two, gives no authors, while names
// and an agency after a comma still do.
func TestAuthorsApposition(t *testing.T) {
	cases := []struct {
		name, lang, author string
		want               []string
	}{
		{"English faculty", "en", "John Smith, Leeds University Faculty of Law and social sciences professor", []string{"John Smith"}},
		{"Lithuanian faculty", "lt", "Jonas Petraitis, Vilniaus universiteto Teisės ir politikos mokslų fakulteto profesorius", []string{"Jonas Petraitis"}},
		{"two writers", "en", "John Smith, Jane Doe and Ann Lee", []string{"John Smith", "Jane Doe", "Ann Lee"}},
		{"writer and agency", "de", "David Hutzler, dpa", []string{"David Hutzler", "dpa"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, `<meta name="author" content="`+tc.author+`">`, ""))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}
