package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTitlePageNameAgreement checks that three metadata sources agreeing
// on a page's name win over a banner <h1>, but not on an article.
func TestTitlePageNameAgreement(t *testing.T) {
	webPage := `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
		{"@type":"WebPage","name":"Modern Sofas & Couches | Acme Home"},
		{"@type":"WebSite","name":"Acme Home"}]}</script>`
	checkTitles(t, []titleCase{
		{"web page name, og:title and title agree",
			webPage + `<title>Modern Sofas & Couches | Acme Home</title>
			<meta property="og:title" content="Modern Sofas & Couches">`,
			`<h1>Sofas & sectionals</h1><p>Text.</p>`, "Modern Sofas & Couches"},
		{"an article keeps its h1",
			webPage + `<meta property="og:type" content="article">
			<title>Modern Sofas & Couches | Acme Home</title>
			<meta property="og:title" content="Modern Sofas & Couches">`,
			`<h1>Sofas & sectionals</h1><p>Text.</p>`, "Sofas & sectionals"},
		{"two sources only keep the h1",
			`<title>Modern Sofas & Couches | Acme Home</title>
			<meta property="og:title" content="Modern Sofas & Couches">`,
			`<h1>Sofas & sectionals</h1><p>Text.</p>`, "Sofas & sectionals"},
		{"sources that disagree keep the h1",
			`<script type="application/ld+json">{"@type":"WebPage","name":"Living Room Furniture"}</script>
			<title>Modern Sofas & Couches | Acme Home</title>
			<meta property="og:title" content="Modern Sofas & Couches">`,
			`<h1>Sofas & sectionals</h1><p>Text.</p>`, "Sofas & sectionals"},
	})
}

// TestTitlePageNameSlug checks that the URL's slug picks the metadata
// title over an <h1> it shares fewer words with, but not on a product's
// page.
func TestTitlePageNameSlug(t *testing.T) {
	head := `<title>Quality Assurance and Testing for Web Apps | Acme</title>`
	body := `<h1>Quality Engineering and Digital Assurance</h1><p>Text.</p>`
	for _, tc := range []struct {
		name, head, url, want string
	}{
		{"slug speaks for the metadata", head,
			"https://acme.example/services/quality-assurance-and-testing/", "Quality Assurance and Testing for Web Apps"},
		{"slug speaks for the h1", head,
			"https://acme.example/services/quality-engineering-digital-assurance", "Quality Engineering and Digital Assurance"},
		{"a one-word slug says nothing", head,
			"https://acme.example/services/testing", "Quality Engineering and Digital Assurance"},
		{"an article keeps its h1", head + `<meta property="og:type" content="article">`,
			"https://acme.example/services/quality-assurance-and-testing/", "Quality Engineering and Digital Assurance"},
		{"a product keeps its h1", head + `<script type="application/ld+json">{"@type":"Product","name":"QA Kit"}</script>`,
			"https://acme.example/services/quality-assurance-and-testing/", "Quality Engineering and Digital Assurance"},
	} {
		checkTitleAt(t, titleCase{tc.name, tc.head, body, tc.want}, tc.url)
	}
}

// TestSlugWords checks the words read from the last segment of a URL path.
func TestSlugWords(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want []string
	}{
		{"https://acme.example/a/quality-assurance-and-testing/", []string{"quality", "assurance", "and", "testing"}},
		{"https://acme.example/p/red_chair.html?x=1", []string{"red", "chair"}},
		{"https://acme.example/p/chair", nil},
		{"https://acme.example/", nil},
		{"::bad", nil},
	} {
		assert.Equal(t, tc.want, slugWords(tc.url), tc.url)
	}
}

// TestSlugFavors checks the count of slug words a title must share.
func TestSlugFavors(t *testing.T) {
	slug := []string{"red", "office", "chair", "x12"}
	assert.True(t, slugFavors(slug, "Red Office Chair", "Seating"))
	assert.False(t, slugFavors(slug, "Office Seating", "Seating for work"), "one word only")
	assert.False(t, slugFavors(slug, "Red Office Chair", "Red chair for the office"), "as many as the h1")
}
