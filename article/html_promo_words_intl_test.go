package article

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The pages of this file end a story the way news sites of other
// languages do: a "read also" line, a box of related stories under a
// local heading, a share bar, a comment thread and a copyright line, each
// in the page's language and named by its own class words.

// pageFurniture is the boilerplate of one language around an article.
type pageFurniture struct {
	name, lang string
	also       string    // a "read also" line
	related    [2]string // the class and the heading of a related-stories box
	share      []string  // the items of a share bar
	comments   [2]string // the class and the heading of a comment thread
	rights     string    // the copyright line
}

// furnitureEnd is the last paragraph of the article of furniturePage.
const furnitureEnd = "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam."

// furnitureTeasers are the stories of a related-stories box.
var furnitureTeasers = [][2]string{
	{"Nemo enim ipsam voluptatem", "Quia voluptas sit aspernatur aut odit aut fugit, sed quia consequuntur magni dolores eos."},
	{"Neque porro quisquam est", "Qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam."},
	{"Quis autem vel eum iure", "Reprehenderit qui in ea voluptate velit esse quam nihil molestiae consequatur, vel illum."},
}

// furniturePage returns an article page in f's language, followed by f's
// boilerplate.
func furniturePage(f pageFurniture) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + f.lang + `"><head><meta charset="utf-8"><title>Lorem ipsum dolor sit amet</title>` +
		`</head><body><main><article><h1>Lorem ipsum dolor sit amet</h1>` + intlBody + intlBody +
		`<p><strong>` + f.also + `</strong></p><p>` + furnitureEnd + `</p>`)
	b.WriteString(`<div class="` + f.related[0] + `"><h2>` + f.related[1] + `</h2>`)
	for i, t := range furnitureTeasers {
		b.WriteString(`<div class="item"><h3><a href="/a/` + string(rune('1'+i)) + `">` + t[0] + `</a></h3><p>` + t[1] + `</p></div>`)
	}
	b.WriteString(`</div><ul><li><span>` + strings.Join(f.share, `</span></li><li><span>`) + `</span></li></ul>`)
	b.WriteString(`<p>` + f.rights + `</p><div class="` + f.comments[0] + `"><h2>` + f.comments[1] + `</h2>` +
		`<p>Ut labore et dolore magnam aliquam quaerat voluptatem, ut enim ad minima veniam, quis nostrum.</p></div>`)
	b.WriteString(`</article></main></body></html>`)
	return b.String()
}

