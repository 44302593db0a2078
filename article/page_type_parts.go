package article

import "golang.org/x/net/html"

// elementParts returns the page parts n's class and id name, as
// namedParts(classAndID(buf, n)) with a buffer of maxFoldedValue bytes
// gives them, and whether that name has 4 bytes or more (countVocab skips
// shorter ones). It reads the values as they stand, ASCII case ignored,
// instead of a lower-cased copy of both: no page part word holds a space,
// so none runs across the space that joins them.
func elementParts(n *html.Node) (parts uint8, named bool) {
	class, id := classAndIDValues(n)
	class = class[:min(len(class), maxFoldedValue)]
	size := len(class)
	parts = partIndex.foldTags(class)
	if size < maxFoldedValue {
		id = id[:min(len(id), maxFoldedValue-size-1)]
		size += 1 + len(id)
		if id != "" {
			parts |= partIndex.foldTags(id)
		}
	}
	return parts, size >= 4
}

// classAndIDValues returns the first class and the first id value of n,
// attributes in a namespace left out.
func classAndIDValues(n *html.Node) (class, id string) {
	hasClass, hasID := false, false
	for _, a := range n.Attr {
		switch {
		case a.Namespace != "":
		case a.Key == "class" && !hasClass:
			class, hasClass = a.Val, true
		case a.Key == "id" && !hasID:
			id, hasID = a.Val, true
		}
	}
	return class, id
}
