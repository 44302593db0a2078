package article

import (
	"strings"

	"golang.org/x/net/html"
)

// Forum software that writes no JSON-LD often marks its thread with
// schema.org microdata instead: an itemtype of DiscussionForumPosting
// on the first post, of QAPage on a question page. The page declares
// itself a thread just as well; other microdata types (a lone Question
// and Answer make a FAQ, a Comment sits under many news stories) say
// nothing about the page's type.

// microThreadTypes are the microdata types that declare a discussion
// thread.
var microThreadTypes = []string{"DiscussionForumPosting", "QAPage"}

// itemThread reports whether the itemtype attribute of n names a type
// that declares a discussion thread, and returns that type.
func itemThread(n *html.Node) (string, bool) {
	v := Attr(n, "itemtype")
	if v == "" {
		return "", false
	}
	for f := range strings.FieldsSeq(v) {
		t := trimSchemaPrefix(f)
		for _, want := range microThreadTypes {
			if t == want {
				return t, true
			}
		}
	}
	return "", false
}

// microdataType records the thread type that n's microdata declares, the
// first one only.
func (m *pageMeta) microdataType(n *html.Node) {
	if m.itemThread != "" {
		return
	}
	if t, ok := itemThread(n); ok {
		m.itemThread = t
	}
}
