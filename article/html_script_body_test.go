package article

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scriptStory is the article that the client-rendered test pages carry
// in a script only.
var scriptStory = []string{
	"The harbour authority approved on Tuesday a plan to dredge the eastern channel before the autumn storms arrive.",
	"Fishing crews had warned for two seasons that silt left the channel too shallow for loaded boats at low tide.",
	"The work will cost four million and close the quay for six weeks, the authority said in a statement.",
	"Crews are expected to begin in August, once the last of the summer ferries has left the port for the season.",
}

const (
	scriptTitle = "Harbour channel to be dredged before autumn"
	scriptDesc  = "The harbour authority approved on Tuesday a plan to dredge the eastern channel before the autumn storms arrive."
)

// scriptShell is a client-rendered page: its markup holds the title, the
// description and an empty mount point; scripts carries the article.
func scriptShell(head, scripts string) string {
	return `<html><head><title>` + scriptTitle + `</title><meta name="description" content="` + scriptDesc + `">` +
		head + `</head><body><div id="__next"><nav><a href="/">Home</a><a href="/sport">Sport</a></nav>` +
		`<div class="loading"></div></div>` + scripts + `</body></html>`
}

// storyHTML is the story as an HTML string, with a sub-heading.
func storyHTML() string {
	return "<p>" + strings.Join(scriptStory[:2], "</p><p>") + "</p><h2>Six weeks of work</h2><p>" +
		strings.Join(scriptStory[2:], "</p><p>") + "</p>"
}

// jsonText marshals v for a test page.
func jsonText(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// menuItems is a list of teasers a payload carries beside the article.
var menuItems = []any{
	map[string]any{"label": "Council elections: what the candidates promise on housing and transport", "href": "/a"},
	map[string]any{"label": "Weekend weather: rain on Saturday, sun returning on Sunday afternoon", "href": "/b"},
}

func nextDataPage(t *testing.T) string {
	data := map[string]any{"props": map[string]any{"pageProps": map[string]any{
		"menu":    menuItems,
		"article": map[string]any{"headline": scriptTitle, "body": storyHTML(), "id": 42},
	}}}
	return scriptShell("", `<script id="__NEXT_DATA__" type="application/json">`+jsonText(t, data)+`</script>`)
}

func contentfulPage(t *testing.T) string {
	para := func(s string) any {
		return map[string]any{"nodeType": "paragraph", "content": []any{map[string]any{"nodeType": "text", "value": s}}}
	}
	nodes := []any{para(scriptStory[0]), para(scriptStory[1]),
		map[string]any{"nodeType": "heading-2", "content": []any{map[string]any{"nodeType": "text", "value": "Six weeks of work"}}},
		para(scriptStory[2]), para(scriptStory[3])}
	data := map[string]any{"props": map[string]any{"pageProps": map[string]any{
		"story": map[string]any{"title": scriptTitle, "body": map[string]any{"nodeType": "document", "content": nodes}},
	}}}
	return scriptShell("", `<script id="__NEXT_DATA__" type="application/json">`+jsonText(t, data)+`</script>`)
}

func sanityStatePage(t *testing.T) string {
	block := func(style, s string) any {
		return map[string]any{"_type": "block", "style": style, "children": []any{map[string]any{"_type": "span", "text": s}}}
	}
	blocks := []any{block("normal", scriptStory[0]), block("normal", scriptStory[1]), block("h2", "Six weeks of work"),
		block("normal", scriptStory[2]), block("normal", scriptStory[3])}
	state := map[string]any{"page": map[string]any{"name": scriptTitle, "content": blocks}}
	return scriptShell("", `<script>window.__INITIAL_STATE__ = `+jsonText(t, state)+`;</script>`)
}

func arcStatePage(t *testing.T) string {
	text := func(s string) any { return map[string]any{"type": "text", "content": s} }
	elems := []any{text(scriptStory[0]), map[string]any{"type": "image", "url": "/a.jpg"},
		text(strings.Replace(scriptStory[1], "silt", `<a href="/silt">silt</a>`, 1)),
		map[string]any{"type": "header", "level": 2.0, "content": "Six weeks of work"},
		text(scriptStory[2]), text(scriptStory[3])}
	state := map[string]any{"headlines": map[string]any{"basic": scriptTitle}, "content_elements": elems}
	return scriptShell("", `<script>var Fusion=window.Fusion||{};Fusion.arcSite="x";Fusion.globalContent=`+
		jsonText(t, state)+`;Fusion.lastModified=1;</script>`)
}

func plainStringPage(t *testing.T) string {
	story := map[string]any{"title": scriptTitle, "body": strings.Join(scriptStory[:2], "\n\n") +
		"\n\nSix weeks of work\n\n" + strings.Join(scriptStory[2:], "\n\n")}
	data := map[string]any{"nodes": []any{map[string]any{"type": "data", "data": jsonText(t, map[string]any{"story": story})}}}
	return scriptShell("", `<script type="application/json" data-fetched>`+jsonText(t, data)+`</script>`)
}

func nuxtDataPage(t *testing.T) string {
	data := []any{map[string]any{"data": 1}, "Latest", storyHTML(), 7}
	return scriptShell("", `<script type="application/json" id="__NUXT_DATA__">`+jsonText(t, data)+`</script>`)
}

// nuxtDevaluePage flattens the story as Nuxt's devalue does: the story
// object names its title and its body by indexes.
func nuxtDevaluePage(t *testing.T) string {
	flat := []any{[]any{"ShallowReactive", 1}, map[string]any{"data": 2}, map[string]any{"story-42": 3},
		map[string]any{"title": 4, "blocks": 5, "tags": 8}, scriptTitle, []any{6, 7}, storyHTML(),
		"<p>Photo: harbour office.</p>", []any{9}, "ports"}
	return strings.Replace(scriptShell("", `<script type="application/json" id="__NUXT_DATA__">`+jsonText(t, flat)+`</script>`),
		scriptDesc, "Dredging plan approved.", 1)
}

func ldBodyPage(t *testing.T) string {
	ld := map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": scriptTitle,
		"articleBody": strings.Join(scriptStory, "\n")}
	return scriptShell(`<script type="application/ld+json">`+jsonText(t, ld)+`</script>`, "")
}

