package article

import "testing"

func TestSupportPleasLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"plea between paragraphs", "<p>If you're enjoying this article, consider supporting our journalism by subscribing.</p>", "consider supporting", ""},
		{"plea opening the paragraph", "<p>Become a paid subscriber to read the council's full report.</p>", "paid subscriber", ""},
		{"German plea", "<p>Unterstützen Sie unabhängigen Journalismus! Nur informierte Bürger können entscheiden.</p>", "unabhängigen Journalismus", ""},
		{"French plea", "<p>Soutenez notre rédaction : abonnez-vous pour lire la suite.</p>", "Soutenez notre", ""},
		{"others' funding kept", "<p>The foundation's grants support independent journalism in the region, its director said.</p>", "", "grants support independent journalism"},
	}
	checkEdges(t, inMiddle, cases)
}

func TestSupportPhraseQuotedKept(t *testing.T) {
	cases := []edgeCase{
		{"quoted source", "<p>“We need the council to support our work with refugees,” said Maria Lopez, who runs the shelter.</p>", "", "support our work"},
		{"quote opening the paragraph", "<p>“Support our mission, not our rivals,” the union leader told the crowd on Friday.</p>", "", "Support our mission"},
		{"French quotation", "<p>« Soutenez notre projet », a lancé le maire aux habitants réunis sur la place.</p>", "", "Soutenez notre projet"},
	}
	checkEdges(t, inMiddle, cases)
}
