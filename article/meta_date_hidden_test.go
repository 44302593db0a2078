package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// checkHiddenPages parses each case's page whole (the hidden date is set
// after the body is read) and checks its publication date.
func checkHiddenPages(t *testing.T, cases []datePageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, tc.page)
			if tc.pub == "" {
				assert.Nil(t, a.Published)
			} else if assert.NotNil(t, a.Published) {
				assert.Equal(t, tc.pub, a.Published.String())
			}
		})
	}
}

// TestHiddenDates checks the dates read from a script's state and from a
// date attribute near the headline when the page gives no other.
func TestHiddenDates(t *testing.T) {
	script := func(s string) string { return `<script>` + s + `</script>` }
	checkHiddenPages(t, []datePageCase{
		{name: "shop state published_at", pub: "2019-03-02T06:22:28+01:00",
			page: datePage("de", script(`var meta = {"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00","vendor":"X"}};`), "", "", nil)},
		{name: "next data publicationDate", pub: "2022-01-31T14:27:32+01:00",
			page: datePage("de", `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"plannedLiveDate":null,"publicationDate":"2022-01-31T14:27:32+01:00","slug":"x"}}}}</script>`, "", "", nil)},
		{name: "js object unquoted key", pub: "2020-03-12",
			page: datePage("ru", script(`window.__NUXT__={article:{id:7,pubDate: '2020-03-12',title:'x'}};`), "", "", nil)},
		{name: "escaped json in a string", pub: "2020-03-12T11:35:00Z",
			page: datePage("ja", script(`self.__next_f.push([1,"{\"datePublished\":\"2020-03-12T11:35:00Z\"}"])`), "", "", nil)},
		{name: "unix milliseconds", pub: "2020-03-12T11:35:00Z",
			page: datePage("pt", script(`var dl = {"firstPublished": 1584012900000};`), "", "", nil)},
		{name: "names not of a publication", pub: "",
			page: datePage("en", script(`var s = {"publisher":"2020-03-12","lastUpdated":"2020-03-14","subDate":"2020-03-10"};`), "", "", nil)},
		{name: "data-date near the headline", pub: "2020-03-18",
			page: datePage("de", "", "", `<div class="timeline"><div data-date="18. März 2020" class="arrow"></div></div>`, nil)},
		{name: "data-timestamp near the headline", pub: "2020-03-12T11:35:00Z",
			page: datePage("en", "", "", `<span class="ts" data-timestamp="1584012900"></span>`, nil)},
		{name: "data-published-time in milliseconds", pub: "2020-03-12T11:35:00Z",
			page: datePage("ru", "", "", `<span class="ts" data-published-time="1584012900000"></span>`, nil)},
		{name: "data-datetime", pub: "2020-03-12T11:35:00+09:00",
			page: datePage("ja", "", "", `<span class="ts" data-datetime="2020-03-12T11:35:00+09:00"></span>`, nil)},
	})
}

// TestHiddenDatesYield checks that a hidden date never beats a date the
// metadata or the page prints.
func TestHiddenDatesYield(t *testing.T) {
	state := `<script>var m = {"published_at":"2019-03-02T06:22:28+01:00"};</script>`
	checkHiddenPages(t, []datePageCase{
		{name: "meta wins", pub: "2020-03-12T14:35:00+03:00",
			page: datePage("ru", state+`<meta property="article:published_time" content="2020-03-12T14:35:00+03:00">`, "", "", nil)},
		{name: "printed date line wins", pub: "2020-03-12T14:35:00",
			page: datePage("ru", state, "", `<p class="date">12 марта 2020, 14:35</p>`, nil)},
	})
}

// TestMetaDateBadTime checks that a metadata date whose time is written
// wrong still gives its day.
func TestMetaDateBadTime(t *testing.T) {
	for _, s := range []string{"2022-01-10T22:06:08:684Z", "2022-01-10 22:06:08:684"} {
		d, ok := parseMetaDate(s, "")
		if assert.True(t, ok, s) {
			assert.Equal(t, "2022-01-10", d.String())
		}
	}
	_, ok := parseMetaDate("2022-13-45T22:06:08:684Z", "")
	assert.False(t, ok)
}

// TestDateElementAttr checks that a date element whose text gives no day
// ("12 марта", "2 hours ago") is dated by its title or content attribute.
func TestDateElementAttr(t *testing.T) {
	checkDatePages(t, []datePageCase{
		{name: "hAtom abbr title", pub: "2020-03-12T14:35:00+03:00",
			page: datePage("ru", "", `<abbr class="published" title="2020-03-12T14:35:00+03:00">12 марта</abbr>`, "", nil)},
		{name: "relative text, date in title", pub: "2020-03-12T14:35:00",
			page: datePage("es", "", `<span class="date" title="12/03/2020 14:35">hace 2 horas</span>`, "", nil)},
		{name: "content attribute", pub: "2020-03-12T14:35:00",
			page: datePage("ru", "", `<span class="article__date" content="2020-03-12T14:35">12 марта</span>`, "", nil)},
		{name: "the printed day wins", pub: "2020-03-12",
			page: datePage("en", "", `<span class="date" title="2020-03-14">March 12, 2020</span>`, "", nil)},
	})
}
