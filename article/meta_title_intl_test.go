package article

import "testing"

// newsLD is a JSON-LD news article with the headline h, none when h is
// empty.
func newsLD(h string) string {
	return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + h + `"}</script>`
}

// TestTitleSpacelessSuffix checks that the site's name is cut off a page
// title written without spaces between words, where fields do not count
// words, and after the separators a field count missed.
func TestTitleSpacelessSuffix(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Japanese site after a full-width bar",
			`<title>市長が来年度予算案を発表　子育て支援を拡充｜港町新聞</title>`,
			`<p>Text.</p>`,
			"市長が来年度予算案を発表 子育て支援を拡充"},
		{"Chinese site after a spaced dash on a news page",
			`<title>江城大桥今天正式通车 - 江城新闻网</title>` + newsLD(""),
			`<p>Text.</p>`,
			"江城大桥今天正式通车"},
		{"Thai site after a spaced dash on a news page",
			`<title>สภาเมืองผ่านงบประมาณปี 2568 - ข่าวเมือง</title>` + newsLD(""),
			`<p>Text.</p>`,
			"สภาเมืองผ่านงบประมาณปี 2568"},
		{"site after a guillemet",
			`<title>Le conseil municipal vote le budget de l'année » Journal du Val</title>`,
			`<p>Text.</p>`,
			"Le conseil municipal vote le budget de l'année"},
		{"site after a guillemet that follows a quotation",
			`<title>«Горсовет» утвердил бюджет на следующий год » Вести Долины</title>`,
			`<p>Text.</p>`,
			"«Горсовет» утвердил бюджет на следующий год"},
		{"breadcrumb trail to a short page title stays",
			`<title>My Valley Blog » Spring Walks</title>`,
			`<p>Text.</p>`,
			"My Valley Blog » Spring Walks"},
		{"site after a bullet",
			`<title>Il consiglio comunale approva il bilancio • La Valle</title>`,
			`<p>Text.</p>`,
			"Il consiglio comunale approva il bilancio"},
		{"closing guillemet stays",
			`<title>« Nous voterons le budget » : le maire répond</title>`,
			`<p>Text.</p>`,
			"« Nous voterons le budget » : le maire répond"},
		{"long Chinese part after a dash stays",
			`<title>江城大桥 - 今天上午在市民的欢呼声中正式通车</title>`,
			`<p>Text.</p>`,
			"江城大桥 - 今天上午在市民的欢呼声中正式通车"},
	})
}

// TestTitleFullWidthBarLabel checks that a short label after the
// full-width bar, or after a dash on a page that is no news article, is
// cut off a metadata title written without spaces between words.
func TestTitleFullWidthBarLabel(t *testing.T) {
	checkTitles(t, []titleCase{
		{"label after a full-width bar in og:title",
			`<title>市長が予算案を発表 子育て支援を拡充｜港町新聞</title>
			<meta property="og:title" content="市長が予算案を発表 子育て支援を拡充｜港町新聞">`,
			`<p>Text.</p>`,
			"市長が予算案を発表 子育て支援を拡充"},
		{"label after a dash in og:title",
			`<title>市長が予算案を発表 子育て支援を拡充 - 港町経済新聞</title>
			<meta property="og:title" content="市長が予算案を発表 子育て支援を拡充 - 港町経済新聞">`,
			`<p>Text.</p>`,
			"市長が予算案を発表 子育て支援を拡充"},
		{"short Japanese headline with a bar stays",
			`<meta property="og:title" content="市長｜予算案">`,
			`<p>Text.</p>`,
			"市長｜予算案"},
	})
}

// TestTitleSectionChain checks that the sections a Korean news system
// writes after the headline with "<" are cut, and that a single "<"
// inside a headline stays.
func TestTitleSectionChain(t *testing.T) {
	checkTitles(t, []titleCase{
		{"sections after the headline",
			`<title>시의회, 내년 예산안 통과 < 정치 < 기사본문 - 골목신문</title>
			<meta property="og:site_name" content="골목신문">`,
			`<p>Text.</p>`,
			"시의회, 내년 예산안 통과"},
		{"a comparison stays",
			`<meta property="og:title" content="Why inflation < 2% is still too high for the bank">`,
			`<p>Text.</p>`,
			"Why inflation < 2% is still too high for the bank"},
	})
}

