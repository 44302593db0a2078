package article

import "testing"

// TestUpdateLineOverSentence checks that a page whose only date line is
// labelled as an update is dated by it rather than by a date of a sentence
// of its story, and that "Letzte Änderung" and its kin label updates.
func TestUpdateLineOverSentence(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "an update line and a date in a sentence",
			header: `<p>Die Forscher stellten ihre Messungen am 15.01.2021 in einer langen Sitzung vor.</p>` +
				`<p>Aktualisiert am 17.01.2021</p>`,
			pub: "2021-01-17", mod: "2021-01-17"},
		{name: "a date line beats the update line",
			header: `<p>Die Forscher stellten ihre Messungen am 15.01.2021 in einer langen Sitzung vor.</p>` +
				`<p>Aktualisiert am 17.01.2021</p><p class="date">16.01.2021</p>`,
			pub: "2021-01-16", mod: "2021-01-17"},
		{name: "the lead image's address date beats the update line, as it did",
			head:   `<meta property="og:image" content="https://www.example.com/images/2020/11/14/shed.jpg">`,
			header: `<p>Updated on 5 March 2021</p>`,
			pub:    "2020-11-14", mod: "2021-03-05"},
		{name: "letzte Änderung, then the publication",
			header: `<p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p>`,
			pub:    "2023-11-01"},
		{name: "dernière modification, then the publication",
			header: `<p>Dernière modification : 31/10/2023<br>Publié le 01/11/2023</p>`,
			pub:    "2023-11-01"},
		{name: "dernière modification and a no-break space before the colon",
			header: `<p>Dernière modification&nbsp;: 31/10/2023<br>Publié le 01/11/2023</p>`,
			pub:    "2023-11-01"},
	})
}
