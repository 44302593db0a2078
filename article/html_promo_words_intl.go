package article

// This file holds the furniture words of news templates in languages
// other than English and French, so that a "Lesen Sie auch" line, a
// "Noticias relacionadas" box, a "Condividi" bar or an "Alle Rechte
// vorbehalten" line is left out on any page, as the English and French
// words of html_promo_words.go are. Facts only: the labels newsrooms of
// each language print around their stories. Each word is a whole label or
// a clear prefix, never a word that ordinary prose begins with ("mehr",
// "ver", "leggi").

// intlPromoLines are whole lines that label boilerplate: related-stories
// and most-read headings, "read also" labels, comment, share, tag and
// advertisement labels. They are folded by lineKey.
var intlPromoLines = lineKeys(
	// German
	"mehr zum thema", "zum thema", "lesen sie auch", "lesen sie mehr", "das könnte sie auch interessieren",
	"das könnte sie interessieren", "auch interessant", "ebenfalls interessant", "weitere artikel",
	"ähnliche artikel", "verwandte artikel", "verwandte themen", "weitere nachrichten",
	"unsere empfehlungen", "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "weiterlesen",
	"mehr lesen", "artikel teilen", "diesen artikel teilen", "teilen", "jetzt teilen", "kommentare",
	"kommentar schreiben", "kommentieren", "jetzt kommentieren", "anzeige", "werbung", "gesponsert",
	"schlagwörter", "schlagworte", "themen", "weiter nach der anzeige", "weiterlesen nach der anzeige",
	// Spanish
	"te puede interesar", "también te puede interesar", "le puede interesar", "puede interesarte",
	"te recomendamos", "noticias relacionadas", "artículos relacionados", "notas relacionadas",
	"contenido relacionado", "relacionados", "relacionadas", "lee también", "lea también", "leer también",
	"más noticias", "otras noticias", "también te puede gustar", "lo más leído", "lo más visto",
	"más leídas", "más leídos", "leer más", "seguir leyendo", "compartir", "comparte", "compartir en",
	"comparte esta noticia", "comentarios", "comentar", "deja tu comentario", "deja un comentario",
	"publicidad", "contenido patrocinado", "etiquetas", "temas",
	// Italian
	"leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "potrebbe interessarti anche",
	"potrebbero interessarti", "articoli correlati", "notizie correlate", "correlati", "altre notizie",
	"i più letti", "più letti", "più lette", "leggi di più", "continua a leggere", "condividi",
	"condividi l'articolo", "condividi questo articolo", "commenti", "commenta", "lascia un commento",
	"pubblicità", "contenuto sponsorizzato", "argomenti", "riproduzione riservata",
	// Portuguese
	"leia também", "leia mais", "veja também", "veja mais", "saiba mais", "notícias relacionadas",
	"matérias relacionadas", "artigos relacionados", "conteúdo relacionado", "você pode gostar",
	"você também pode gostar", "mais notícias", "mais lidas", "mais lidos", "as mais lidas",
	"os mais lidos", "continue lendo", "compartilhe", "compartilhar", "partilhar", "partilhe",
	"partilhe este artigo", "comentários", "deixe seu comentário", "deixe um comentário", "publicidade",
	"continua após a publicidade", "continua depois da publicidade", "conteúdo patrocinado", "tópicos",
	"assuntos",
	// Dutch
	"lees ook", "lees meer", "lees verder", "gerelateerde artikelen", "gerelateerd", "meest gelezen",
	"meer nieuws", "ook interessant", "bekijk ook", "meer over dit onderwerp", "delen", "deel dit artikel",
	"deel", "reacties", "reageer", "plaats een reactie", "advertentie", "lees verder na de advertentie",
	"onderwerpen",
	// Polish
	"czytaj także", "czytaj też", "czytaj również", "czytaj więcej", "czytaj dalej", "zobacz także",
	"zobacz też", "zobacz również", "polecamy", "powiązane artykuły", "podobne artykuły",
	"może cię zainteresować", "najczęściej czytane", "najpopularniejsze", "udostępnij", "podziel się",
	"komentarze", "dodaj komentarz", "skomentuj", "reklama", "tagi", "tematy",
	// Russian, Ukrainian
	"читайте также", "смотрите также", "по теме", "материалы по теме", "новости по теме",
	"похожие новости", "похожие статьи", "другие новости", "самое читаемое", "самое популярное",
	"популярное", "читать далее", "читать дальше", "подробнее", "поделиться", "комментарии",
	"оставить комментарий", "реклама", "теги", "читайте також", "дивіться також", "по темі",
	"новини по темі", "популярне", "поділитися", "коментарі",
	// Turkish
	"ilgili haberler", "ilgili haber", "benzer haberler", "diğer haberler", "bunlar da ilginizi çekebilir",
	"ilginizi çekebilir", "en çok okunanlar", "en çok okunan", "devamını oku", "haberin devamı", "paylaş",
	"haberi paylaş", "yorumlar", "yorum yap", "yorum yaz", "reklam", "etiketler",
	// Swedish, Danish, Norwegian
	"läs också", "läs även", "läs mer", "relaterat", "relaterade artiklar", "mest läst", "mest lästa",
	"dela", "dela artikeln", "kommentarer", "kommentera", "skriv en kommentar", "annons", "ämnen", "taggar",
	"læs også", "læs mere", "relaterede artikler", "mest læste", "del", "del artiklen", "annonce", "emner",
	"les også", "les mer", "relaterte artikler", "relaterte saker", "mest lest", "mest leste",
	"del artikkelen", "annonse",
	// Czech, Slovak
	"čtěte také", "čtěte též", "přečtěte si také", "související články", "související",
	"mohlo by vás zajímat", "nejčtenější", "sdílet", "sdílejte", "sdílet článek", "komentáře", "diskuse",
	"přidat komentář", "témata", "štítky", "čítajte aj", "čítajte tiež", "súvisiace články",
	"najčítanejšie", "zdieľať", "komentáre",
	// Romanian
	"citește și", "citeşte şi", "citeste si", "citiți și", "vezi și", "vezi şi", "articole similare",
	"articole asemănătoare", "articole recomandate", "te-ar putea interesa", "cele mai citite",
	"distribuie", "comentarii", "lasă un comentariu", "publicitate", "etichete",
	// Greek
	"διαβάστε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα", "διαβαστε επισης", "σχετικά άρθρα",
	"σχετικά θέματα", "σχετικές ειδήσεις", "σχετικα αρθρα", "δημοφιλή", "τα πιο δημοφιλή",
	"κοινοποίηση", "μοιραστείτε", "σχόλια", "διαφήμιση", "ετικέτες",
	// Arabic
	"اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "اقرأ ايضا", "إقرأ أيضا", "أخبار ذات صلة", "مقالات ذات صلة",
	"مواضيع ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "اقرأ المزيد", "شارك", "مشاركة",
	"شارك الخبر", "التعليقات", "تعليقات", "أضف تعليق", "إعلان", "الوسوم", "الكلمات المفتاحية",
	// Japanese
	"関連記事", "関連ニュース", "関連リンク", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ",
	"おすすめ記事", "人気記事", "続きを読む", "シェア", "シェアする", "この記事をシェア", "コメント",
	"コメントする", "広告", "スポンサーリンク", "タグ",
	// Chinese
	"相关阅读", "相關閱讀", "相关新闻", "相關新聞", "相关文章", "相關文章", "延伸阅读", "延伸閱讀",
	"推荐阅读", "推薦閱讀", "相关报道", "相關報導", "猜你喜欢", "热门文章", "熱門文章", "阅读全文",
	"閱讀全文", "分享", "分享到", "评论", "評論", "发表评论", "广告", "廣告", "标签", "標籤",
	// Korean
	"관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "추천 기사", "많이 본 뉴스", "많이 본 기사",
	"공유", "공유하기", "댓글", "댓글 쓰기", "광고", "태그", "키워드",
	// Indonesian, Malay
	"baca juga", "simak juga", "lihat juga", "berita terkait", "artikel terkait", "berita lainnya",
	"terpopuler", "berita terpopuler", "baca selengkapnya", "bagikan", "bagikan artikel", "komentar",
	"tulis komentar", "iklan", "berita berkaitan", "artikel berkaitan", "kongsi",
	// Vietnamese, Hindi, Finnish, Hungarian, Hebrew
	"tin liên quan", "bài viết liên quan", "xem thêm", "đọc thêm", "chia sẻ", "bình luận", "quảng cáo",
	"यह भी पढ़ें", "ये भी पढ़ें", "संबंधित खबरें", "विज्ञापन", "lue myös", "aiheesta lisää", "mainos",
	"kapcsolódó cikkek", "olvassa el ezt is", "hirdetés", "קראו גם", "כתבות נוספות", "תגובות",
	// links back to the top of the page
	"nach oben", "zurück nach oben", "volver arriba", "ir arriba", "torna su", "torna all'inizio",
	"voltar ao topo", "terug naar boven", "powrót do góry", "наверх", "başa dön", "tillbaka till toppen",
	"til toppen", "zpět nahoru", "înapoi sus", "トップへ戻る", "ページトップへ", "返回顶部", "맨 위로",
)

