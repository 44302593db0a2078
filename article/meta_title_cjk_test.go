package article

import "testing"

// TestTitleCJKSuffix checks that a site's name set after a Chinese or
// Japanese title with a dash, an underscore or a full-width colon and no
// spaces is cut, and that a dash inside a short title, or a colon after a
// short kicker, stays.
func TestTitleCJKSuffix(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site after a dash",
			`<title>长江大桥今天正式通车！-江城新闻网</title>`,
			`<p>Text.</p>`,
			"长江大桥今天正式通车！"},
		{"site after an underscore",
			`<title>长江大桥今天正式通车_江城新闻网</title>`,
			`<p>Text.</p>`,
			"长江大桥今天正式通车"},
		{"Japanese site after a full-width colon",
			`<title>市議会が新年度予算案を賛成多数で可決、子育て支援を拡充：港町新聞デジタル</title>`,
			`<p>Text.</p>`,
			"市議会が新年度予算案を賛成多数で可決、子育て支援を拡充"},
		{"full-width colon before a headline's short second half stays",
			`<title>外交部发言人回应美方涉台言论：坚决反对</title>`,
			`<p>Text.</p>`,
			"外交部发言人回应美方涉台言论：坚决反对"},
		{"full-width colon after a short kicker stays",
			`<title>速報：市議会が新年度予算案を賛成多数で可決</title>`,
			`<p>Text.</p>`,
			"速報：市議会が新年度予算案を賛成多数で可決"},
		{"dash inside a short title stays",
			`<title>北京-上海高铁</title>`,
			`<p>Text.</p>`,
			"北京-上海高铁"},
	})
}
