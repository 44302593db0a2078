package entities

import "testing"

// TestBusinessAndRoleAcronyms checks that the acronyms of marketing
// ("ROI", "SEO") and of job titles ("EVP", "CMO") are no names, while the
// company beside them is kept.
func TestBusinessAndRoleAcronyms(t *testing.T) {
	text := "Managers at Dorvale\n\nMyers, who was EVP of worldwide communications at Dorvale, said the ROI of the " +
		"new SEO campaign was clear. The company also hired a new CMO and two SVP roles this year."
	assertNames(t, recognizedKinds(t, "en", text), []string{"EVP", "ROI", "SEO", "CMO", "SVP"}, []string{"Dorvale"})
}
