package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The page-type signals a page declares: the schema.org types of its
// JSON-LD and its og:type. They are read with a light scan of the
// scripts' text for "@type" values, not a second JSON decoding: the
// metadata reader has decoded them for its own fields already.

// declaredTypes holds what a page says it is.
type declaredTypes struct {
	ld     []string // the JSON-LD @type values, in page order
	ogType string   // the og:type, lower-cased
}

// maxLDTypes bounds the @type values kept of one page.
const maxLDTypes = 64

// readDeclaredTypes gathers the JSON-LD types and og:type of the page
// whose stats are st: the <head> is walked, and the scripts of the body
// are found among the stats' elements.
func readDeclaredTypes(doc *html.Node, st *pageStats) declaredTypes {
	var d declaredTypes
	if head := findFirst(doc, atom.Head); head != nil {
		for n := range head.Descendants() {
			d.addElement(n)
		}
	}
	for i := range st.infos {
		if n := st.infos[i].node; n.DataAtom == atom.Script && !inHeadElement(n) {
			d.addElement(n)
		}
	}
	return d
}

// inHeadElement reports whether n sits inside the <head>.
func inHeadElement(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Head {
			return true
		}
	}
	return false
}

// addElement reads one <meta> or JSON-LD <script>.
func (d *declaredTypes) addElement(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.Meta:
		if d.ogType == "" && strings.EqualFold(firstAttr(n, "property", "name"), "og:type") {
			d.ogType = strings.ToLower(strings.TrimSpace(Attr(n, "content")))
		}
	case atom.Script:
		if strings.Contains(strings.ToLower(Attr(n, "type")), "ld+json") && n.FirstChild != nil {
			d.ld = scanLDTypes(n.FirstChild.Data, d.ld)
		}
	}
}

// firstAttr returns the first non-empty value of the attributes keys.
func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := Attr(n, k); v != "" {
			return v
		}
	}
	return ""
}

// scanLDTypes appends to out the values of the "@type" keys written in
// the JSON text s: a string, or an array of strings.
func scanLDTypes(s string, out []string) []string {
	for len(out) < maxLDTypes {
		i := strings.Index(s, `"@type"`)
		if i < 0 {
			return out
		}
		s = strings.TrimLeft(s[i+len(`"@type"`):], " \t\r\n:")
		if strings.HasPrefix(s, "[") {
			end := strings.IndexByte(s, ']')
			if end < 0 {
				return out
			}
			out = appendQuoted(out, s[1:end])
			s = s[end:]
			continue
		}
		out = appendQuoted(out, firstQuoted(s))
	}
	return out
}

// firstQuoted returns s up to the end of its first JSON string, when s
// starts with one, else "".
func firstQuoted(s string) string {
	if !strings.HasPrefix(s, `"`) {
		return ""
	}
	if end := strings.IndexByte(s[1:], '"'); end >= 0 {
		return s[:end+2]
	}
	return ""
}

// appendQuoted appends the quoted strings of s ("a", "b") to out, each
// without its schema.org prefix.
func appendQuoted(out []string, s string) []string {
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i+1:], '"')
		if j < 0 {
			return out
		}
		if t := trimSchemaPrefix(s[i+1 : i+1+j]); t != "" && len(out) < maxLDTypes {
			out = append(out, t)
		}
		s = s[i+j+2:]
	}
}

// trimSchemaPrefix removes a schema.org namespace from a type name.
func trimSchemaPrefix(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.LastIndexAny(t, "/:"); i >= 0 {
		t = t[i+1:]
	}
	return t
}