// flightPush writes the RSC rows as self.__next_f.push scripts, cut in
// two pushes.
func flightPush(t *testing.T, rows string) string {
	half := len(rows) / 2
	return `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
		`<script>self.__next_f.push(` + jsonText(t, []any{1, rows[:half]}) + `)</script>` +
		`<script>self.__next_f.push(` + jsonText(t, []any{1, rows[half:]}) + `)</script>`
}

func flightPage(t *testing.T) string {
	el := func(tag string, children any) any { return []any{"$", tag, nil, map[string]any{"children": children}} }
	body := []any{el("p", scriptStory[0]), el("p", []any{"Fishing crews had warned for two seasons that ", el("a", "silt"), " left the channel too shallow for loaded boats at low tide."}),
		el("h2", "Six weeks of work"), el("p", scriptStory[2]), el("p", "$L3")}
	nav := el("ul", []any{el("li", el("a", "Home")), el("li", el("a", "Sport"))})
	row0 := []any{"$", "main", nil, map[string]any{"children": []any{el("nav", nav), el("h1", scriptTitle), el("div", body)}}}
	rows := "1:I[\"chunks/app.js\",[],\"Link\"]\n0:" + jsonText(t, row0) + "\n3:" + jsonText(t, scriptStory[3]) + "\n"
	return scriptShell("", flightPush(t, rows))
}

func flightHTMLPage(t *testing.T) string {
	html := storyHTML()
	row := []any{"$", "$L2", nil, map[string]any{"title": scriptTitle, "children": []any{"$", "div", nil,
		map[string]any{"dangerouslySetInnerHTML": map[string]any{"__html": "$4"}}}}}
	rows := "2:I[\"chunks/story.js\",[],\"Story\"]\n0:" + jsonText(t, row) + "\n4:T" +
		strings.ToLower(strconvHex(len(html))) + "," + html + "5:[\"$\",\"footer\",null,{}]\n"
	return scriptShell("", flightPush(t, rows))
}

func flightPropsPage(t *testing.T) string {
	story := map[string]any{"title": scriptTitle, "content": storyHTML()}
	row := []any{"$", "$L2", nil, map[string]any{"story": story, "related": menuItems, "children": []any{"$", "p", nil,
		map[string]any{"children": "Loading…"}}}}
	rows := "2:I[\"chunks/story.js\",[],\"Story\"]\n0:" + jsonText(t, row) + "\n"
	return scriptShell("", flightPush(t, rows))
}

// strconvHex writes n in hexadecimal.
func strconvHex(n int) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 16 {
		b = append([]byte{digits[n%16]}, b...)
	}
	return string(b)
}

func TestScriptBodyIsRead(t *testing.T) {
	cases := []struct {
		name    string
		page    func(*testing.T) string
		heading bool
	}{
		{"Next.js data with an HTML body", nextDataPage, true},
		{"Next.js data with Contentful rich text", contentfulPage, true},
		{"state assignment with Sanity blocks", sanityStatePage, true},
		{"Nuxt data agreeing with the description", nuxtDataPage, true},
		{"Nuxt data tied to the title", nuxtDevaluePage, true},
		{"JSON-LD articleBody", ldBodyPage, false},
		{"state assignments with Arc content elements", arcStatePage, true},
		{"plain text in JSON kept as a string", plainStringPage, true},
		{"React Server Component rows", flightPage, true},
		{"React Server Component rows with inner HTML", flightHTMLPage, true},
		{"props of a client component", flightPropsPage, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, tc.page(t))
			last := -1
			for _, p := range scriptStory {
				i := strings.Index(a.Text, p)
				require.GreaterOrEqual(t, i, 0, "missing %q in %q", p, a.Text)
				assert.Greater(t, i, last, "paragraphs in order")
				last = i
			}
			assert.NotContains(t, a.Text, "Council elections")
			assert.NotContains(t, a.Text, "Sport")
			if tc.heading {
				assert.Contains(t, a.Text, "Six weeks of work")
			}
		})
	}
}

func TestScriptBodyLeftAlone(t *testing.T) {
	teasers := map[string]any{"props": map[string]any{"pageProps": map[string]any{
		"latest": map[string]any{"name": "Latest", "intro": "<p>" + strings.Join(append(bodyArticle, bodyArticle...), "</p><p>") + "</p>"},
	}}}
	product := strings.Replace(nextDataPage(t), "<title>", `<script type="application/ld+json">{"@type":"Product","name":"Dredge"}</script><title>`, 1)
	full := strings.Replace(nextDataPage(t), `<div class="loading"></div>`, "<article><h1>"+scriptTitle+"</h1><p>"+
		strings.Join(bodyArticle, "</p><p>")+"</p></article>", 1)
	cases := []struct{ name, page, absent string }{
		{"payload text that agrees with neither title nor description",
			scriptShell("", `<script id="__NEXT_DATA__" type="application/json">`+jsonText(t, teasers)+`</script>`), bodyArticle[0]},
		{"a product's state", product, scriptStory[0]},
		{"a page whose markup holds the article", full, scriptStory[0]},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseHTML(t.Context(), testConfig(), strings.NewReader(tc.page), Input{})
			if err == nil {
				assert.NotContains(t, a.Text, tc.absent)
			}
		})
	}
}

// FuzzScriptPayload feeds arbitrary text to the payload readers: JSON
// state, React Server Component rows, push scripts, state assignments
// and HTML bodies. Nothing panics, and the text read is valid UTF-8.
func FuzzScriptPayload(f *testing.F) {
	f.Add(`{"a":{"title":"T","body":"<p>one</p><p>two</p>"}}`)
	f.Add(`[{"type":"paragraph","children":[{"text":"x"}]},{"type":"heading","level":9,"children":["y"]}]`)
	f.Add("0:[\"$\",\"div\",null,{\"children\":[[\"$\",\"p\",null,{\"children\":\"$L2\"}]]}]\n2:T5,héllo3:\"x\"\n")
	f.Add(`self.__next_f.push([1,"0:[\"$\",\"p\",null,{}]\n"]);self.__next_f.push([1,`)
	f.Add(`[["Reactive",1],{"a":2,"b":0},[3,1],"<p>x</p><p>y</p>",["Date","2024"]]`)
	f.Add(`window.__STATE__ = JSON.parse("{\"a\":[1,2]}")`)
	f.Fuzz(func(t *testing.T, s string) {
		pw := &payloadWalker{hints: scriptHints{title: "t"}, budget: maxPayloadNodes}
		pw.walkJSONText(s)
		readFlight(pw, s)
		pushed := appendFlightPushes(nil, s)
		readFlight(pw, strings.Join(pushed, ""))
		for _, v := range stateAssignments(s) {
			pw.walkJSONText(v)
		}
		pw.keep(scriptCandidate{blocks: htmlBlocks(s), text: 1})
		for _, c := range pw.cands {
			for _, b := range c.blocks {
				require.True(t, utf8.ValidString(b.Text), "%q", b.Text)
				for _, it := range b.Items {
					require.True(t, utf8.ValidString(it), "%q", it)
				}
			}
		}
	})
}

func TestScriptTitleTies(t *testing.T) {
	pw := &payloadWalker{hints: scriptHints{title: foldText(scriptTitle)}, budget: maxPayloadNodes}
	assert.True(t, pw.namesTitle(map[string]any{"headline": scriptTitle}))
	assert.True(t, pw.namesTitle(map[string]any{"headlines": map[string]any{"basic": scriptTitle}}))
	assert.False(t, pw.namesTitle(map[string]any{"page": map[string]any{"seo": map[string]any{"title": scriptTitle}}}))
	pw.walkJSONText(`{"story":{"headlines":{"basic":"` + scriptTitle + `"},"body":"<p>` + strings.Join(bodyArticle, "</p><p>") + `</p>"},` +
		`"promo":{"body":"<p>` + strings.Join(bodyArticle, "</p><p>") + `</p>"}}`)
	require.Len(t, pw.cands, 2)
	assert.True(t, pw.cands[1].titled, "the story's body")
	assert.False(t, pw.cands[0].titled, "the promo's body")
}

func TestScriptPlainTextIsProse(t *testing.T) {
	pw := &payloadWalker{hints: scriptHints{title: foldText(scriptTitle)}, budget: maxPayloadNodes}
	ld := `{"@type":"Article",` + "\n" + `"headline":"` + strings.Repeat("x ", 250) + `"}`
	pw.walk(map[string]any{"title": scriptTitle, "content": ld}, 0, -1)
	assert.Empty(t, pw.cands, "JSON kept as a string is not a body")
	pw.walk(map[string]any{"title": scriptTitle, "content": strings.Join(scriptStory, "\n")}, 0, -1)
	require.Len(t, pw.cands, 1)
	assert.Len(t, pw.cands[0].blocks, len(scriptStory))
}