// intlPromoPrefixes start lines that point to other stories or ask the
// reader to subscribe. Each ends with a colon or a space after a phrase
// that only a label begins with. They are in lower case.
var intlPromoPrefixes = []string{
	// German
	"lesen sie auch:", "lesen sie auch ", "mehr zum thema:", "auch interessant:", "zum thema:",
	"abonnieren sie unseren", "melden sie sich für unseren",
	// Spanish
	"lee también:", "lea también:", "leer también:", "lee también ", "lea también ", "lee además:",
	"lea además:", "te puede interesar:", "le puede interesar:", "puede interesarte:",
	"también te puede interesar", "te recomendamos:", "noticia relacionada:", "ver también:",
	"mira también:", "suscríbete a nuestro", "suscríbete al", "puedes ver:", "puedes leer:",
	"también puedes ver:", "también puedes leer:", "también lee:", "lee más:", "lea más:", "te sugerimos:",
	// Italian
	"leggi anche:", "leggi anche ", "potrebbe interessarti:", "ti potrebbe interessare:",
	"vedi anche:", "guarda anche:", "iscriviti alla newsletter", "iscriviti alla nostra newsletter",
	// Portuguese
	"leia também:", "leia também ", "leia mais:", "veja também:", "veja também ", "saiba mais:",
	"leia ainda:", "confira também:", "assine nossa newsletter", "assine a newsletter",
	// Dutch
	"lees ook:", "lees ook ", "lees meer:", "bekijk ook:", "ook interessant:", "schrijf je in voor",
	// Polish
	"czytaj także:", "czytaj także ", "czytaj też:", "czytaj też ", "czytaj również:", "czytaj więcej:",
	"zobacz także:", "zobacz także ", "zobacz też:", "zobacz też ", "zobacz również:",
	"przeczytaj także:", "przeczytaj też:", "polecamy:", "zapisz się do newslettera",
	// Russian, Ukrainian
	"читайте также:", "читайте также ", "смотрите также:", "по теме:", "подробнее:",
	"подпишитесь на наш", "читайте також:", "читайте також ", "дивіться також:",
	// Turkish
	"ilgili haber:", "ilgili haberler:", "bunu da okuyun", "ayrıca okuyun", "bültenimize abone",
	// Swedish, Danish, Norwegian
	"läs också:", "läs också ", "läs även:", "läs även ", "läs mer:", "læs også:", "læs også ",
	"læs mere:", "les også:", "les også ", "les mer:", "prenumerera på vårt nyhetsbrev",
	// Czech, Slovak, Romanian, Greek
	"čtěte také:", "čtěte také ", "čtěte též:", "přečtěte si také:", "čítajte aj:", "čítajte tiež:",
	"citește și:", "citeşte şi:", "citeste si:", "citiți și:", "vezi și:", "vezi şi:", "vezi si:",
	"διαβάστε επίσης:", "διαβάστε ακόμη:", "διαβάστε ακόμα:", "διαβαστε επισης:",
	// Arabic
	"اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "اقرأ ايضا", "إقرأ أيضا", "اقرأ المزيد:",
	// Japanese, Chinese, Korean
	"関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "相关阅读", "相關閱讀",
	"延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞", "관련기사", "관련 기사",
	// Indonesian, Malay, Vietnamese, Hindi, Finnish
	"baca juga:", "baca juga ", "baca:", "simak juga:", "simak juga ", "lihat juga:", "berita terkait:",
	"artikel terkait:", "xem thêm:", "đọc thêm:", "tin liên quan:", "यह भी पढ़ें", "ये भी पढ़ें",
	"lue myös:",
	// Catalan, Croatian, Serbian, Slovenian, Bulgarian, Hungarian
	"llegiu també:", "llegeix també:", "pročitajte i:", "pročitajte još:", "pročitajte također:",
	"прочитајте и:", "preberite tudi:", "прочетете още:", "вижте още:", "olvassa el ezt is:",
	"ez is érdekelheti:",
	// Baltic languages, Hebrew, Persian, Urdu, Thai, Swahili
	"taip pat skaitykite:", "lasiet arī:", "loe ka:", "קראו גם:", "بیشتر بخوانید", "یہ بھی پڑھیں",
	"อ่านเพิ่มเติม", "soma pia:",
}

