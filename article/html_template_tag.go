package article

import "strings"

// A template tag the CMS left unrendered ("[CTA_MODULE]", "{{ banner }}",
// "{% include promo %}") sometimes sits alone in a paragraph of the body,
// where a box was meant to go. It is no text of the page, and its
// paragraph is dropped with the filler (see dropPlaceholders). Code
// blocks, where such tags are the subject, are not paragraphs, nor is a
// paragraph that sets the tag in inline code (see bodyWalker.flush).

// templateTag reports whether s is a template tag and nothing else: a
// double-braced or brace-percent tag, or a shortcode in square brackets
// whose name joins words with "_" or "-" ("[cta_module]",
// "[contact-form-7 id=12]"). A bracketed word of prose ("[Fact]",
// "[Image description: …]") is not a tag.
func templateTag(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case len(s) < 5 || strings.ContainsAny(s, "\n"):
		return false
	case strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}"),
		strings.HasPrefix(s, "{%") && strings.HasSuffix(s, "%}"):
		return true
	case s[0] == '[' && s[len(s)-1] == ']':
		return shortcodeName(s[1 : len(s)-1])
	}
	return false
}

// shortcodeName reports whether the inside of a bracketed tag opens with
// a shortcode's name (an ASCII letter, then ASCII letters, digits, "_"
// and "-", with at least one "_" or "-") and has only attributes
// ("id=12") after it.
func shortcodeName(in string) bool {
	name, attrs, _ := strings.Cut(strings.TrimPrefix(in, "/"), " ")
	if name == "" || !isASCIILetter(name[0]) || !strings.ContainsAny(name, "_-") {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !isASCIILetter(c) && !(c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	for _, f := range strings.Fields(attrs) {
		if !strings.Contains(f, "=") && f != "/" {
			return false
		}
	}
	return true
}
