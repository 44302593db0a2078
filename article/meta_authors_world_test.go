package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// worldCase is a header printed under the headline of a page in lang and
// the authors it names.
type worldCase struct {
	name, lang, header string
	want               []string
}

// checkWorldCases parses each case's page and compares its authors.
func checkWorldCases(t *testing.T, cases []worldCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, "", tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// TestAuthorsWorldPrefixes checks the byline words of the large news
// markets whose languages have no extension.
func TestAuthorsWorldPrefixes(t *testing.T) {
	checkWorldCases(t, []worldCase{
		{"Italian Testo di", "it", `<p>Testo di Marco Rossi</p>`, []string{"Marco Rossi"}},
		{"Italian Scritto da", "it", `<p>Scritto da Marco Rossi</p>`, []string{"Marco Rossi"}},
		{"Italian dal nostro inviato", "it", `<p>dal nostro inviato Marco Rossi</p>`, []string{"Marco Rossi"}},
		{"Polish Autorka", "pl", `<p>Autorka: Anna Nowak</p>`, []string{"Anna Nowak"}},
		{"Polish Opracowanie", "pl", `<p>Opracowanie: Anna Nowak</p>`, []string{"Anna Nowak"}},
		{"Czech Autorka", "cs", `<p>Autorka: Jana Nováková</p>`, []string{"Jana Nováková"}},
		{"Norwegian Skrevet av", "nb", `<p>Skrevet av Kari Nordmann</p>`, []string{"Kari Nordmann"}},
		{"Romanian Scris de", "ro", `<p>Scris de Ion Popescu</p>`, []string{"Ion Popescu"}},
		{"Greek Γράφει ο", "el", `<p>Γράφει ο Γιώργος Παπαδόπουλος</p>`, []string{"Γιώργος Παπαδόπουλος"}},
		{"Greek Γράφει η", "el", `<p>Γράφει η Μαρία Παπαδοπούλου</p>`, []string{"Μαρία Παπαδοπούλου"}},
		{"Arabic كتب", "ar", `<p>كتب: أحمد محمد</p>`, []string{"أحمد محمد"}},
		{"Arabic كتبت", "ar", `<p>كتبت: فاطمة علي</p>`, []string{"فاطمة علي"}},
		{"Arabic بواسطة", "ar", `<p>بواسطة أحمد محمد</p>`, []string{"أحمد محمد"}},
		{"Arabic إعداد", "ar", `<p>إعداد: أحمد محمد</p>`, []string{"أحمد محمد"}},
		{"Persian نویسنده", "fa", `<p>نویسنده: علی رضایی</p>`, []string{"علی رضایی"}},
		{"Thai โดย", "th", `<p>โดย สมชาย ใจดี</p>`, []string{"สมชาย ใจดี"}},
		{"Ukrainian Авторка", "uk", `<p>Авторка: Олена Коваль</p>`, []string{"Олена Коваль"}},
		{"Indonesian Reporter", "id", `<p>Reporter: Budi Santoso</p>`, []string{"Budi Santoso"}},
		{"Chinese 作者 with a full-width colon", "zh", `<p>作者：王小明</p>`, []string{"王小明"}},
		{"German von unserem Redakteur", "de", `<p>Von unserem Redakteur Max Muster</p>`, []string{"Max Muster"}},
		{"German von unserer Korrespondentin", "de", `<p>Von unserer Korrespondentin Anna Weber</p>`, []string{"Anna Weber"}},
		{"German mit Material von", "de", `<p>Von Anna Weber, mit Material von dpa</p>`, []string{"Anna Weber", "dpa"}},
		{"Dutch door onze correspondent", "nl", `<p>Door onze correspondent Jan de Vries</p>`, []string{"Jan de Vries"}},
		{"Ukrainian name that starts like a prefix", "uk", `<p class="byline">Oleh Petrenko</p>`, []string{"Oleh Petrenko"}},
	})
}

// TestAuthorsWorldDesks checks that the credits of a desk, in several
// languages, name no one, and that a news agency set apart by a bar or a
// slash counts.
func TestAuthorsWorldDesks(t *testing.T) {
	checkWorldCases(t, []worldCase{
		{"Turkish Haber Merkezi", "tr", `<p class="author">Haber Merkezi</p>`, nil},
		{"Greek Σύνταξη", "el", `<p class="author">Σύνταξη</p>`, nil},
		{"Spanish Agencias", "es", `<p class="author">Agencias</p>`, nil},
		{"Hindi news desk", "hi", `<p class="author">न्यूज़ डेस्क</p>`, nil},
		{"Spanish agency after a bar", "es", `<p>Por María López | EFE</p>`, []string{"María López", "EFE"}},
		{"Swedish agency after a slash", "sv", `<p>Av Erik Svensson/TT</p>`, []string{"Erik Svensson", "TT"}},
		{"Turkish agency after a bar", "tr", `<p>Yazar: Ayşe Yılmaz | AA</p>`, []string{"Ayşe Yılmaz", "AA"}},
		{"Indonesian national agency", "id", `<p>Penulis: Budi Santoso, Antara</p>`, []string{"Budi Santoso", "Antara"}},
	})
}

// TestAuthorsWorldCJK checks the Korean bylines written name first and the
// Chinese reporter word joined to the name.
func TestAuthorsWorldCJK(t *testing.T) {
	checkWorldCases(t, []worldCase{
		{"Korean 기자 after the name", "ko", `<p>홍길동 기자</p>`, []string{"홍길동"}},
		{"Korean two names and an address", "ko", `<p>홍길동·김철수 기자 hong@example.com</p>`, []string{"홍길동", "김철수"}},
		{"Korean agency lead", "ko", `<p>(서울=연합뉴스) 홍길동 기자 =</p>`, []string{"홍길동"}},
		{"Korean sentence ending in 기자", "ko", `<p>정부는 오늘 새로운 정책을 발표했다고 기자</p>`, nil},
		{"Taiwanese reporter and place", "zh-TW", `<p>記者王小明／台北報導</p>`, []string{"王小明"}},
		{"Taiwanese two reporters", "zh-TW", `<p>記者王小明、李大華／台北報導</p>`, []string{"王小明", "李大華"}},
		{"Chinese agency reporter", "zh", `<p>新华社记者 王小明</p>`, []string{"王小明"}},
		{"Chinese press conference", "zh-TW", `<p>記者會上表示</p>`, nil},
		{"Chinese desk alone", "zh", `<p>本报记者</p>`, nil},
	})
}

// TestAuthorsWorldMarks checks the author classes of several languages
// and the links to an author's page.
func TestAuthorsWorldMarks(t *testing.T) {
	checkWorldCases(t, []worldCase{
		{"Danish class forfatter", "da", `<span class="forfatter">Mette Hansen</span>`, []string{"Mette Hansen"}},
		{"Turkish class yazar", "tr", `<span class="yazar">Ayşe Yılmaz</span>`, []string{"Ayşe Yılmaz"}},
		{"German author page", "de", `<div><a href="/autor/anna-weber">Anna Weber</a></div>`, []string{"Anna Weber"}},
		{"Italian author page", "it", `<div><a href="https://x.example/autore/marco-rossi/">Marco Rossi</a></div>`, []string{"Marco Rossi"}},
		{"Dutch author page, accents", "nl", `<div><a href="/auteur/jose-garcia">José García</a></div>`, []string{"José García"}},
		{"two author pages", "en", `<div><a href="/authors/jane-doe">Jane Doe</a> and <a href="/authors/john-roe">John Roe</a></div>`, []string{"Jane Doe", "John Roe"}},
		{"slug without separators", "en", `<div><a href="/author/ruima/">Rui Ma</a></div>`, []string{"Rui Ma"}},
		{"author page of someone else", "en", `<div><a href="/author/admin/">Read More</a></div>`, nil},
		{"list of the authors", "en", `<div><a href="/authors/">Our Writers</a></div>`, nil},
	})
}
