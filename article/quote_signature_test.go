package article_test

import "testing"

// TestQuoteSignature checks that a name signed after the closing mark of
// a testimonial, on its line or the next, speaks the quotation, and that
// a dash before lower-case words or a name in the writer's sentence
// signs nothing.
func TestQuoteSignature(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"same line", "“The class was clear and well paced.” - Marta Ilves, site manager", "Marta Ilves"},
		{"next line", "“The class was clear and well paced.”\n\n~ Marta Ilves", "Marta Ilves"},
		{"french", "« Un livre utile et bien écrit. » – Odile Ferrand", "Odile Ferrand"},
		{"no name", "“The class was clear and well paced.” - as the brochure puts it", ""},
	})
}
