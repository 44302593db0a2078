package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
