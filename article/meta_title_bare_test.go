package article

import "testing"

// TestTitleBareSeparators checks that a site's name set off a title by a
// separator without spaces is cut, and that words joined by a hyphen or
// an underscore stay whole.
func TestTitleBareSeparators(t *testing.T) {
	site := `<meta property="og:site_name" content="新浪新闻">`
	checkTitles(t, []titleCase{
		{"underscore after Chinese", `<title>暴雨淹没老城区_新浪新闻</title>` + site, `<p>Text.</p>`, "暴雨淹没老城区"},
		{"bar without spaces", `<title>暴雨淹没老城区|新浪新闻</title>` + site, `<p>Text.</p>`, "暴雨淹没老城区"},
		{"dash after Chinese", `<title>暴雨淹没老城区-新浪新闻</title>` + site, `<p>Text.</p>`, "暴雨淹没老城区"},
		{"bar before the host's name", `<title>Rain floods the old town|Acme</title>`, `<p>Text.</p>`, "Rain floods the old town"},
		{"hyphenated Latin words stay", `<title>Wolf-Acme</title>`, `<p>Text.</p>`, "Wolf-Acme"},
	})
}

// TestTitleCutMetadata checks that a metadata title cut short with an
// ellipsis agrees with the <h1> that goes on from it, on a news article
// whose metadata otherwise wins.
func TestTitleCutMetadata(t *testing.T) {
	full := "Rain floods the old town as the river rises to a level not seen since 1910"
	checkTitles(t, []titleCase{
		{"og:title cut short",
			`<meta property="og:title" content="Rain floods the old town as the river rises to a lev…">
			<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
			`<h1>` + full + `</h1><p>Text.</p>`, full},
		{"three dots",
			`<meta property="og:title" content="Rain floods the old town as the river rises...">
			<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
			`<h1>` + full + `</h1><p>Text.</p>`, full},
	})
}
