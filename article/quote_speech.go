package article

import "strings"

// This file holds the word data of the quote extractor: the speech verbs,
// source cues, naming words and person titles of French and English, as
// the French and English extensions put them in their Language.

// frenchSpeechVerbs returns every form of the French speech verbs that a
// news sentence uses: present, imperfect, simple past, future and
// conditional third persons, participles, gerund and infinitive.
func frenchSpeechVerbs() []string {
	var out []string
	for _, v := range strings.Fields(frenchErVerbs) {
		out = append(out, frenchErForms(v)...)
	}
	for _, v := range strings.Fields(frenchIrVerbs) {
		out = append(out, frenchIrForms(v)...)
	}
	for _, line := range frenchIrregularVerbs {
		out = append(out, strings.Split(line, ",")...)
	}
	return append(out, frenchReflexiveSpeechVerbs()...)
}

// frenchErVerbs are the speech verbs of the first group, by infinitive.
const frenchErVerbs = `déclarer affirmer ajouter estimer expliquer préciser assurer indiquer
confier raconter souligner rappeler lancer annoncer dénoncer juger qualifier saluer encourager
appeler exprimer insister noter observer constater déplorer regretter avouer confirmer
marteler résumer répéter commenter témoigner protester plaider réclamer tonner fustiger
critiquer pointer proclamer signaler détailler argumenter considérer jurer glisser lâcher
murmurer souffler soupirer crier hurler trancher tweeter poster publier alerter exhorter
demander interroger questionner répliquer rétorquer riposter objecter nuancer tempérer
relativiser espérer souhaiter penser parler évoquer mentionner relater rapporter accuser
remercier féliciter avancer analyser illustrer justifier claironner confesser concéder prôner
asséner assener conseiller recommander informer certifier narrer lancer raconter décrypter
invoquer reprocher pester ironiser plaisanter rassurer tacler abonder railler clamer développer
compléter enchaîner corriger rectifier suggérer préconiser`

// frenchIrVerbs are the speech verbs of the second group.
const frenchIrVerbs = `réagir avertir garantir applaudir renchérir`

// frenchIrregularVerbs lists the forms of the other speech verbs, one
// verb a line.
var frenchIrregularVerbs = []string{
	"dit,dis,disent,disait,disaient,dira,diront,dirait,diraient,dire,disant",
	"redit,redisent,redire",
	"écrit,écrivent,écrivait,écrivaient,écrira,écrirait,écrire,écrivant,écrite",
	"décrit,décrivent,décrivait,décrivaient,décrira,décrirait,décrire,décrivant,décrite",
	"répond,répondent,répondait,répondaient,répondu,répondra,répondrait,répondre,répondant",
	"reconnaît,reconnait,reconnaissent,reconnaissait,reconnu,reconnue,reconnaîtra,reconnaître,reconnaissant",
	"admet,admettent,admettait,admis,admise,admettra,admettre,admettant",
	"promet,promettent,promettait,promis,promise,promettra,promettrait,promettre,promettant",
	"poursuit,poursuivent,poursuivait,poursuivi,poursuivre,poursuivant",
	"conclut,concluent,concluait,conclu,conclure,concluant",
	"soutient,soutiennent,soutenait,soutenu,soutenue,soutenir,soutenant",
	"maintient,maintiennent,maintenait,maintenu,maintenir",
	"prévient,préviennent,prévenait,prévenu,prévenue,prévenir,prévenant",
	"convient,conviennent,convenu,convenir",
	"prédit,prédisent,prédisait,prédire,prédisant",
	"dément,démentent,démentait,démenti,démentir",
	"met en garde,mettent en garde,mettait en garde,mis en garde,mise en garde,mettre en garde,mettant en garde",
	"fait savoir,font savoir,faisait savoir,fera savoir,faire savoir",
	"fait valoir,font valoir,faisait valoir,faire valoir",
	"fait remarquer,font remarquer,faisait remarquer,faire remarquer",
	"fait part,font part,faisait part,faire part",
	"lâche,lâchent",
	"apprend,appris,apprenait",
	"reprend,reprennent,reprenait,repris,reprendre",
}

