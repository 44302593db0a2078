package article

import "strings"

// The grammar words of French and English that the quote extractor reads
// sentences with. They are closed classes (articles, auxiliaries,
// prepositions, pronouns), not vocabulary, so they live here rather than
// in Language.

func qset(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	qDeterminers = qset(`le la les l' un une des du ce cet cette ces son sa ses leur leurs notre nos
votre vos mon ma mes the a an this that these those its his her their our my your some plusieurs
quelques chaque each every no`)

	qAuxiliaries = qset(`a ont avait avaient aura auront aurait auraient eu est sont était étaient sera
serait s' se n' ne has have had was were is are will would 's 've 'd can could may might must
should shall does did do`)

	qFillers = qset(`aussi également d' ailleurs encore déjà ensuite alors notamment pourtant toutefois
cependant néanmoins finalement enfin bien même lui-même elle-même eux-mêmes pas jamais plus
tard tôt aujourd'hui hier récemment also later then previously repeatedly publicly recently once
already quickly again not never earlier further simply just even first still too`)

	qPrepositions = qset(`de du des d' à au aux avec pour par sur chez contre entre vers dans en sous
lors après avant depuis pendant devant derrière auprès of to with for by at on from about in into
during after before over under near outside inside behind across via`)

	qPronouns = qset(`il elle ils elles on he she they we i je nous vous you lui eux`)

	qBoundaryWords = qset(`que qu' et mais car puis donc ni and but that because while when whereas
or ou lorsque quand si if`)

	qRelatives = qset(`qui who which dont whose où where lequel laquelle`)

	// qFirstPerson are the words that show a speaker talking: a quoted
	// passage with them is reported speech, not a name or a term.
	qFirstPerson = qset(`je j' me m' moi mon ma mes nous notre nos vous votre vos on i i'm i've i'll i'd
me my mine we we're we've we'll we'd us our you you're your`)

	// qMinorWords stay in lower case inside titles and names.
	qMinorWords = qset(`de du des d' l' la le les à au aux en et sur pour par un une of the a an and in
on at for to with from y von van der den da di del della dos das`)

	// qParticles may join the capitalised words of a name.
	qParticles = qset(`de du des d' von van der den da di del della dos das bin ben al el la le of y ibn zu ter`)

	// qCommonStarts are capitalised words that begin sentences and are no
	// names, beside the stopwords of lang_detect.go.
	qCommonStarts = qset(`selon pour d' après avant depuis dans lors suite malgré cependant pourtant
ainsi enfin puis alors hier aujourd'hui demain interrogé interrogée propos nous je vous cela ceci
ici là mais or donc car outre face entre quant si parmi contrairement comme quand lorsque
according in on at after before during while when since despite however meanwhile but so yet
asked speaking one two three we i you it there here this these those what why how who if although
though because officials critics many some several most residents experts fans`)

	// qOrgWords mark a name as an organisation's.
	qOrgWords = qset(`commission conseil cour tribunal ministère université banque groupe group bank union
agence agency association parti party organisation organization office institute institut
fondation foundation club fc assemblée council department court company corp inc ltd sa sas gmbh
airlines airways news times post journal radio télévision tv école school hôpital hospital museum
musée police gendarmerie préfecture mairie région département ville state états république
nations ai sncf ong ngo federation fédération league ligue network réseau service services
authority autorité committee comité senate sénat congress parliament parlement government
gouvernement ministry university universität universidad università college center centre
laboratory laboratoire lab labs corporation llc society société trust magazine media academy
académie`)

	// qMonths are the months' names in the quote extractor's languages:
	// "June" or "Avril" may be a first name, never in "a June report".
	qMonths = qset(`january february march april may june july august september october
november december janvier février mars avril mai juin juillet août septembre octobre novembre
décembre`)

	// qOrgTypes stand before an organisation's name: "l'ONG Mer Vivante".
	qOrgTypes = qset(`ong ngo`)

	// qWorkNouns name a work, product or term before its title in quotation
	// marks: "le film « … »", "the app “…”".
	qWorkNouns = qset(`film films livre livres roman série feuilleton émission spectacle pièce album
chanson titre tube exposition expo application appli plateforme logiciel jeu modèle marque label
plan opération programme projet dispositif slogan devise mot terme expression formule hashtag
collection magazine rubrique podcast documentaire mascotte movie book novel series show song single
exhibition app platform software game model brand scheme motto word term phrase hashtag
documentary mascot campaign initiative play musical track band nom name phone smartphone
bateau ship boat opus saga festival`)
)

// isStopStart reports whether w, a capitalised first word of a sentence
// in lower case, is a common word rather than a name.
func isStopStart(w string) bool { return qStopStarts[w] }

// qStopStarts merges the words isStopStart knows.
var qStopStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{qCommonStarts, qDeterminers, qPronouns, qPrepositions, qBoundaryWords, qLeadWords} {
		for w := range s {
			m[w] = true
		}
	}
	for w := range stopwordLangs {
		m[w] = true
	}
	return m
}()
