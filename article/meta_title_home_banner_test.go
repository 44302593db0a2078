package article

import "testing"

// TestTitleHomeBanner checks that an <h1> linking to the home page is
// read as the site's banner, not as the start of the page title, and that
// a headline linking to its own page stays the headline.
func TestTitleHomeBanner(t *testing.T) {
	head := `<title>Acme Data Blog: Small steps with small models</title>
		<meta property="og:title" content="Small steps with small models">`
	post := `<h3 class="post-title">Small steps with small models</h3><p>Text of the post.</p>`
	for _, tc := range []titleCase{
		{"banner linking to the home page", head,
			`<h1 class="title"><a href="https://blog.acme.example/">Acme Data Blog</a></h1>` + post,
			"Small steps with small models"},
		{"banner linking to the root path", head,
			`<h1><a href="/">Acme Data Blog</a></h1>` + post, "Small steps with small models"},
		{"banner with rel home", head,
			`<h1><a href="https://blog.acme.example/en/" rel="home">Acme Data Blog</a></h1>` + post,
			"Small steps with small models"},
		{"headline linking to its own page stays",
			`<title>Small steps with small models, and what they teach | Acme Data Blog</title>`,
			`<h1><a href="/2025/12/small-steps.html">Small steps with small models</a></h1><p>Text of the post.</p>`,
			"Small steps with small models"},
	} {
		checkTitleAt(t, tc, "https://blog.acme.example/2025/12/small-steps.html")
	}
}

// TestIsHomeHref checks which link addresses lead to a home page.
func TestIsHomeHref(t *testing.T) {
	for href, want := range map[string]bool{
		"/": true, "https://acme.example": true, "https://acme.example/": true,
		"https://acme.example/news/": false, "/index.html": false, "#": false,
		"./": false, "https://acme.example/?p=3": false, "": false,
		"https://archive.example/web/2014/http://acme.example/":          true,
		"https://archive.example/web/2014/http://acme.example/news/":     false,
		"https://acme.example/go?to=http://other.example/":               false,
		"https://archive.example/web/2014/https://acme.example/?lang=de": false,
	} {
		if got := isHomeHref(href); got != want {
			t.Errorf("isHomeHref(%q) = %v, want %v", href, got, want)
		}
	}
}
