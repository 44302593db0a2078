package article

import "testing"

// TestTitleMetaKicker checks that the <h1> of a news page is the headline
// when the metadata titles set a short label before it ("Chronik: …"),
// in any script, and that a metadata title whose first part is no short
// label stays.
func TestTitleMetaKicker(t *testing.T) {
	checkTitles(t, []titleCase{
		{"section before the headline in the metadata",
			`<title>Stadtleben: Die alte Fähre fährt wieder - Acme Zeitung</title>
			<meta property="og:title" content="Stadtleben: Die alte Fähre fährt wieder">` + newsLD(""),
			`<h1>Die alte Fähre fährt wieder</h1><p>Text.</p>`,
			"Die alte Fähre fährt wieder"},
		{"Cyrillic label after a dash",
			`<meta property="og:title" content="Общество – Старый паром снова ходит по реке">` + newsLD(""),
			`<h1>Старый паром снова ходит по реке</h1><p>Text.</p>`,
			"Старый паром снова ходит по реке"},
		{"Greek label before a colon",
			`<meta property="og:title" content="Κοινωνία: Το παλιό πορθμείο ξαναπιάνει δουλειά">` + newsLD(""),
			`<h1>Το παλιό πορθμείο ξαναπιάνει δουλειά</h1><p>Text.</p>`,
			"Το παλιό πορθμείο ξαναπιάνει δουλειά"},
		{"first part as long as the h1 stays",
			`<meta property="og:title" content="Old Harbour Ferry Returns: Crowds Cheer">` + newsLD(""),
			`<h1>Crowds Cheer</h1><p>Text.</p>`,
			"Old Harbour Ferry Returns: Crowds Cheer"},
	})
}
