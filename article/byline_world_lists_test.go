package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsWorldNameLists checks the name lists of bylines in other
// languages and scripts: the list marks of CJK and Arabic script, in one
// element or between the elements of the names, the joining words of
// more languages, a Korean job after each name, CJK names parted by
// spaces, a CJK photo credit, a job after a name in a structured source,
// and the date label left after a name.
func TestAuthorsWorldNameLists(t *testing.T) {
	cases := []struct {
		name, lang, head, header string
		want                     []string
	}{
		{"Japanese ideographic comma", "ja", ``, `<p class="byline">記者 山田太郎、鈴木花子</p>`, []string{"山田太郎", "鈴木花子"}},
		{"Chinese ideographic comma after a colon", "zh-TW", ``, `<p class="byline">記者：王小明、李大華</p>`, []string{"王小明", "李大華"}},
		{"Arabic comma", "ar", ``, `<p class="byline">بقلم: أحمد علي، محمد حسن</p>`, []string{"أحمد علي", "محمد حسن"}},
		{"Japanese names in elements of their own", "ja", ``,
			`<p class="byline">記者 <a href="/a/1">山田太郎</a>、<a href="/a/2">鈴木花子</a></p>`, []string{"山田太郎", "鈴木花子"}},
		{"Arabic names in elements of their own", "ar", ``,
			`<p class="byline">بقلم <a href="/a/1">أحمد علي</a>، <a href="/a/2">محمد حسن</a></p>`, []string{"أحمد علي", "محمد حسن"}},
		{"Latvian un", "lv", ``, `<p class="byline">Autors: Jānis Bērziņš un Anna Kalniņa</p>`, []string{"Jānis Bērziņš", "Anna Kalniņa"}},
		{"Hindi aur", "hi", ``, `<p class="byline">लेखक: राम कुमार और सीता देवी</p>`, []string{"राम कुमार", "सीता देवी"}},
		{"Thai lae", "th", ``, `<p class="byline">โดย สมชาย ใจดี และ สมหญิง ใจงาม</p>`, []string{"สมชาย ใจดี", "สมหญิง ใจงาม"}},
		{"Korean job after each name", "ko", ``, `<p class="byline">김철수 기자, 이영희 기자</p>`, []string{"김철수", "이영희"}},
		{"Korean job after each name in the JSON-LD", "ko", ldAuthorHead("Person", "김철수 기자, 이영희 기자"), ``, []string{"김철수", "이영희"}},
		{"Chinese names parted by a space", "zh", ``, `<p class="byline">记者 王小明 李大华</p>`, []string{"王小明", "李大华"}},
		{"Korean names parted by a space before the job", "ko", ``, `<p class="byline">김철수 이영희 기자</p>`, []string{"김철수", "이영희"}},
		{"Japanese family and given name stay one", "ja", ``, `<p class="byline">記者 山田 太郎</p>`, []string{"山田 太郎"}},
		{"Japanese photo credit", "ja", ``, `<p class="byline">文：山田太郎、写真：鈴木花子</p>`, []string{"山田太郎"}},
		{"Japanese photo credit with equals signs", "ja", ``, `<p class="byline">文＝山田太郎 写真＝鈴木花子</p>`, []string{"山田太郎"}},
		{"Japanese photo and text by one", "ja", ``, `<p class="byline">写真・文 山田太郎</p>`, []string{"山田太郎"}},
		{"Spanish job in the JSON-LD", "es", ldAuthorHead("Person", "Juan Pérez, Corresponsal"), ``, []string{"Juan Pérez"}},
		{"Italian job in the JSON-LD", "it", ldAuthorHead("Person", "Marco Rossi, Inviato"), ``, []string{"Marco Rossi"}},
		{"Spanish update label after the name", "es", ``, `<p class="byline">Por Juan Pérez Actualizado 12 mar 2024</p>`, []string{"Juan Pérez"}},
		{"Italian update label after the name", "it", ``, `<p class="byline">Di Mario Rossi Aggiornato il 12 marzo 2024</p>`, []string{"Mario Rossi"}},
		{"Spanish publication label in an author element", "es", ``,
			`<div class="article-date-author">Publicado el <time datetime="2022-05-11">11 de mayo</time></div>`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, tc.head, tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}
