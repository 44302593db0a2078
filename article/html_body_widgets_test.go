package article

import "testing"

func TestShareWidgetLinesLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"like loading", `<p>Like this:</p><p>Like Loading...</p>`, "Loading", ""},
		{"german labels", `<p>Teilen mit:</p><p>Gefällt mir Wird geladen …</p>`, "Teilen mit", ""},
		{"one-line bar", `<p>SMS Facebook Twitter Email</p>`, "SMS Facebook", ""},
		{"networks in a sentence kept", `<p>Facebook and Twitter carried the plan.</p>`, "", "Facebook and Twitter"},
	}
	checkEdges(t, inMiddle, cases)
}

func TestRatingLinesLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"votes and average", `<p>(95 votes, average: 4.73 out of 5)</p>`, "95 votes", ""},
		{"german", `<p>Durchschnitt: 4.6 (7 Bewertungen)</p>`, "Bewertungen", ""},
		{"best score last", `<p>Was this useful? (12 votes: 4.5 of 5)</p>`, "12 votes", ""},
		{"empty state", `<p>(No ratings yet) Loading...</p>`, "No ratings yet", ""},
		{"counted votes kept", `<p>The plan passed with 31 votes, one of 5 plans this year.</p>`, "", "passed with 31 votes"},
	}
	checkEdges(t, inMiddle, cases)
}

func TestPostFooterLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"classic theme", `<p>This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under Transport, City hall. ` +
			`You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.</p>`, "filed under", ""},
		{"short footer", `<p>This entry was posted in Transport. Bookmark the permalink.</p>`, "Bookmark the permalink", ""},
		{"german", `<p>Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Verkehr abgelegt. ` +
			`Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen.</p>`, "RSS 2.0", ""},
		{"lawsuit kept", `<p>The suit, filed under seal on May 3, 2021, names the city as a defendant in the case.</p>`, "", "filed under seal"},
	}
	checkEdges(t, inMiddle, cases)
}
