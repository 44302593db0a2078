package article

import (
	"net/url"
	"strings"
)

// The tools that build documentation sites name themselves in the
// generator meta tag (Sphinx, MkDocs, Docusaurus, mdBook, GitBook...);
// no blog engine goes by their names, so the tag declares the page
// documentation as JSON-LD would. Some of these tools build a blog next
// to the documentation (Docusaurus, MkDocs Material): its posts, under a
// blog path, are articles.

// docGenerators are the generator names, lower case, of documentation
// tools; a generator value naming one starts with it.
var docGenerators = []string{"sphinx", "mkdocs", "docusaurus", "mdbook", "gitbook", "bookdown",
	"starlight", "vitepress", "docutils", "antora", "docfx", "doxygen", "nextra", "jsdoc", "pkgdown"}

// docsGenerator reports whether one of the generator values gen names a
// documentation tool.
func docsGenerator(gen []string) bool {
	for _, g := range gen {
		if hasAnyPrefix(strings.ToLower(strings.TrimSpace(g)), docGenerators) {
			return true
		}
	}
	return false
}

// blogWords are the URL path segments of a blog or news section.
var blogWords = map[string]bool{"blog": true, "blogs": true, "news": true, "posts": true}

// blogPath reports whether the path of u has a blog or news segment.
func blogPath(u string) bool {
	p, err := url.Parse(u)
	return err == nil && pathHasWord(p.Path, blogWords)
}
