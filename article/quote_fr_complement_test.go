package article_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuoteSpeakerAfterAddressee checks that the person named after the
// addressee of an inverted cue ("a déclaré à l'AFP X") is the speaker,
// and that an acronym followed by a first name holds two names.
func TestQuoteSpeakerAfterAddressee(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"agency", "« Nous ne lâcherons rien », a déclaré à l'AFP Jean-Marc Le Goff, secrétaire régional.", "Jean-Marc Le Goff"},
		{"newspaper and role", "« La ligne rouvrira lundi », a assuré au Télégramme la directrice régionale, Claire Le Meur.", "Claire Le Meur"},
		{"common noun", "« Rien n'est joué », a confié à la presse Mme Hélène Roux.", "Hélène Roux"},
		{"person addressee", "« Tout va bien », a déclaré à Jean Dupont la ministre.", ""},
	})
}

// TestQuoteSpeakerRoleComplement checks that a name completing a role
// ("la ministre du Logement") gives way to the person in apposition, and
// that a person named right after a role's lowercase complement ("le
// milieu de terrain X") is its holder.
func TestQuoteSpeakerRoleComplement(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"ministry", "« Nous sommes face à une crise », a reconnu la ministre du Logement, Mme Hélène Vasseur-Delmas, lundi.", "Hélène Vasseur-Delmas"},
		{"acronym", "Pour la présidente du SNP, Anne-Sophie Ribeiro, « c'est une victoire pour les patients ».", "Anne-Sophie Ribeiro"},
		{"noun complement", "« On n'avait plus rien à perdre », a raconté le milieu de terrain Baptiste Santamaria-Lopez au micro de la radio.", "Baptiste Santamaria-Lopez"},
		{"son of", "« Tout va bien », a déclaré le fils de Jean Dupont.", ""},
	})
}

// TestQuoteDatelineDash checks that the article after a wire dateline's
// dash ("RENNES (AFP) - Le trafic") is not read as a name, which a later
// pronoun would resolve to.
func TestQuoteDatelineDash(t *testing.T) {
	text := "RENNES (AFP) - Le trafic était très perturbé mardi, a indiqué la SNCF.\n\n" +
		"« Nous ne lâcherons rien », a déclaré à l'AFP Jean-Marc Le Goff, secrétaire régional.\n\n" +
		"La direction a de son côté « regretté » un mouvement qu'elle juge « disproportionné », selon un communiqué."
	a := parsePlain(t, "Grève à la SNCF\n\n"+text)
	require.NotEmpty(t, a.Quotes)
	for _, q := range a.Quotes {
		assert.NotContains(t, q.Speaker, "AFP", q.Text)
	}
}
