package article

import "strings"

// Common French and English first names with the gender they usually
// tell, used to resolve "il", "elle", "he" and "she" to the right person
// when the text gives no title. A name used for both (Camille, Dominique,
// Alex, Sam...) is left out: no guessed gender is better than a wrong one.
var (
	qFemaleNames = qset(`agnès alice amandine amélie anaïs andrée anne annie audrey aurélie béatrice
brigitte caroline catherine cécile céline chantal charlotte chloé christine claire clémence
colette corinne delphine élise élodie émilie emma estelle éva fanny florence françoise gabrielle
géraldine hélène inès isabelle jacqueline jeanne joséphine julie juliette laetitia laura laure
léa lucie manon margaux marguerite marie marine marion martine mathilde mélanie monique nadia
nathalie nicole noémie océane pascale pauline sandrine sarah séverine simone solène sophie
stéphanie suzanne sylvie valérie véronique virginie yasmine zoé
abigail alison amanda amy angela anna barbara betty carol catherine charlotte christina
cynthia deborah diana donna dorothy elizabeth ellen emily emma evelyn grace hannah heather
helen jane janet jennifer jessica joan judith julia karen kate katherine kathleen laura linda
lisa lucy margaret maria mary megan melissa michelle nancy natalie olivia pamela patricia
rachel rebecca ruth samantha sandra sarah sharon sophia stephanie susan victoria
anneliese greta ingrid ursula`)

	qMaleNames = qset(`alain alexandre antoine arnaud arthur benoît bernard bruno christian
christophe clément cyril damien daniel david denis didier éric étienne fabien françois
frédéric gabriel georges gérard gilles guillaume henri hugo jacques jean jérôme julien laurent
louis luc lucas marc marcel mathieu matthieu maxime michel nicolas olivier pascal patrick paul
philippe pierre raphaël rémi richard robert romain sébastien serge stéphane thierry thomas
vincent xavier yann yves
adam andrew anthony arthur benjamin brian charles christopher daniel david edward eric
frank gary george harry henry jack james jason jeffrey john jonathan joseph joshua kevin
mark matthew michael nicholas oliver patrick paul peter richard robert ryan samuel scott
stephen steven thomas timothy walter william
emmanuel klaus hans jürgen wolfgang`)
)

// firstNameGender returns the gender a first name tells, 'm', 'f' or 0.
func firstNameGender(w string) byte {
	w = strings.ToLower(w)
	switch {
	case qFemaleNames[w] && !qMaleNames[w]:
		return 'f'
	case qMaleNames[w] && !qFemaleNames[w]:
		return 'm'
	}
	return 0
}