// frenchReflexiveSpeechVerbs returns the forms of the French speech verbs
// that take "se": "s'est félicitée", "se souvient".
func frenchReflexiveSpeechVerbs() []string {
	var out []string
	for _, v := range strings.Fields(`féliciter exclamer inquiéter étonner emporter indigner alarmer
insurger désoler interroger confier défendre justifier excuser agacer amuser interroger remémorer`) {
		out = append(out, frenchErForms(v)...)
	}
	out = append(out, frenchIrForms("réjouir")...)
	return append(out, strings.Split("souvient,souviennent,souvenait,souvenu,souvenue,souvenir,plaint,plaignent,plaignait,plaindre,défend,défendent,défendu,défendue", ",")...)
}

// frenchWeakSpeechVerbs returns the forms of the French speech verbs that
// often mean something else ("lancer un produit").
func frenchWeakSpeechVerbs() []string {
	var out []string
	for _, v := range strings.Fields(`lancer annoncer publier poster avancer rapporter appeler penser souhaiter noter observer demander
développer compléter enchaîner corriger rectifier suggérer préconiser`) {
		out = append(out, frenchErForms(v)...)
	}
	return append(out, strings.Split("soutient,soutiennent,soutenu,soutenue,maintient,maintenu,conclut,conclu,poursuit,poursuivi,apprend,appris,apprenait", ",")...)
}

// frenchSpeechInfinitives returns the infinitives of the French speech
// verbs: "ajouter", "dire", "faire savoir".
func frenchSpeechInfinitives() []string {
	out := strings.Fields(frenchErVerbs + " " + frenchIrVerbs)
	for _, line := range frenchIrregularVerbs {
		for _, f := range strings.Split(line, ",") {
			if w, _, _ := strings.Cut(f, " "); strings.HasSuffix(w, "re") || strings.HasSuffix(w, "ir") {
				out = append(out, f)
			}
		}
	}
	return out
}

// frenchErForms returns the forms of a first-group verb, with the
// spelling changes of its stem (lancer → lançait, juger → jugeait,
// appeler → appelle, répéter → répète).
func frenchErForms(inf string) []string {
	stem := strings.TrimSuffix(inf, "er")
	soft := stem // before a and o
	switch {
	case strings.HasSuffix(stem, "c"):
		soft = strings.TrimSuffix(stem, "c") + "ç"
	case strings.HasSuffix(stem, "g"):
		soft = stem + "e"
	}
	strong := frenchStrongStem(stem)
	out := []string{
		strong + "e", strong + "ent", stem + "é", stem + "ée", stem + "és", stem + "ées",
		soft + "ait", soft + "aient", soft + "a", soft + "ant", inf, strong + "era",
		strong + "erait", strong + "eront",
	}
	return out
}

// frenchStrongStem returns the stem a first-group verb takes before a
// silent e: appel → appell, répét → répèt, martel → martèl, assén →
// assèn, concéd → concèd (an é before the last consonant opens to è).
func frenchStrongStem(stem string) string {
	switch stem {
	case "appel", "rappel":
		return stem + "l"
	case "jet":
		return stem + "t"
	}
	if strings.HasSuffix(stem, "el") && len(stem) > 3 {
		return stem[:len(stem)-2] + "èl"
	}
	n := len(stem)
	if n > 3 && strings.HasSuffix(stem[:n-1], "é") && !strings.ContainsRune("aeiouyé", rune(stem[n-1])) {
		return stem[:n-1-len("é")] + "è" + stem[n-1:]
	}
	return stem
}

// frenchIrForms returns the forms of a second-group verb (réagir).
func frenchIrForms(inf string) []string {
	stem := strings.TrimSuffix(inf, "ir")
	return []string{stem + "it", stem + "issent", stem + "i", stem + "ie", stem + "is", stem + "issait",
		stem + "issaient", stem + "issant", inf, stem + "ira", stem + "irait"}
}

// frenchSourceCues introduce the source of reported words.
var frenchSourceCues = []string{"selon", "d'après", "selon les dires de", "selon les propos de",
	"aux dires de", "de l'avis de", "à en croire", "aux yeux de", "pour"}

