package article

// This file decides between the structured authors (JSON-LD, <meta>) and
// a byline printed in full right under the headline when the two name
// different people: "By: Jane Doe" or "Written by Acme Team" in one text,
// one of the first lines after the headline. Sites fill their metadata
// with the account that posted the story, which need not be the writer
// the page credits: the printed line is what the reader is told.

// maxLeadPos is how many texts after the headline a lead byline is read
// in.
const maxLeadPos = 3

// leadByline returns the authors of a byline printed whole in one text,
// its byline word and its names together, among the first texts after
// the headline, when they name no one of the structured authors (and
// there are some).
func (ap authorPicker) leadByline(texts []headerText, structured []Author) []Author {
	if len(structured) == 0 {
		return nil
	}
	for _, t := range texts {
		if t.pos < 1 {
			continue
		}
		if t.pos > maxLeadPos {
			break
		}
		rest, ok := ap.strict.stripPrefix(t.text)
		if !ok || rest == "" || len(t.text) > maxBylineStart {
			continue
		}
		if lead := ap.keep(ap.strict.read(rest), true); !sharesAuthor(structured, lead) {
			return lead
		}
		return nil
	}
	return nil
}
