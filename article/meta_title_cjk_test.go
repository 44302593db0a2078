package article

import "testing"

// TestTitleCJKSuffix checks that a site's name set after a Chinese title
// with a dash and no spaces is cut, and that a dash inside a short title
// stays.
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
		{"dash inside a short title stays",
			`<title>北京-上海高铁</title>`,
			`<p>Text.</p>`,
			"北京-上海高铁"},
	})
}