var furnitureCases = []pageFurniture{
	{"German", "de", "Lesen Sie auch: Bahn saniert ihre Brücken", [2]string{"verwandte-artikel", "Mehr zum Thema"},
		[]string{"Teilen", "Facebook", "Drucken", "Link kopieren"}, [2]string{"kommentare", "Kommentare"},
		"Alle Rechte vorbehalten. Beispiel Verlag GmbH"},
	{"Dutch", "nl", "Lees ook: Spoorwegen herstellen hun bruggen", [2]string{"gerelateerde-artikelen", "Gerelateerde artikelen"},
		[]string{"Delen", "WhatsApp", "Kopieer link"}, [2]string{"reacties", "Reacties"},
		"Alle rechten voorbehouden. Voorbeeld Media"},
	{"Swedish", "sv", "Läs också: Järnvägen lagar sina broar", [2]string{"relaterade", "Relaterade artiklar"},
		[]string{"Dela", "Facebook", "Kopiera länk"}, [2]string{"kommentarer", "Kommentarer"},
		"Alla rättigheter förbehållna. Exempel Tidning AB"},
	{"Spanish", "es", "Lee también: El tren repara sus puentes", [2]string{"noticias-relacionadas", "Noticias relacionadas"},
		[]string{"Compartir en Facebook", "Compartir en X", "Copiar enlace", "Imprimir"}, [2]string{"comentarios", "Comentarios"},
		"Todos los derechos reservados. Diario Ejemplo S.A."},
	{"Italian", "it", "Leggi anche: Le ferrovie riparano i ponti", [2]string{"articoli-correlati", "Articoli correlati"},
		[]string{"Condividi", "Facebook", "Stampa"}, [2]string{"box-commenti", "Commenti"},
		"Riproduzione riservata"},
	{"Brazilian", "pt-BR", "Leia também: Ferrovias consertam suas pontes", [2]string{"materias-relacionadas", "Leia também"},
		[]string{"Compartilhar", "WhatsApp", "Copiar link"}, [2]string{"comentarios-lista", "Comentários"},
		"Todos os direitos reservados. Jornal Exemplo"},
	{"Romanian", "ro", "Citește și: Căile ferate repară podurile", [2]string{"related-ro", "Articole similare"},
		[]string{"Distribuie", "Facebook", "WhatsApp"}, [2]string{"comentarii", "Comentarii"},
		"Toate drepturile rezervate. Ziarul Exemplu"},
	{"Polish", "pl", "Czytaj także: Kolej naprawia mosty", [2]string{"powiazane-artykuly", "Czytaj także"},
		[]string{"Udostępnij", "Facebook", "Kopiuj link"}, [2]string{"komentarze", "Komentarze"},
		"Wszelkie prawa zastrzeżone. Gazeta Przykład"},
	{"Russian", "ru", "Читайте также: Железная дорога чинит мосты", [2]string{"related-news-ru", "Читайте также"},
		[]string{"Поделиться", "ВКонтакте", "Одноклассники", "Телеграм"}, [2]string{"comments-ru", "Комментарии"},
		"Все права защищены. Газета Пример"},
	{"Czech", "cs", "Čtěte také: Železnice opravuje mosty", [2]string{"souvisejici-clanky", "Související články"},
		[]string{"Sdílet", "Facebook", "Kopírovat odkaz"}, [2]string{"komentare", "Komentáře"},
		"Všechna práva vyhrazena. Deník Příklad"},
	{"Turkish", "tr", "İlgili haber: Demiryolu köprüleri onarıyor", [2]string{"ilgili-haberler", "İLGİLİ HABERLER"},
		[]string{"Facebook'ta paylaş", "X'te paylaş", "Linki kopyala"}, [2]string{"yorumlar", "Yorumlar"},
		"Tüm hakları saklıdır. Örnek Gazete"},
	{"Greek", "el", "Διαβάστε επίσης: Ο σιδηρόδρομος επισκευάζει γέφυρες", [2]string{"related-gr", "Σχετικά άρθρα"},
		[]string{"Κοινοποίηση", "Facebook", "Εκτύπωση"}, [2]string{"comments-gr", "Σχόλια"},
		"Με επιφύλαξη παντός δικαιώματος. Εφημερίδα"},
	{"Arabic", "ar", "اقرأ أيضاً: السكك الحديدية تصلح الجسور", [2]string{"related-ar", "أخبار ذات صلة"},
		[]string{"شارك", "فيسبوك", "نسخ الرابط"}, [2]string{"comments-ar", "التعليقات"},
		"جميع الحقوق محفوظة لصحيفة المثال"},
	{"Japanese", "ja", "【関連記事】鉄道各社が橋を補修", [2]string{"kanren-box", "関連記事"},
		[]string{"Xでシェア", "Facebookでシェア", "リンクをコピー"}, [2]string{"comments-ja", "コメント"},
		"記事・写真の無断転載を禁じます"},
	{"Chinese", "zh", "相关阅读：铁路部门维修桥梁", [2]string{"xiangguan-list", "相关阅读"},
		[]string{"分享", "微信", "微博", "复制链接"}, [2]string{"comments-zh", "评论"},
		"版权所有，未经授权不得转载"},
	{"Korean", "ko", "관련기사: 철도, 교량 보수 나서", [2]string{"related-ko", "관련기사"},
		[]string{"페이스북", "카카오톡", "링크 복사"}, [2]string{"comments-ko", "댓글"},
		"저작권자 © 예시일보 무단전재 및 재배포 금지"},
	{"Indonesian", "id", "Baca juga: Kereta api perbaiki jembatan", [2]string{"berita-terkait", "Berita terkait"},
		[]string{"Bagikan", "Facebook", "Salin tautan"}, [2]string{"comments-id", "Komentar"},
		"Hak cipta dilindungi undang-undang"},
}

func TestIntlFurnitureLeftOut(t *testing.T) {
	for _, f := range furnitureCases {
		t.Run(f.name, func(t *testing.T) {
			a := parsePage(t, furniturePage(f))
			require.Contains(t, a.Text, furnitureEnd)
			assert.NotContains(t, a.Text, f.also, "read also line")
			assert.NotContains(t, a.Text, f.related[1], "related heading")
			assert.NotContains(t, a.Text, furnitureTeasers[0][1], "related stories")
			assert.NotContains(t, a.Text, f.share[len(f.share)-1], "share bar")
			assert.NotContains(t, a.Text, f.comments[1], "comment heading")
			assert.NotContains(t, a.Text, "ut enim ad minima veniam", "comment")
			assert.NotContains(t, a.Text, f.rights, "copyright line")
		})
	}
}

