package article

// This file holds more of the byline words of the large news markets
// whose languages have no extension: the word that introduces the writer,
// the credits of a desk that name no one, and the national news agencies,
// which count as authors.

// worldBylinePrefixes introduce a byline: Italian, Portuguese, Polish,
// Czech and Slovak, Norwegian, Romanian, Turkish, Greek, Arabic, Persian,
// Hindi, Chinese, Indonesian and Malay, Thai, Ukrainian, German agency
// credits, and the "our correspondent" forms. Those that end with a colon
// need it; Chinese needs the full-width colon or a space after the word.
var worldBylinePrefixes = []string{
	"testo di", "scritto da", "articolo di", // Italian
	"reportagem de", "texto de", // Spanish and Portuguese
	"autorka", "autorzy", "opracowanie", "oprac.", "opracował", "opracowała", // Polish, Czech, Slovak
	"skrevet av",        // Norwegian
	"scris de",          // Romanian
	"muhabir", "haber:", // Turkish
	"γράφει ο", "γράφει η", "γράφει", "γράφουν", // Greek
	"του", "της", // Greek genitive article, as in "Του Γιώργου Παπαδόπουλου"
	"بواسطة", "كتب:", "كتبت:", "إعداد:", "تقرير:", // Arabic
	"نویسنده", "به قلم", // Persian
	"लेखिका", "रिपोर्ट:", "रिपोर्टर:", // Hindi
	"本报记者", "本報記者", "特约记者", "特約記者", "記者", "撰稿", // Chinese
	"reporter:", "wartawan:", "jurnalis:", "kontributor:", "penulis:", // Indonesian and Malay
	"โดย",                              // Thai
	"авторка",                          // Ukrainian
	"mit material von", "material von", // German: "mit Material von dpa"
	// "Von unserem Redakteur Max Muster": the paper's own writer, in German,
	// Dutch, Italian, Spanish and Portuguese.
	"von unserem redakteur", "von unserer redakteurin", "von unserem korrespondenten",
	"von unserer korrespondentin", "von unserem mitarbeiter", "von unserer mitarbeiterin",
	"door onze correspondent", "door onze redacteur", "door onze verslaggever",
	"dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente",
	"dalla nostra corrispondente", "de nuestro corresponsal", "de nuestra corresponsal",
	"de nuestro enviado especial", "de nuestra enviada especial", "do nosso correspondente",
}

// worldDeskCredits are the credits of a desk or a newsroom that name no
// one.
var worldDeskCredits = []string{
	"haber merkezi", "σύνταξη", "newsroom", "tim redaksi", "redaksi", "编辑部", "編集部", "편집부",
	"فريق التحرير", "المحرر", "محرر", "डेस्क", "न्यूज़ डेस्क", "redakce", "redakcia", "redakcja",
	"redação", "da redação", "redacción", "redazione", "toimitus", "szerkesztőség", "uredništvo",
	"agencias", "agências", "agenzie", "agenturen", "agences", "agencje", "onze redactie",
}

// worldAgencies are national news agencies of large news markets; those
// whose short names are also common words or names elsewhere ("AGI",
// "MENA", "SPA", "STT") are left out.
var worldAgencies = []string{
	"ani", "bernama", "antara", "newsis", "wafa", "qna", "wam", "irna", "isna", "interfax",
	"ukrinform", "unian", "bta", "agerpres", "tasr", "leta", "elta", "bns", "adnkronos", "lapresse",
	"notimex", "télam", "servimedia", "agência brasil", "estadão conteúdo", "folhapress", "ana-mpa",
	"vna", "ttxvn", "新华社", "中新社", "共同通信", "时事通信", "연합뉴스", "뉴시스",
}

// newsJobWords are the words for a journalist or a correspondent in the
// languages without an extension, printed before or after the name
// ("Toimittaja Matti Virtanen", "Ahmet Yılmaz / Ankara Muhabiri").
var newsJobWords = []string{
	"periodista", "jornalista", "giornalista", "toimittaja", "muhabir", "muhabiri", "gazeteci",
	"dziennikarz", "dziennikarka", "novinář", "novinářka", "корреспондент", "журналист",
	"журналистка", "журналіст", "журналістка", "δημοσιογράφος",
	// the correspondent, the reporter and the desk editor, written after
	// the name in a structured source ("Juan Pérez, Corresponsal")
	"corresponsal", "reportero", "reportera", "redactor", "redactora", "correspondente", "repórter",
	"colunista", "corrispondente", "inviato", "inviata", "redattore", "redattrice", "korrespondent",
	"korrespondentin", "journalist", "journalistin", "reporterin", "verslaggever", "redacteur",
	"korespondent", "korespondentka", "reporterka", "zpravodaj", "zpravodajka",
	"кореспондент", "обозреватель", "оглядач", "ανταποκριτής", "ανταποκρίτρια", "tudósító",
	"újságíró", "novinar", "novinarka", "dopisnik", "dopisnica", "wartawan", "jurnalis",
	"koresponden", "مراسل", "مراسلة", "صحفي", "صحفية", "כתב", "כתבת", "संवाददाता", "पत्रकार",
}