// intlTailPrefixes start the credit and promotion lines that end
// articles: agency credits and "follow us" pleas. They are in lower case.
var intlTailPrefixes = []string{
	"mit material von", "mit material der", "folgen sie uns", "con información de",
	"con informacion de", "síguenos en", "siguenos en", "seguici su", "com informações de",
	"com informações da", "com informações do", "siga-nos", "volg ons", "obserwuj nas",
	"подписывайтесь на", "bizi takip edin", "följ oss", "følg os", "følg oss", "sledujte nás",
	"urmăriți-ne", "ακολουθήστε μας", "تابعونا", "ikuti kami", "责任编辑", "責任編輯",
}

// rightsReservedPhrases say that all rights to a text are reserved; a
// short paragraph that holds one is a copyright notice wherever it
// stands. They are in lower case.
var rightsReservedPhrases = []string{
	"all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
	"tutti i diritti riservati", "riproduzione riservata", "todos os direitos reservados",
	"alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены",
	"всі права захищені", "tüm hakları saklıdır", "alla rättigheter förbehållna",
	"alle rettigheder forbeholdes", "alle rettigheter reservert", "všechna práva vyhrazena",
	"všetky práva vyhradené", "toate drepturile rezervate", "με επιφύλαξη παντός δικαιώματος",
	"جميع الحقوق محفوظة", "hak cipta dilindungi", "minden jog fenntartva",
	"kaikki oikeudet pidätetään", "כל הזכויות שמורות",
}

