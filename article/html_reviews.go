package article

import (
	"bytes"

	"golang.org/x/net/html"
)

// A product page follows the product's description with its customers'
// reviews: ratings, verified buyers, "was this helpful". They are what
// others say of the product, not the page's content, and are left out of
// the body of a product page. On other pages a review may be the article
// itself (a film review), so the class word is read on product pages only.

// reviewBox reports whether n's class or id names a box of reviews.
func reviewBox(n *html.Node) bool {
	if n.Type != html.ElementNode || len(n.Attr) == 0 {
		return false
	}
	var buf [128]byte
	return bytes.Contains(classAndID(buf[:0], n), []byte("review"))
}
