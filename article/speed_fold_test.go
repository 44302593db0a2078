package article

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The forms below are the ones foldTags replaced: each value was copied
// lower-cased into a buffer, then searched. They stay as references.

// nameWeight weighs one lowercased word of a class or id, in one pass:
// a strong boilerplate word or part gives -2, else a content word 1, else
// a weak boilerplate word -1, else 0.
func nameWeight(v []byte) int8 {
	return weightOfTags(vocabIndex.tags(v))
}

// hintOf returns the hint of one lower-cased class or id value: a comment
// word wins over an author word, which wins over a date word.
func hintOf(v []byte) int {
	return hintOfTags(hintIndex.tags(v))
}

// copiedValueWeight is valueWeight reading a lower-cased copy.
func copiedValueWeight(val string) int8 {
	var buf [128]byte
	w := int8(0)
	v := lowerInto(buf[:0], val)
	for len(v) > 0 {
		var word []byte
		word, v = nextWord(v)
		switch x := nameWeight(word); {
		case x == 1:
			return 1
		case x < w:
			w = x
		}
	}
	return w
}

// copiedValueHint is valueHint reading a lower-cased copy.
func copiedValueHint(val string) int {
	if len(val) > maxHintLength*2 || val == "" {
		return 0
	}
	var buf [maxHintLength * 2]byte
	return hintOf(lowerInto(buf[:0], val))
}

// copiedAnyPageBoilerName is anyPageBoilerName reading a lower-cased copy.
func copiedAnyPageBoilerName(val string) bool {
	var buf [128]byte
	return anyPageIndex.tags(lowerInto(buf[:0], val)) != 0
}

// copiedStrongTags is the strong-word test of html_part_marks.go reading a
// lower-cased copy.
func copiedStrongTags(val string) uint8 {
	var buf [128]byte
	return strongOnlyIndex.tags(lowerInto(buf[:0], val))
}

// foldSamples are class and id values for the folded searches: cases,
// separators, words cut at the ends and at the 128-byte limit.
var foldSamples = []string{
	"", "a", "Byline", "BYLINE", "post-Author-Name", "entry-DATE", "PublishedTime",
	"comment-list", "Comments", "relatedPosts", "AUTHOR-BIO", "user-Name", "UserName",
	"ad-Banner", "SideBar", "article-Body", "ARTICLE CONTENT", "social share",
	"Newsletter-signup", "footer nav", "header\tMenu\nItem", "créDit Auteur",
	"ÄUTHOR", "KSignature", "dat", "tim", "autho", "x" + strings.Repeat("a", 120) + "author",
	strings.Repeat("b", 125) + "Date", strings.Repeat("c", 126) + "Date", strings.Repeat("Posted ", 20),
	"Sidebar-Widget related", "Promo teaser", "Cookie-Consent", "entry-content post-DATE",
}

// foldFragments are the pieces the random values are built from.
var foldFragments = []string{
	"author", "Author", "DATE", "time", "Comment", "related", "byline", "sidebar", "SIDEBAR",
	"content", "Article", "body", "share", "promo", "ad", "nav", "footer", "widget", "post",
	"-", "_", " ", ".", ":", "\t", "é", "K", "x", "Z9",
}

// randomFoldValue builds a class value of random fragments.
func randomFoldValue(r *rand.Rand) string { return randomJoin(r, foldFragments, 12) }

// randomJoin joins fewer than most fragments picked at random.
func randomJoin(r *rand.Rand, fragments []string, most int) string {
	var b strings.Builder
	for n := r.Intn(most); n > 0; n-- {
		b.WriteString(fragments[r.Intn(len(fragments))])
	}
	return b.String()
}

func TestFoldedSearchesMatchCopies(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	values := append([]string(nil), foldSamples...)
	for range 20000 {
		values = append(values, randomFoldValue(r))
	}
	for _, v := range values {
		assert.Equal(t, copiedValueWeight(v), valueWeight(v), v)
		assert.Equal(t, copiedValueHint(v), valueHint(v), v)
		assert.Equal(t, copiedAnyPageBoilerName(v), anyPageBoilerName(v), v)
		assert.Equal(t, copiedStrongTags(v), strongOnlyIndex.foldTags(v[:min(len(v), maxFoldedValue)]), v)
		cut := v[:min(len(v), maxFoldedValue)]
		for _, x := range []*wordIndex{hintIndex, vocabIndex, anyPageIndex, strongOnlyIndex} {
			var buf [128]byte
			want := x.tags(lowerInto(buf[:0], v))
			assert.Equal(t, want, x.foldTags(cut), v)
			assert.Equal(t, want, x.foldTagsEach(cut), v)
		}
	}
}

func TestFoldedSearchCases(t *testing.T) {
	cases := []struct {
		val  string
		hint int
	}{
		{"Byline", hintAuthor},
		{"POST-DATE", hintDate},
		{"Byline-Date", hintAuthor},
		{"CommentAuthor", hintComment},
		{"headline", 0},
		{strings.Repeat("x", 129) + "author", 0},
	}
	for _, c := range cases {
		assert.Equal(t, c.hint, valueHint(c.val), c.val)
	}
}

func FuzzFoldedSearches(f *testing.F) {
	for _, s := range foldSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		assert.Equal(t, copiedValueWeight(v), valueWeight(v))
		assert.Equal(t, copiedValueHint(v), valueHint(v))
		assert.Equal(t, copiedAnyPageBoilerName(v), anyPageBoilerName(v))
	})
}
