package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsIntlBylines checks the bylines printed under the headline in
// the conventions of several languages, each on a page in that language.
func TestAuthorsIntlBylines(t *testing.T) {
	cases := []struct {
		name, lang, header string
		want               []string
	}{
		{"German Von", "de", `<p class="meta">Von Anna Weber</p>`, []string{"Anna Weber"}},
		{"German Von two and agency", "de", `<p>Von Anna Weber und Jonas Schmidt, dpa</p>`, []string{"Anna Weber", "Jonas Schmidt", "dpa"}},
		{"German Von with date", "de", `<p>Von Anna Weber | 12.03.2024, 14:30 Uhr</p>`, []string{"Anna Weber"}},
		{"Spanish Por", "es", `<p>Por María López</p>`, []string{"María López"}},
		{"Spanish Por place", "es", `<p>Por María López / Madrid</p>`, []string{"María López"}},
		{"Italian di", "it", `<p>di Marco Rossi</p>`, []string{"Marco Rossi"}},
		{"Portuguese Por", "pt-BR", `<p>Por João Silva, g1</p>`, []string{"João Silva"}},
		{"Dutch Door", "nl", `<p>Door Jan de Vries</p>`, []string{"Jan de Vries"}},
		{"Polish Autor", "pl", `<p>Autor: Jan Kowalski</p>`, []string{"Jan Kowalski"}},
		{"Swedish Av", "sv", `<p>Av Erik Svensson</p>`, []string{"Erik Svensson"}},
		{"Danish Af", "da", `<p>Af Mette Hansen</p>`, []string{"Mette Hansen"}},
		{"Norwegian Av", "nb", `<p>Av Kari Nordmann og Ola Nordmann</p>`, []string{"Kari Nordmann", "Ola Nordmann"}},
		{"Czech Autor", "cs", `<p>Autor: Jan Novák</p>`, []string{"Jan Novák"}},
		{"Russian Автор", "ru", `<p>Автор: Иван Петров</p>`, []string{"Иван Петров"}},
		{"Indonesian Oleh", "id", `<p>Oleh: Budi Santoso</p>`, []string{"Budi Santoso"}},
		{"Indonesian Penulis", "id", `<p>Penulis: Budi Santoso</p>`, []string{"Budi Santoso"}},
		{"Finnish Teksti", "fi", `<p>Teksti: Matti Virtanen</p>`, []string{"Matti Virtanen"}},
		{"Turkish Yazar", "tr", `<p>Yazar: Ayşe Yılmaz</p>`, []string{"Ayşe Yılmaz"}},
		{"Romanian Autor", "ro", `<p>Autor: Ion Popescu</p>`, []string{"Ion Popescu"}},
		{"Croatian Piše", "hr", `<p>Piše: Ivan Horvat</p>`, []string{"Ivan Horvat"}},
		{"Hungarian Szerző", "hu", `<p>Szerző: Kovács Péter</p>`, []string{"Kovács Péter"}},
		{"Ukrainian Автор", "uk", `<p>Автор: Олена Коваль</p>`, []string{"Олена Коваль"}},
		{"Greek Συντάκτης", "el", `<p>Συντάκτης: Γιώργος Παπαδόπουλος</p>`, []string{"Γιώργος Παπαδόπουλος"}},
		{"Vietnamese", "vi", `<p>Tác giả: Nguyễn Văn An</p>`, []string{"Nguyễn Văn An"}},
		{"Italian a cura di", "it", `<p>A cura di Giulia Bianchi</p>`, []string{"Giulia Bianchi"}},
		{"Spanish Escrito por", "es", `<p>Escrito por Ana García</p>`, []string{"Ana García"}},
		{"Portuguese Texto", "pt", `<p>Texto: Ana Souza</p>`, []string{"Ana Souza"}},
		{"Spanish job and place after the name", "es", `<p>Por María López, Corresponsal en Bruselas</p>`, []string{"María López"}},
		{"Italian job and place after the name", "it", `<p>di Marco Rossi, inviato a Kiev</p>`, []string{"Marco Rossi"}},
		{"English dateline then a second name", "en", `<p>By Jane Doe, Paris, and John Roe</p>`, []string{"Jane Doe", "John Roe"}},
		{"Spanish newsroom", "es", `<p>Por Redacción El Tiempo</p>`, nil},
		{"Italian newsroom in the meta", "it", `<p class="author">Redazione Web</p>`, nil},
		{"Ukrainian name that starts like a prefix", "uk", `<p class="byline">Oleh Petrenko</p>`, []string{"Oleh Petrenko"}},
		{"German class byline", "de", `<div class="author">Anna Weber</div>`, []string{"Anna Weber"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, "", tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// TestAuthorsReconcile checks which source names the author when the
// JSON-LD, the author metas and the printed byline disagree.
func TestAuthorsReconcile(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	site := `<meta property="og:site_name" content="Stadtblatt">`
	cases := []struct {
		name, lang, head, header string
		want                     []string
	}{
		{"organisation in JSON-LD, person in byline", "de", site + ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Organization","name":"Stadtblatt"}}`),
			`<p>Von Anna Weber</p>`, []string{"Anna Weber"}},
		{"Redaktion in meta, person in byline", "de", site + `<meta name="author" content="Redaktion">`,
			`<p>Von Anna Weber</p>`, []string{"Anna Weber"}},
		{"Redaktion in meta only", "de", site + `<meta name="author" content="Redaktion Stadtblatt">`,
			``, nil},
		{"site name in meta, person in byline", "de", site + `<meta name="author" content="Stadtblatt">`,
			`<p>Von Anna Weber</p>`, []string{"Anna Weber"}},
		{"profile URL in article:author, name in meta", "en", `<meta property="article:author" content="https://www.facebook.com/annaweber"><meta name="author" content="Anna Weber">`,
			``, []string{"Anna Weber"}},
		{"profile URL in JSON-LD name, person in byline", "en", ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"https://www.stadtblatt.example/autor/anna-weber"}}`),
			`<p>By Anna Weber</p>`, []string{"Anna Weber"}},
		{"handle in JSON-LD, person in byline", "es", ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"@mlopez"}}`),
			`<p>Por María López</p>`, []string{"María López"}},
		{"Newsroom in JSON-LD, person in byline", "en", ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"Newsroom"}}`),
			`<p>By Jane Doe</p>`, []string{"Jane Doe"}},
		{"Staff in JSON-LD, person in byline", "en", ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"Staff"}}`),
			`<p>By Jane Doe</p>`, []string{"Jane Doe"}},
		{"Redacción in JSON-LD, person in byline", "es", ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"Redacción"}}`),
			`<p>Por María López</p>`, []string{"María López"}},
		{"site org in JSON-LD, rel author link", "en", site + ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Organization","name":"Stadtblatt"}}`),
			`<p><a rel="author" href="/author/jane-doe">Jane Doe</a></p>`, []string{"Jane Doe"}},
		{"person in JSON-LD, byline adds the site", "en", site + ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"Jane Doe"}}`),
			`<p>By Jane Doe, Stadtblatt</p>`, []string{"Jane Doe"}},
		{"site in meta, person in class byline", "en", site + `<meta name="author" content="Stadtblatt">`,
			`<div class="byline"><a href="/author/jane-doe">Jane Doe</a></div>`, []string{"Jane Doe"}},
		{"person in meta, organization JSON-LD", "en", site + `<meta name="author" content="Jane Doe">` + ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Organization","name":"Stadtblatt"}}`),
			``, []string{"Jane Doe"}},
		{"Redaktion in JSON-LD person", "de", ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"Redaktion"}}`),
			``, nil},
		{"date as JSON-LD name", "en", ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Person","name":"12.03.2024"}}`),
			``, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, tc.head, tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}