// frenchNamingWords introduce a name, not reported words.
var frenchNamingWords = []string{"baptisé", "baptisée", "baptisés", "baptisées", "baptise", "baptisent",
	"surnommé", "surnommée", "surnommés", "surnommées", "surnomme", "surnomment", "intitulé",
	"intitulée", "intitulés", "intitulées", "nommé", "nommée", "appelé", "appelée", "appelés",
	"appelées", "dénommé", "dénommée", "alias", "dite", "dites", "dits", "sobriquet"}

// frenchPersonTitles are honorifics and roles written beside a name.
var frenchPersonTitles = strings.Fields(`m. mme mlle me dr pr président présidente ministre maire député
députée sénateur sénatrice directeur directrice pdg patron patronne porte-parole secrétaire chef
cheffe juge procureur procureure avocat avocate préfet préfète commissaire conseiller conseillère
adjoint adjointe entraîneur entraîneuse sélectionneur sélectionneuse capitaine général générale
professeur professeure docteur chercheur chercheuse fondateur fondatrice cofondateur cofondatrice
co-fondateur co-fondatrice dirigeant dirigeante responsable délégué déléguée gouverneur gouverneure
roi reine pape premier première élu élue candidat candidate leader footballeur footballeuse
navigateur navigatrice romancier romancière écrivain écrivaine styliste biologiste spécialiste
économiste historien historienne sociologue politologue médecin infirmier infirmière agriculteur
agricultrice viticulteur viticultrice chef gérant gérante fondateur vice-président vice-présidente
ambassadeur ambassadrice chancelier chancelière coordinateur coordinatrice animateur animatrice
journaliste chanteur chanteuse acteur actrice réalisateur réalisatrice auteur autrice témoin
témoins bénévole pisteur syndicaliste militant militante opposant opposante expert experte
analyste joueur joueuse gardien gardienne milieu attaquant défenseur champion championne
président-directeur ministre-président secrétaire général commandant colonel lieutenant
sergent ingénieur ingénieure architecte philosophe scientifique physicien physicienne
climatologue épidémiologiste virologue infectiologue psychiatre psychologue avocat-conseil
gastro-entérologue gastroentérologue cardiologue pédiatre dermatologue neurologue nutritionniste
diététicien diététicienne naturopathe allergologue oncologue cancérologue radiologue chirurgien
chirurgienne généraliste gynécologue endocrinologue pneumologue urgentiste pharmacien pharmacienne
vétérinaire kinésithérapeute ostéopathe psychanalyste démographe juriste urbaniste anthropologue
géographe linguiste géologue glaciologue océanographe volcanologue sismologue météorologue
prévisionniste enseignant enseignante eurodéputé eurodéputée rapporteur rapporteure`)

// englishSpeechVerbs returns every form of the English speech verbs.
func englishSpeechVerbs() []string {
	var out []string
	for _, line := range englishVerbForms {
		out = append(out, strings.Split(line, ",")...)
	}
	return out
}

