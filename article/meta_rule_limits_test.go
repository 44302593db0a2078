package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsSentenceAside checks that a phrase about the writer after a
// comma ("special to the Courier") keeps the name before it: only a line
// whose names so far are single words is a title (see sentencePart).
func TestAuthorsSentenceAside(t *testing.T) {
	body := `<p>The council met on Tuesday night and voted on the budget plan for the coming year after a long debate.</p>`
	cases := []authorCase{
		{"an aside after the name", ``,
			`<h1>Council votes on the budget</h1><p class="byline">By Jane Doe, special to the Courier</p>` + body,
			[]string{"Jane Doe"}},
		{"an aside after two names", ``,
			`<h1>Council votes on the budget</h1><p class="byline">By Jane Doe and John Smith, special to the Courier</p>` + body,
			[]string{"Jane Doe", "John Smith"}},
	}
	checkAuthorCases(t, "https://courier.example/council", cases)
	ap := newAuthorPicker(nil, nil)
	assert.Equal(t, []string{"Jane Doe"}, authorNames(ap.strict.read("Jane Doe, who covers city hall")))
}

// TestSlugTailParticle checks that a name particle before the words an
// author slug spells is part of the name, not a phrase leading to it.
func TestSlugTailParticle(t *testing.T) {
	assert.Equal(t, "Ana de la Cruz Pérez", slugTail("cruz-perez", "Ana de la Cruz Pérez"))
	assert.Equal(t, "Maria da Silva Santos", slugTail("silva-santos", "Maria da Silva Santos"))
	assert.Equal(t, "Martin Junker", slugTail("martin", "Alles von Martin Junker"))
}

// TestTitleTailHeadingColon checks that the part after a colon, which an
// <h2> repeats, does not pass for the headline without its topic.
func TestTitleTailHeadingColon(t *testing.T) {
	checkTitles(t, []titleCase{
		{"topic and colon",
			`<title>Apple iPhone 15: Everything You Need to Know</title>`,
			`<div class="hero"><p class="big">Apple iPhone 15: Everything You Need to Know</p></div>
			<h2>Everything You Need to Know</h2><p>Text of the story.</p>`,
			"Apple iPhone 15: Everything You Need to Know"},
	})
}

// TestTitleTimeInsideHeading checks that a date written inside the words
// of a heading, not before them, stays in the headline.
func TestTitleTimeInsideHeading(t *testing.T) {
	checkTitles(t, []titleCase{
		{"date ending the headline",
			`<title>Acme Club</title>`,
			`<h1>Weekly update for <time datetime="2024-05-03">May 3, 2024</time></h1><p>Text of the post.</p>`,
			"Weekly update for May 3, 2024"},
	})
}