// intlTailPhrases are inside the copyright lines that end articles in
// Japanese, Chinese and Korean. These words may be in a sentence about
// copying, so they are read at the end of the body only. They are in
// lower case.
var intlTailPhrases = []string{
	"無断転載", "無断複製", "版权所有", "版權所有", "未经授权", "未經授權", "不得转载", "不得轉載",
	"무단전재", "무단 전재", "재배포 금지", "저작권자",
}

// intlShareLabels are the items of a share bar. They are folded by
// lineKey.
var intlShareLabels = lineKeys(
	"teilen", "drucken", "link kopieren", "kopieren", "versenden", "compartir", "imprimir", "correo",
	"correo electrónico", "enviar", "copiar", "copiar enlace", "copiar link", "condividi", "stampa",
	"copia link", "compartilhar", "partilhar", "delen", "printen", "afdrukken", "kopieer link",
	"udostępnij", "drukuj", "kopiuj link", "skopiuj link", "поделиться", "печать", "распечатать",
	"копировать ссылку", "скопировать ссылку", "вконтакте", "одноклассники", "телеграм", "paylaş",
	"yazdır", "linki kopyala", "bağlantıyı kopyala", "e-posta", "dela", "skriv ut", "kopiera länk",
	"e-post", "del", "udskriv", "kopier link", "sdílet", "tisk", "kopírovat odkaz", "distribuie",
	"κοινοποίηση", "εκτύπωση", "شارك", "مشاركة", "طباعة", "نسخ الرابط", "فيسبوك", "تويتر", "واتساب", "シェア", "ツイート", "ポスト",
	"はてなブックマーク", "印刷", "リンクをコピー", "分享", "微信", "微博", "复制链接", "複製連結",
	"打印", "列印", "朋友圈", "공유", "카카오톡", "카카오스토리", "네이버", "밴드", "링크 복사",
	"url 복사", "인쇄", "페이스북", "트위터", "bagikan", "salin tautan", "salin link", "chia sẻ",
	"wechat", "weibo", "qq", "qzone", "kakaotalk", "kakao", "naver", "band", "hatena", "vk",
)

