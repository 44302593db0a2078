package article

import "golang.org/x/net/html"

// On a news page, "comment" in a class or id marks the readers' comments
// under the article: boilerplate. On a page that declares itself a
// discussion thread (a forum topic, a question and its answers), forum
// software calls the posts themselves comments ("cPost ipsComment",
// "comments-wrap"): there the word says nothing against the element, and
// the rest of its class and id is weighed alone.

// declaresThread reports whether the page's JSON-LD declares it a
// discussion thread.
func declaresThread(c *Context) bool {
	d, _ := declaredPageTypes.Get(c)
	return ldPageType(d.ld) == PageTypeForum
}

// threadWeight is classWeight with the word "comment" left out of n's
// class and id.
func threadWeight(n *html.Node) int8 { return classWeightWithout(n, "comment", nil) }