func TestIntlFurnitureKeepsProse(t *testing.T) {
	prose := []string{
		"Mehr als tausend Menschen haben am Samstag in der Innenstadt gegen die neuen Mieten demonstriert.",
		"Leggi e decreti approvati dal governo entrano in vigore dal primo gennaio, secondo il ministero.",
		"Ver para creer: el equipo ganó el partido con dos goles en los últimos cinco minutos del encuentro.",
		"Teilen sich zwei Familien eine Wohnung, zahlen sie nach dem neuen Gesetz weniger Grundsteuer.",
		"Comentarios de los vecinos sobre la obra llegaron al ayuntamiento durante toda la semana pasada.",
	}
	page := `<!DOCTYPE html><html><head><title>Lorem ipsum dolor sit amet</title></head><body><article><h1>Lorem ipsum dolor sit amet</h1>` +
		intlBody + "<p>" + strings.Join(prose, "</p><p>") + "</p></article></body></html>"
	a := parsePage(t, page)
	for _, p := range prose {
		assert.Contains(t, a.Text, p)
	}
}

func TestIntlFurnitureWordsFolded(t *testing.T) {
	for _, ws := range [][]string{intlPromoPrefixes, intlTailPrefixes, rightsReservedPhrases, intlTailPhrases, intlSharePrefixes, intlShareSuffixes,
		intlSignupPhrases, intlPublisherWords, intlRelatedPrefixes} {
		for _, w := range ws {
			assert.Equal(t, strings.ToLower(w), w)
		}
	}
	for _, w := range intlBoilerWords {
		assert.Equal(t, strings.ToLower(w), w)
		assert.True(t, strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII }) < 0, w)
	}
}

// readingListPage returns an article page with a list of links that the
// line intro announces, between two of its paragraphs.
func readingListPage(intro string) string {
	return `<!DOCTYPE html><html><head><title>Lorem ipsum dolor sit amet</title></head><body><article><h1>Lorem ipsum dolor sit amet</h1>` +
		intlBody + `<p>` + intro + `</p><ul><li><a href="/a/1">Nemo enim ipsam voluptatem quia voluptas</a></li>` +
		`<li><a href="/a/2">Neque porro quisquam est qui dolorem</a></li></ul><p>` + furnitureEnd + `</p></article></body></html>`
}

func TestIntlReadingListLeftOut(t *testing.T) {
	for _, intro := range []string{"Lesen Sie auch:", "Noticias relacionadas:", "Zobacz także:", "Mehr zum Thema:", "関連記事:"} {
		t.Run(intro, func(t *testing.T) {
			a := parsePage(t, readingListPage(intro))
			require.Contains(t, a.Text, furnitureEnd)
			assert.NotContains(t, a.Text, "Nemo enim ipsam")
		})
	}
	a := parsePage(t, readingListPage("Die Zutaten für vier Personen:"))
	assert.Contains(t, a.Text, "Nemo enim ipsam")
}

func TestIntlPictureCreditLeftOut(t *testing.T) {
	credits := []string{"Foto: dpa/Max Mustermann", "fot. PAP/Jan Kowalski", "Foto di Mario Rossi", "Imagen: Agencia Ejemplo",
		"写真：共同通信", "사진=연합뉴스"}
	kept := "Fotografía de una época: el libro repasa cien años de la ciudad a través de sus calles y sus vecinos."
	page := `<!DOCTYPE html><html><head><title>Lorem ipsum dolor sit amet</title></head><body><article><h1>Lorem ipsum dolor sit amet</h1>` +
		intlBody + `<p>` + strings.Join(credits, `</p><p>`+furnitureEnd+`</p><p>`) + `</p><p>` + kept + `</p></article></body></html>`
	a := parsePage(t, page)
	for _, c := range credits {
		assert.NotContains(t, a.Text, c)
	}
	assert.Contains(t, a.Text, kept)
}

func TestIntlPromoLines(t *testing.T) {
	for _, s := range []string{"Nach oben ↑", "ANZEIGE", "Werbung", "Continua após a publicidade", "スポンサーリンク", "REKLAM",
		"Реклама", "Lees verder na de advertentie", "【関連記事】", "Te puede interesar:", "Czytaj także: Kolej naprawia mosty",
		"यह भी पढ़ें: रेलवे ने पुलों की मरम्मत की", "▶ 관련기사", "Baca Juga: Kereta api perbaiki jembatan",
		"Pročitajte i: Željeznica popravlja mostove", "Puedes ver: El tren repara los puentes", "Loe ka: Raudtee parandab sildu",
		"(Le puede interesar: El tren repara los puentes)", "[Read more: Rail firm repairs bridges]"} {
		assert.True(t, promoBlock(Block{Kind: BlockParagraph, Text: s}), s)
	}
	for _, s := range []string{"Die Polizei hat Anzeige erstattet.", "Mehr als tausend Menschen kamen.", "Leggi e decreti entrano in vigore.",
		"Del resto, nessuno lo sapeva.", "Les mer bleues de la côte.", "Baca buku ini sebelum tidur.",
		"(Le dijo al juez que no sabía nada.)"} {
		assert.False(t, promoBlock(Block{Kind: BlockParagraph, Text: s}), s)
	}
}