// intlSharePrefixes start the items of a share bar ("Teilen auf X"), and
// intlShareSuffixes end them ("Auf X teilen", "Facebookで共有"). They are
// in lower case.
var (
	intlSharePrefixes = []string{
		"teilen auf ", "teilen per ", "compartir en ", "compartir por ", "condividi su ",
		"condividi via ", "compartilhar no ", "compartilhe no ", "partilhar no ", "delen op ",
		"deel op ", "dela på ", "del på ", "udostępnij na ", "поделиться в ", "sdílet na ",
		"distribuie pe ", "bagikan ke ",
	}
	intlShareSuffixes = []string{" teilen", " paylaş", "で共有", "でシェア", "에 공유", "로 공유"}
)

// intlBoilerWords are class and id words of related-stories boxes,
// comment threads, share bars and advertisements in other languages. Like
// strongBoilerWords they match anywhere in a name, and are in lower-case
// ASCII. Singular "kommentar", "yorum" or "comentario" are left out: they
// also name an opinion column.
var intlBoilerWords = []string{
	"verwandt", "aehnliche", "mehr-zum-thema", "mehrzumthema", "lesen-sie-auch", "weitere-artikel",
	"meistgelesen", "kommentare", "komentare", "komentarze", "comentarios",
	"comentarii", "reacties", "yorumlar", "teilen", "compartir", "compartilh", "partilh", "condivid",
	"udostepn", "sdilet", "paylas", "bagikan", "relacionad", "relacionat", "correlat", "gerelateerd",
	"powiazan", "ilgili", "relater", "souvisejici", "suvisiace", "terkait", "lien-quan", "kanren",
	"xiangguan", "werbung", "publicidad", "publicidade", "pubblicita", "reklam", "advertentie",
	"leia-tambem", "veja-tambem", "leggi-anche", "lees-ook", "czytaj-takze", "czytaj-tez",
	"zobacz-takze", "baca-juga", "te-puede-interesar", "lee-tambien", "lea-tambien", "mas-leid",
	"mais-lid", "piu-lett", "meest-gelezen", "najczesciej", "cele-mai-citite", "schlagwort",
	"etiquetas",
}

// lineKeys returns the lines ls folded by lineKey.
func lineKeys(ls ...string) []string {
	ks := make([]string, len(ls))
	for i, l := range ls {
		ks[i] = lineKey(l)
	}
	return ks
}

// intlShareItem reports whether the folded item k names a way to share
// the page by a prefix or a suffix of another language.
func intlShareItem(k string) bool {
	if hasAnyPrefix(k, intlSharePrefixes) {
		return true
	}
	for _, s := range intlShareSuffixes {
		if len(k) > len(s) && k[len(k)-len(s):] == s {
			return true
		}
	}
	return false
}

// intlReadingWords are the words of a line that points to more reading
// ("Lesen Sie auch:", "Noticias relacionadas:"), as readingWords are in
// English and French: "also", "related", "more". Words that are also
// ordinary French ("mais", "mer", "mai") are left out. They are in lower
// case.
var intlReadingWords = []string{
	"auch", "también", "tambien", "anche", "também", "ook", "także", "też", "również", "также", "також",
	"också", "även", "også", "také", "též", "tiež", "și", "şi", "επίσης", "أيضا", "ayrıca", "juga",
	"verwandte", "ähnliche", "relacionadas", "relacionados", "correlati", "correlate", "gerelateerde",
	"powiązane", "podobne", "похожие", "ilgili", "benzer", "relaterade", "relaterede", "relaterte",
	"související", "súvisiace", "similare", "σχετικά", "terkait", "mehr", "más", "più", "więcej", "daha",
	"関連記事", "関連ニュース", "相关阅读", "相關閱讀", "相关新闻", "延伸阅读", "延伸閱讀", "관련기사",
}

// intlCreditLabels start a picture credit in other languages ("Foto:
// dpa", "fot. PAP", "写真：共同"), as creditLabels do in English and
// French. They are in lower case.
var intlCreditLabels = []string{
	"foto:", "fotos:", "foto :", "foto von ", "foto di ", "bild:", "bilder:", "bildquelle:",
	"imagen:", "fotografía:", "immagine:", "imagem:", "fotografia:", "zdjęcie:", "fot. ", "фото:",
	"fotoğraf:", "kuva:", "φωτογραφία:", "写真：", "写真:", "图片来源", "圖片來源", "사진=", "사진 =",
}
