package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// janeNote is an author note on Jane Doe, the author of parseEdgePage's page.
const janeNote = "Jane Doe is a reporter who covers transport and city hall for the paper."

func TestAuthorNoteLabelledOrInParentheses(t *testing.T) {
	cases := []edgeCase{
		{"label on the line", "<p>About the author: " + janeNote + "</p>", "covers transport", ""},
		{"label and a dash", "<p>About the writer — " + janeNote + "</p>", "covers transport", ""},
		{"French label", "<p>À propos de l'auteur : Jane Doe est journaliste au service des transports.</p>", "service des transports", ""},
		{"in parentheses", "<p>(" + janeNote + ")</p>", "covers transport", ""},
		{"in parentheses, tags after", "<p>(" + janeNote + ")</p><p>Tags: Transport, City hall</p>", "covers transport", ""},
		{"label without a note kept", "<p>About the author: the council chose a designer from the city.</p>", "", "chose a designer"},
		{"someone else in parentheses kept", "<p>(John Roe is a cyclist who rides to work every day of the year.)</p>", "", "John Roe is a cyclist"},
	}
	checkEdges(t, atTail, cases)
}

func TestAuthorNoteAboveTrailingButton(t *testing.T) {
	cases := []edgeCase{
		{"note, then two lines and a button", "<p>" + janeNote + "</p><p>Her stories on the budget are read in every district.</p>" +
			"<p>She lives by the river with two bicycles and a cat.</p><p>Sign up</p>", "covers transport", ""},
		{"story, then a button kept", "<p>The works end in May, the council said on Tuesday.</p><p>Sign up</p>", "", "works end in May"},
	}
	checkEdges(t, atTail, cases)
}

func TestAuthorNoteAboveRelatedBoxes(t *testing.T) {
	teasers := "<p>Ten bridges that changed how the city moves.</p><p>Why the tram came back after fifty years.</p>" +
		"<p>What the new parking rules mean for you.</p><p>Get our best stories of the week.</p><p>Five rides to try this summer.</p>"
	cases := []edgeCase{
		{"note, then boxes", "<p>" + janeNote + "</p>" + teasers, "covers transport", ""},
		{"note printed twice, then boxes", "<p>" + janeNote + "</p><p>" + janeNote + "</p>" + teasers, "covers transport", ""},
		{"first name only, far from the end, kept", "<p>Jane is a reporter who covers transport for the paper.</p>" + teasers, "", "covers transport"},
	}
	checkEdges(t, atTail, cases, "Ten bridges", "Five rides")
	head := parseEdgePage(t, "<p>Filed at city hall.</p><p>"+janeNote+"</p>", "", "")
	assert.Contains(t, head.Text, edgeParagraphs[3])
}

// TestStoryNamingSigningOrganisationKept checks that a paragraph of the
// story that opens with the organisation signing the page, far from the
// end, is no author note: the story after it stays.
func TestStoryNamingSigningOrganisationKept(t *testing.T) {
	ps := []string{
		"The authorities must immediately release the seven journalists detained since March, the rights group said on Monday.",
		"The journalists were arrested after covering protests against the new land law in the capital and two other cities.",
		"Their families have not been allowed to visit them, and their lawyers have seen them only once since their arrest.",
		"Several of them are reported to be in poor health after weeks in overcrowded cells without proper medical care.",
		"Amnesty International has documented at least forty similar arrests of reporters in the country over the past year.",
		"In May, two reporters were sentenced to five years in prison on charges of spreading false news about the army.",
		"The government has denied that the arrests are linked to the journalists' work and says they face criminal charges.",
		"The trial of the seven is due to open next month before a military court, which rights groups say is not independent.",
	}
	page := `<html><head><title>Release detained journalists</title><meta name="author" content="Amnesty International">` +
		`<meta property=og:type content=article></head><body><article><h1>Release detained journalists</h1><p>` +
		strings.Join(ps, "</p><p>") + "</p></article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	for _, p := range ps {
		assert.Contains(t, a.Text, p)
	}
}
