package entities

import "strings"

// Sentence is a tokenized sentence with one IOB2 tag per token ("O",
// "B-PER", "I-PER"...), the unit the tagger is trained and evaluated on.
type Sentence struct {
	Tokens []string
	Tags   []string
}

// Span is an entity in a tagged sentence: tokens [Start, End) of Type
// (PER, ORG, LOC or MISC).
type Span struct {
	Start, End int
	Type       string
}

// The entity types, as written in tags.
const (
	TypePER  = "PER"
	TypeORG  = "ORG"
	TypeLOC  = "LOC"
	TypeMISC = "MISC"
)

// labels are the tags the model predicts, in index order.
var labels = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const nLabels = 9

// labelIndex maps a tag to its index in labels; unknown tags are O.
func labelIndex(tag string) int {
	for i, l := range labels {
		if l == tag {
			return i
		}
	}
	return 0
}

// isInside reports whether label k is an I- tag.
func isInside(k int) bool { return k > 0 && k%2 == 0 }

// allowed reports whether label k may follow label prev (-1 at the start)
// in IOB2: an I-X tag only continues a B-X or I-X.
func allowed(prev, k int) bool {
	if !isInside(k) {
		return true
	}
	return prev == k || prev == k-1
}

// splitTag returns the prefix (B, I or O) and type of tag.
func splitTag(tag string) (string, string) {
	p, t, ok := strings.Cut(tag, "-")
	if !ok {
		return "O", ""
	}
	return p, t
}

// ToIOB2 rewrites tags (IOB1 or IOB2, or plain IO) in place as IOB2: an
// I-X that does not continue an X entity becomes B-X. Unknown types and
// malformed tags become O.
func ToIOB2(tags []string) {
	prevType := ""
	for i, tag := range tags {
		p, t := splitTag(tag)
		switch {
		case p == "O" || t == "":
			tags[i], prevType = "O", ""
			continue
		case p == "I" && t != prevType:
			p = "B"
		case p != "I" && p != "B":
			p = "B"
		}
		tags[i], prevType = p+"-"+t, t
	}
}

// Spans returns the entities of IOB2 tags.
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); {
		p, t := splitTag(tags[i])
		if p == "O" || t == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+t {
			j++
		}
		out = append(out, Span{Start: i, End: j, Type: t})
		i = j
	}
	return out
}
