package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// signupArticle is the prose of the article around the boxes of the
// signup cases.
var signupArticle = []string{
	"The harbour authority approved on Tuesday a plan to dredge the old basin before the summer season, after two years of delays.",
	"The work will cost four million euros, shared between the region and the port, and should take about five months to complete.",
	"Fishermen welcomed the decision but asked that the boats be allowed to moor at the north quay while the dredgers are at work.",
	"The mayor said the first barges would arrive in March, once the environmental survey of the silt has been published in full.",
	"Residents of the quays will be told of the working hours at a public meeting in the town hall at the end of the month.",
}

// signupFinePrint is the long consent text under a signup form: with the
// pitch, the box holds more than 400 bytes.
const signupFinePrint = "By signing up, you agree to receive recurring automated marketing messages from the Harbour Gazette at the address provided. " +
	"Message and data rates may apply. You can opt out at any time by following the link at the bottom of every message we send. " +
	"Consent is not a condition of purchase. See our Privacy Policy and Terms of Use for how we handle your details and your rights. " +
	"We never sell the addresses of our readers, and each letter tells you why you receive it and how to change the topics you follow."

// parseSignupPage parses an article with box inserted after its second
// paragraph.
func parseSignupPage(t *testing.T, box string) *Article {
	t.Helper()
	page := "<html><head><title>Old basin to be dredged</title><meta property=og:type content=article></head><body><article><h1>Old basin to be dredged</h1><p>" +
		strings.Join(signupArticle[:2], "</p><p>") + "</p>" + box + "<p>" +
		strings.Join(signupArticle[2:], "</p><p>") + "</p></article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	for _, p := range signupArticle {
		require.Contains(t, a.Text, p)
	}
	return a
}

func TestBodySignupBoxes(t *testing.T) {
	cases := []struct{ name, box, text string }{
		{"text-message signup", `<section><div>Gazette Deals</div><div>Get our best deals texted right to your phone!</div>` +
			`<form><input type="tel" placeholder="Enter Phone Number"><button>Sign Me Up</button></form>` +
			`<div>Up to two messages a day. Reply STOP to opt out.</div></section>`, "texted right to your phone"},
		{"phone field named", `<div><p>Breaking news alerts, straight to your mobile.</p>` +
			`<form><input type="text" name="mobile_phone"><button>Send me alerts</button></form></div>`, "straight to your mobile"},
		{"newsletter with long fine print", `<section><h2>Join 80,000 readers of the morning letter</h2>` +
			`<form><input type="email" name="email_address" placeholder="Enter your email"><input type="submit" value="Subscribe"></form>` +
			`<p>` + signupFinePrint + `</p></section>`, "morning letter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseSignupPage(t, tc.box)
			assert.NotContains(t, a.Text, tc.text)
		})
	}
}

func TestBodyKeepsZipCodeBox(t *testing.T) {
	// A digit keypad for a zip code is no signup: the box stays.
	box := `<div><p>Prices for dredging work vary a lot from one coast to another, so compare local quotes before you hire.</p>` +
		`<form><input type="tel" name="zip_code" placeholder="Zip code"><button>Compare</button></form></div>`
	a := parseSignupPage(t, box)
	assert.Contains(t, a.Text, "compare local quotes")
}

func TestPhoneField(t *testing.T) {
	cases := []struct {
		input string
		want  bool
	}{
		{`<input type="tel" placeholder="Enter Phone Number">`, true},
		{`<input type="text" name="mobile_phone">`, true},
		{`<input type="text" aria-label="Your phone">`, true},
		{`<input type="text" autocomplete="tel">`, true},
		{`<input type="tel" name="zip_code" placeholder="Zip code">`, false},
		{`<input type="text" name="q" placeholder="Search">`, false},
	}
	for _, tc := range cases {
		t.Run(tc.input, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.input))
			require.NoError(t, err)
			var in *html.Node
			for d := range doc.Descendants() {
				if d.Type == html.ElementNode && d.Data == "input" {
					in = d
				}
			}
			require.NotNil(t, in)
			assert.Equal(t, tc.want, phoneField(in))
		})
	}
}