// TestTitleBracketSite checks that the site's name set in lenticular
// brackets after a headline is cut, and that a label before it stays.
func TestTitleBracketSite(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site in brackets after the <title>",
			`<title>市長が予算案を発表 子育て支援を拡充【港町ニュース】</title>`,
			`<p>Text.</p>`,
			"市長が予算案を発表 子育て支援を拡充"},
		{"site in brackets before the <title>",
			`<title>【港町ニュース】市長が予算案を発表 子育て支援を拡充</title>
			<meta property="og:site_name" content="港町ニュース">`,
			`<p>Text.</p>`,
			"市長が予算案を発表 子育て支援を拡充"},
		{"label in brackets before the <title> stays",
			`<title>【速報】市長が予算案を発表 子育て支援を拡充</title>
			<meta property="og:site_name" content="港町ニュース">`,
			`<p>Text.</p>`,
			"【速報】市長が予算案を発表 子育て支援を拡充"},
		{"site in brackets after og:title",
			`<meta property="og:title" content="【独自】市長が予算案を発表 子育て支援を拡充【港町ニュース】">
			<meta property="og:site_name" content="港町ニュース">`,
			`<p>Text.</p>`,
			"【独自】市長が予算案を発表 子育て支援を拡充"},
	})
}

// TestTitleCJKNameInMetadata checks that a site's name written after a
// Chinese headline with no spaces is cut off the JSON-LD headline too.
func TestTitleCJKNameInMetadata(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site after a dash in the JSON-LD headline",
			`<title>江城大桥今天正式通车-江城新闻网</title>` + newsLD("江城大桥今天正式通车-江城新闻网"),
			`<p>Text.</p>`,
			"江城大桥今天正式通车"},
	})
}

// TestTitleTransliteratedSite checks that a site's name in Cyrillic or
// Greek letters is matched with the Latin letters of its domain.
func TestTitleTransliteratedSite(t *testing.T) {
	checkTitlesAt(t, []titleURLCase{
		{titleCase{"Cyrillic name of the host",
			`<title>Горсовет утвердил бюджет на следующий год - Вестник Долины</title>` +
				newsLD("Горсовет утвердил бюджет на следующий год - Вестник Долины"),
			`<p>Text.</p>`,
			"Горсовет утвердил бюджет на следующий год"}, "https://www.vestnik-doliny.example/news/1"},
		{titleCase{"Greek name of the host",
			`<title>Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό - Η Ναυτική</title>` +
				newsLD("Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό - Η Ναυτική"),
			`<p>Text.</p>`,
			"Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό"}, "https://www.naftiki.example/news/1"},
		{titleCase{"Cyrillic short i spelt j",
			`<title>Горсовет утвердил бюджет на следующий год - Новый Майдан</title>` +
				newsLD("Горсовет утвердил бюджет на следующий год - Новый Майдан"),
			`<p>Text.</p>`,
			"Горсовет утвердил бюджет на следующий год"}, "https://www.novyj-majdan.example/news/1"},
	})
}

// TestTitleGluedKicker checks that a Japanese kicker the <h1> sets in an
// element of its own, with no space before the headline, is left out
// when the metadata gives the headline alone.
func TestTitleGluedKicker(t *testing.T) {
	checkTitles(t, []titleCase{
		{"kicker element before a Japanese headline",
			`<title>市長が予算案を発表、子育て支援を拡充 | 港町新聞</title>
			<meta property="og:title" content="市長が予算案を発表、子育て支援を拡充">`,
			`<h1><span class="label">市政</span>市長が予算案を発表、子育て支援を拡充</h1><p>Text.</p>`,
			"市長が予算案を発表、子育て支援を拡充"},
	})
}

// TestTitleFullWidthColon checks that the site's name set after a
// Japanese headline with a full-width colon is cut, and that a colon
// inside the headline stays.
func TestTitleFullWidthColon(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site after a full-width colon",
			`<title>市長が予算案を発表、子育て支援を拡充：港町ニュース</title>
			<meta property="og:site_name" content="港町ニュース">`,
			`<p>Text.</p>`,
			"市長が予算案を発表、子育て支援を拡充"},
		{"place before a full-width colon stays",
			`<title>港町：市長が予算案を発表、子育て支援を拡充</title>
			<meta property="og:site_name" content="港町ニュース">`,
			`<p>Text.</p>`,
			"港町：市長が予算案を発表、子育て支援を拡充"},
	})
}

// TestTitleDirectionMarks checks that the direction marks of a
// right-to-left title do not hide the bar before the site's name.
func TestTitleDirectionMarks(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Arabic title with marks around the bar",
			`<title>المجلس البلدي يقر ميزانية العام المقبل &rlm;|&rlm; صحيفة الوادي</title>
			<meta property="og:site_name" content="صحيفة الوادي">`,
			`<p>Text.</p>`,
			"المجلس البلدي يقر ميزانية العام المقبل"},
		{"Hebrew title with marks around the dash",
			"<title>\u200fמועצת העיר אישרה את התקציב לשנה הבאה\u200f - חדשות העמק</title>" +
				`<meta property="og:site_name" content="חדשות העמק">`,
			`<p>Text.</p>`,
			"מועצת העיר אישרה את התקציב לשנה הבאה"},
	})
}
