package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// datePageCase is a whole test page, its address and the publication date
// expected (as Date.String writes it, "" for none).
type datePageCase struct {
	name, page, url, pub string
}

// checkDatePages parses each case's page and checks its publication date.
func checkDatePages(t *testing.T, cases []datePageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := parseHTMLString(t, tc.page, tc.url)
			if tc.pub == "" {
				assert.Nil(t, a.Published)
			} else if assert.NotNil(t, a.Published) {
				assert.Equal(t, tc.pub, a.Published.String())
			}
		})
	}
}

// datePage returns a page with head in its <head>, before printed before
// the headline, after printed after the headline and its first paragraph,
// and a list of teasers, each given by teaser.
func datePage(lang, head, before, after string, teasers []string) string {
	var b strings.Builder
	b.WriteString(`<html lang="` + lang + `"><head><title>Harbour works</title>` + head + `</head><body><main><article>`)
	b.WriteString(before + `<h1>The harbour board rebuilds the north pier</h1>`)
	b.WriteString(`<p>The board voted on Tuesday to rebuild the north pier, which storms damaged last winter, and to reopen it to ferries next spring.</p>`)
	b.WriteString(after + `</article><section class="more-news"><h2>More news</h2>`)
	for _, t := range teasers {
		b.WriteString(t)
	}
	b.WriteString(`</section></main></body></html>`)
	return b.String()
}

// card returns the teaser of another story: an image link, a title, and a
// summary opened by its date line.
func card(date, title string) string {
	return `<div class="teaser"><a href="/news/` + strings.ToLower(strings.ReplaceAll(title, " ", "-")) + `"><img src="/t.jpg" alt=""></a>` +
		`<div class="title">` + title + `</div><p><span class="date">` + date + `</span>A short summary of that story.</p></div>`
}

// TestDateTagsOfAList checks that the date tags of a list of teasers do not
// date the page: the article's own tag comes first.
func TestDateTagsOfAList(t *testing.T) {
	metaTeaser := func(date string) string {
		return `<div class="news-item"><meta itemprop="datePublished" content="` + date + `"><a href="/a">Another story of the week</a></div>`
	}
	timeTeaser := func(date string) string {
		return `<div class="news-item"><a href="/b">Another story of the week</a><time itemprop="datePublished" datetime="` + date + `"></time></div>`
	}
	checkDatePages(t, []datePageCase{
		{name: "meta tags of teasers",
			page: datePage("de", "", `<meta itemprop="datePublished" content="2021-11-19">`, "", []string{
				metaTeaser("2021-11-16"), metaTeaser("2021-11-12"), metaTeaser("2021-11-09")}),
			pub: "2021-11-19"},
		{name: "microdata times of teasers",
			page: datePage("de", "", `<time itemprop="datePublished" datetime="2022-01-21T11:59:00+01:00"></time>`, "", []string{
				timeTeaser("2022-01-21T10:23:00+01:00"), timeTeaser("2022-01-20T12:35:00+01:00"), timeTeaser("2022-01-20T10:17:00+01:00")}),
			pub: "2022-01-21T11:59:00+01:00"},
		{name: "two tags are kept: the earlier wins",
			page: datePage("de", `<meta name="date" content="2021-11-19"><meta name="date" content="2021-11-12">`, "", "", nil),
			pub:  "2021-11-12"},
	})
}

// TestDateLineOfAList checks that a date printed in one of a list of cards
// does not beat the metadata as the date of a page moved or re-saved does.
func TestDateLineOfAList(t *testing.T) {
	meta := ld("Article", "2022-01-26T12:00:00Z", "")
	checkDatePages(t, []datePageCase{
		{name: "the cards of a list",
			page: datePage("de", meta, "", "", []string{card("06.03.2016", "Planning a tour with maps"),
				card("26.09.2019", "The best lights for the night"), card("01.01.2022", "Ten rides for the new year")}),
			pub: "2022-01-26T12:00:00Z"},
		{name: "a date line alone still beats re-saved metadata",
			page: datePage("de", meta, `<p class="date">06.03.2016</p>`, "", nil),
			pub:  "2016-03-06"},
	})
}

// TestDatelineOpeningAParagraph checks the date that opens a paragraph
// ("01.02.2022 – The board...") on pages that give no other.
func TestDatelineOpeningAParagraph(t *testing.T) {
	long := ` Die Zahl der arbeitslosen Menschen ist im Januar gegenüber dem Vormonat gestiegen, saisonbereinigt aber deutlich gesunken. ` +
		`Die Bundesagentur für Arbeit meldet zudem mehr offene Stellen als im Vorjahr, vor allem in der Pflege, im Handwerk und in der Logistik. ` +
		`Die Kurzarbeit geht weiter zurück, bleibt aber über dem Niveau vor der Pandemie.`
	checkDatePages(t, []datePageCase{
		{name: "a long paragraph opened by a date and a quote",
			page: datePage("de", "", "", `<p><strong>01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet.“`+long+`</strong></p>`, nil),
			pub:  "2022-02-01"},
		{name: "a short paragraph opened by a date and a dash",
			page: datePage("de", "", "", `<p>29.11.2022 – Mehrfach hatte die Branche vor den Folgen gewarnt.</p>`+
				strings.Repeat(`<p>Die Branche nennt die Pläne einen Rückschritt für die Energiewende.</p>`, 4)+
				`<p>02.12.2022, 15:57</p>`, nil),
			pub: "2022-11-29"},
		{name: "a date in the middle of a long paragraph is not a dateline",
			page: datePage("de", "", "", `<p>Am Dienstag, 01.02.2022, sagte die Behörde:`+long+`</p>`, nil),
			pub:  ""},
		{name: "a date and a colon open the item of a chronology",
			page: datePage("de", "", "", `<p>07.06.2016: Die Bank sagt voraus, wer das Turnier gewinnt.`+long+`</p>`, nil),
			pub:  ""},
	})
}
