package article

import "strings"

// Captions end with their credit in two more ways than captionLine
// reads: after a copyright sign ("Marco Odermatt, ski star. © AFP /
// Jane Doe", "… the hermit thrush. Photo © Ann Roe") and in parentheses
// ("The new park on opening day (Photo: City Hall)"). The credit at the
// end tells the caption from a sentence of the story, as in captionLine,
// whose tests of the caption and of the credit these reuse.

// parenCreditLabels open a credit in parentheses, with the capital letter
// they take there: captionCreditLabels, and labels that are only credits
// inside parentheses.
var parenCreditLabels = append([]string{"Bild:", "Symbolbild:", "Symbolfoto:"}, captionCreditLabels...)

// photoWords may stand before a copyright sign in a credit ("Foto ©").
var photoWords = []string{"Foto", "Fotos", "Photo", "Photos", "Bild", "Image"}

// markedCaption reports whether s is a short paragraph that is a caption:
// one captionLine reads, or one that ends with a credit after a copyright
// sign or in parentheses.
func markedCaption(s string) bool {
	if len(s) > maxCaptionLine {
		return false
	}
	return captionLine(s) || copyrightCaption(s) || parenCaption(s)
}

// copyrightCaption reports whether s ends with a short credit after a
// copyright sign, itself after a caption of a few words.
func copyrightCaption(s string) bool {
	i := strings.LastIndex(s, "©")
	if i <= 0 {
		return false
	}
	before := s[:i]
	t := strings.TrimRight(before, " \u00a0")
	for _, w := range photoWords {
		if b, ok := strings.CutSuffix(t, " "+w); ok {
			before = b + " "
			break
		}
	}
	return captionBefore(before) && shortCredit(s[i+len("©"):])
}

// parenCaption reports whether s ends with a credit in parentheses, after
// a caption of a few words or alone.
func parenCaption(s string) bool {
	t := strings.TrimRight(s, " \u00a0")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndexByte(t, '(')
	if i < 0 {
		return false
	}
	inner := t[i+1 : len(t)-1]
	for _, l := range parenCreditLabels {
		if rest, ok := strings.CutPrefix(inner, l); ok {
			return (strings.TrimSpace(t[:i]) == "" || captionBefore(t[:i])) && shortCredit(rest)
		}
	}
	return false
}

// captionBefore reports whether the text before a credit is a caption:
// a few words that end a sentence or with a word in lower case, and the
// space that sets the credit apart.
func captionBefore(before string) bool {
	return creditAfterCaption(before) && len(strings.Fields(before)) >= minCaptionWords
}
