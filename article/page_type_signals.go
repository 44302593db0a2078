package article

import (
	"strings"
)

// The page-type signals a page declares: the schema.org types of its
// JSON-LD and its og:type, taken from what the metadata reader gathered
// (pageMeta) and kept under declaredPageTypes for pageType. The types are
// read with a light scan of the scripts' text for "@type" values, every
// object's, nested or not, and of scripts too broken to decode.

// declaredTypes holds what a page says it is.
type declaredTypes struct {
	ld     []string // the JSON-LD @type values, in page order
	item   string   // the thread type of the microdata, see page_type_microdata.go
	ogType string   // the og:type, lower-cased
	// docs says the generator meta tag names a documentation tool, see
	// page_type_docs.go.
	docs bool
}

// maxLDTypes bounds the @type values kept of one page.
const maxLDTypes = 64

// newDeclaredTypes returns the JSON-LD types and og:type of the page
// whose metadata is pm.
func newDeclaredTypes(pm *pageMeta) declaredTypes {
	var d declaredTypes
	for _, s := range pm.jsonLD {
		d.ld = scanLDTypes(s, d.ld)
	}
	d.item = pm.itemThread
	d.ogType = strings.ToLower(pm.metaValue("og:type"))
	d.docs = docsGenerator(pm.metaValues("generator"))
	return d
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
