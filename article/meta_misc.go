package article

import (
	"net/url"
	"strings"
)

// This file reads the simpler metadata: language, site name, canonical
// URL and lead image.

// normalizeLangTag returns a BCP 47 form of a language tag: "fr",
// "en-GB"; "" when s is not one.
func normalizeLangTag(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	lang, region, _ := strings.Cut(s, "-")
	if len(lang) < 2 || len(lang) > 3 || !isASCIILetters(lang) {
		return ""
	}
	lang = strings.ToLower(lang)
	if len(region) == 2 && isASCIILetters(region) {
		return lang + "-" + strings.ToUpper(region)
	}
	return lang
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// pickLanguage returns the page's language: <html lang>, Content-Language,
// JSON-LD inLanguage, og:locale.
func pickLanguage(pm *pageMeta, ld ldArticle) string {
	for _, s := range []string{pm.lang, pm.metaValue("content-language", "language", "dc.language"),
		ld.field("inLanguage"), pm.metaValue("og:locale")} {
		if t := normalizeLangTag(s); t != "" {
			return t
		}
	}
	return ""
}

// pickSiteName returns the publication's name: og:site_name, the JSON-LD
// publisher, application-name.
func pickSiteName(pm *pageMeta, ld ldArticle) string {
	for _, s := range []string{pm.metaValue("og:site_name"), ld.publisherName(),
		pm.metaValue("application-name", "apple-mobile-web-app-title", "al:ios:app_name", "twitter:app:name:iphone")} {
		if s = CleanText(s); s != "" && len(s) <= 100 && !looksLikeURL(s) {
			return s
		}
	}
	return ""
}

// siteKeys returns the keys of the names a site goes by, and then the main
// label of its host ("lemonde" for www.lemonde.fr), with the number of
// names.
func siteKeys(pm *pageMeta, ld ldArticle, site, pageURL string) ([]string, int) {
	var keys []string
	for _, s := range []string{site, pm.metaValue("og:site_name"), ld.publisherName(),
		pm.metaValue("application-name", "apple-mobile-web-app-title")} {
		if k := titleKey(s); k != "" {
			keys = append(keys, k)
		}
	}
	names := len(keys)
	if k := titleKey(hostLabel(originalURL(pageURL))); k != "" {
		keys = append(keys, k)
	}
	return keys, names
}

// hostLabel returns the main label of u's host: "lemonde" for
// https://www.lemonde.fr/x.
func hostLabel(u string) string {
	labels := hostLabels(u)
	if len(labels) < 2 {
		return strings.Join(labels, "")
	}
	main := labels[len(labels)-2]
	if len(main) <= 3 && len(labels) >= 3 { // bbc.co.uk
		main = labels[len(labels)-3]
	}
	return main
}

// hostLabels returns the dot-separated labels of u's host without a
// leading "www.", or nil when u has no host.
func hostLabels(u string) []string {
	p, err := url.Parse(u)
	if err != nil || p.Hostname() == "" {
		return nil
	}
	return strings.Split(strings.TrimPrefix(p.Hostname(), "www."), ".")
}

// resolveURL returns ref resolved against base, or ref when either cannot
// be read; "" for addresses that are not web addresses.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "data:") || strings.HasPrefix(ref, "javascript:") {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if r.IsAbs() || base == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// pickURL returns the canonical URL: <link rel=canonical>, og:url, the
// JSON-LD url, resolved against the input's URL; the first that is an
// absolute address. Without the input's URL, a relative canonical
// ("/artikel/1", "//www.example.de/a") yields to an absolute og:url, and
// is given as written only when no source is absolute.
func pickURL(pm *pageMeta, ld ldArticle, base string) string {
	sources := []string{pm.linkHref("canonical"), pm.metaValue("og:url"), ld.url()}
	for _, s := range sources {
		if u := resolveURL(base, s); strings.HasPrefix(u, "http") {
			return u
		}
	}
	if base != "" {
		return ""
	}
	for _, s := range sources { // no address given and none absolute: "/story/1", as the page writes it
		if u := resolveURL(base, s); u != "" {
			return u
		}
	}
	return ""
}

// pickImage returns the lead image: og:image, twitter:image, the JSON-LD
// image, <link rel=image_src>.
func pickImage(pm *pageMeta, ld ldArticle, base string) string {
	for _, s := range []string{pm.metaValue("og:image:secure_url", "og:image", "og:image:url"),
		pm.metaValue("twitter:image", "twitter:image:src"), ld.image(), pm.linkHref("image_src"),
		pm.metaValue("thumbnailurl", "image")} {
		if u := resolveURL(base, s); u != "" {
			return u
		}
	}
	return ""
}