// englishVerbForms lists the forms of the English speech verbs, one verb
// a line.
var englishVerbForms = []string{
	"say,says,said,saying", "tell,tells,told,telling", "add,adds,added,adding",
	"explain,explains,explained,explaining", "note,notes,noted,noting", "warn,warns,warned,warning",
	"insist,insists,insisted,insisting", "admit,admits,admitted,admitting", "argue,argues,argued,arguing",
	"claim,claims,claimed,claiming", "state,states,stated,stating", "write,writes,wrote,written,writing",
	"tweet,tweets,tweeted,tweeting", "post,posts,posted", "predict,predicts,predicted,predicting",
	"call,calls,called,calling", "describe,describes,described,describing", "declare,declares,declared,declaring",
	"announce,announces,announced,announcing", "confirm,confirms,confirmed,confirming", "deny,denies,denied,denying",
	"acknowledge,acknowledges,acknowledged,acknowledging", "stress,stresses,stressed,stressing",
	"emphasise,emphasises,emphasised,emphasize,emphasizes,emphasized", "observe,observes,observed",
	"remark,remarks,remarked", "recall,recalls,recalled,recalling", "reply,replies,replied,replying",
	"respond,responds,responded,responding", "answer,answers,answered", "ask,asks,asked,asking",
	"complain,complains,complained,complaining", "concede,concedes,conceded,conceding",
	"conclude,concludes,concluded", "continue,continues,continued", "suggest,suggests,suggested,suggesting",
	"urge,urges,urged,urging", "promise,promises,promised,promising", "vow,vows,vowed,vowing",
	"pledge,pledges,pledged", "praise,praises,praised,praising", "criticise,criticises,criticised",
	"criticize,criticizes,criticized", "condemn,condemns,condemned,condemning", "comment,comments,commented",
	"reiterate,reiterates,reiterated", "maintain,maintains,maintained", "contend,contends,contended",
	"assert,asserts,asserted", "caution,cautions,cautioned", "agree,agrees,agreed", "joke,jokes,joked",
	"quip,quips,quipped", "boast,boasts,boasted", "lament,laments,lamented", "exclaim,exclaims,exclaimed",
	"recount,recounts,recounted", "testify,testifies,testified", "proclaim,proclaims,proclaimed",
	"whisper,whispers,whispered", "shout,shouts,shouted", "plead,pleads,pleaded", "demand,demands,demanded",
	"label,labels,labelled,labeled", "brand,brands,branded", "hail,hails,hailed", "welcome,welcomes,welcomed",
	"blast,blasts,blasted", "slam,slams,slammed", "accuse,accuses,accused", "thank,thanks,thanked",
	"reveal,reveals,revealed", "report,reports,reported", "point out,points out,pointed out",
	"sigh,sighs,sighed", "murmur,murmurs,murmured", "recommend,recommends,recommended",
	"believe,believes,believed", "hope,hopes,hoped", "mention,mentions,mentioned", "shares,shared",
	"elaborate,elaborates,elaborated,elaborating", "retort,retorts,retorted", "muse,muses,mused",
	"scoff,scoffs,scoffed", "counter,counters,countered", "wonder,wonders,wondered",
	"go on,goes on,went on",
}

// englishWeakSpeechVerbs are English speech verbs with other common
// senses.
var englishWeakSpeechVerbs = strings.Split("post,posts,posted,report,reports,reported,announce,announces,announced,maintain,maintains,maintained,conclude,concludes,concluded,continue,continues,continued,believe,believes,believed,hope,hopes,hoped,state,states,ask,asks,asked,note,notes,noted,observe,observes,observed,shares,shared,counter,counters,countered,wonder,wonders,wondered,go on,goes on,went on", ",")

// englishSourceCues introduce the source of reported words.
var englishSourceCues = []string{"according to", "in the words of", "as quoted by"}

// englishNamingWords introduce a name, not reported words.
var englishNamingWords = []string{"dubbed", "nicknamed", "named", "titled", "entitled", "known as", "so-called",
	"aka", "alias", "codenamed", "code-named", "christened", "renamed", "branded as"}

// englishPersonTitles are honorifics, titles and roles written beside a
// name.
var englishPersonTitles = strings.Fields(`mr. mrs. ms. mr mrs ms dr. dr prof. prof professor sir dame lord
lady president vice prime minister secretary senator sen. governor gov. mayor deputy chancellor judge
justice coach chef captain general commissioner chairman chairwoman chair ceo cfo coo chief executive
director spokesman spokeswoman spokesperson founder co-founder cofounder head leader lawyer attorney
scientist researcher economist analyst manager official officer representative rep. congressman
congresswoman councillor councilor ambassador king queen pope prince princess sheriff inspector
detective sergeant colonel lieutenant commander admiral bishop rabbi imam reverend rev. pastor
father sister doctor nurse teacher student sailor geologist biologist historian novelist author
writer singer actor actress director producer artist athlete player striker goalkeeper midfielder
defender boxer climber chairperson treasurer governor-general premier superintendent principal
dean provost editor correspondent consultant adviser advisor strategist epidemiologist physician
surgeon engineer architect activist campaigner organiser organizer volunteer resident owner
farmer fisherman fisher baker veteran survivor witness mother son daughter husband wife
co-owner coowner planner designer lead cardiologist dermatologist pediatrician paediatrician
neurologist psychiatrist psychologist nutritionist dietitian dietician gastroenterologist oncologist
radiologist pharmacist veterinarian sociologist demographer meteorologist forecaster
climatologist virologist immunologist`)
