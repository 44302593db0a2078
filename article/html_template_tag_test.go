package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTemplateTagsLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"shortcode", "<p>[CTA_MODULE]</p>", "CTA_MODULE", ""},
		{"shortcode with attributes", `<p>[contact-form-7 id="12" title="Contact"]</p>`, "contact-form-7", ""},
		{"double braces", `<p>{{hire-banner="/banners/hire"}}</p>`, "hire-banner", ""},
		{"brace percent", "<p>{% include promo.html %}</p>", "include promo", ""},
		{"bracketed word kept", "<p>[Update]</p>", "", "Update"},
		{"editor's note kept", "<p>[Image description: the new lanes on Main Street]</p>", "", "Image description"},
		{"tag set in inline code kept", "<p><code>{{ page.title }}</code></p>", "", "{{ page.title }}"},
		{"shortcode set in inline code kept", `<p><code>[contact-form-7 id="12"]</code></p>`, "", "contact-form-7"},
	}
	checkEdges(t, inMiddle, cases)
}

func TestTemplateTag(t *testing.T) {
	for s, want := range map[string]bool{
		"[CTA_MODULE]": true, "[/cta-box]": true, "{{ banner }}": true, "{%endif%}": true,
		"[Fact]": false, "[a-b c d]": false, "[x]": false, "{{": false, "": false, "[caption id=1]": false,
		"[ ]": false, "[---]": false, "[é_x]": false,
	} {
		assert.Equal(t, want, templateTag(s), s)
	}
}
