package article

// This file holds the month names of more languages of the news of the
// world, which write the day first ("5 Machi 2020", "5 მარტი 2020", "5
// մարտի 2020 թ.", "5 наурыз 2020 ж.") or, in Filipino, the month first
// ("Marso 5, 2020"). Names another language gives to another month are
// left out. Facts only.

// worldDateLangs are the languages of this file, keyed by tag.
var worldDateLangs = map[string]dateLang{
	"sw": {months: [12][]string{{"januari"}, {"februari"}, {"machi"}, {"aprili"}, {"mei"}, {"juni"},
		{"julai"}, {"agosti"}, {"septemba"}, {"oktoba"}, {"novemba"}, {"desemba"}}},
	"tl": {months: [12][]string{{"enero"}, {"pebrero"}, {"marso"}, {"abril"}, {"mayo"}, {"hunyo"},
		{"hulyo"}, {"agosto"}, {"setyembre"}, {"oktubre"}, {"nobyembre"}, {"disyembre"}}},
	"sq": {months: [12][]string{{"janar"}, {"shkurt"}, {"mars"}, {"prill"}, {"maj"}, {"qershor"},
		{"korrik"}, {"gusht"}, {"shtator"}, {"tetor"}, {"nëntor"}, {"dhjetor"}}},
	"az": {months: [12][]string{{"yanvar"}, {"fevral"}, {"mart"}, {"aprel"}, {"may"}, {"iyun"},
		{"iyul"}, {"avqust", "avgust"}, {"sentyabr", "sentabr"}, {"oktyabr", "oktabr"}, {"noyabr"},
		{"dekabr"}}},
	"is": {months: [12][]string{{"janúar"}, {"febrúar"}, {"mars"}, {"apríl"}, {"maí"}, {"júní"},
		{"júlí"}, {"ágúst"}, {"september"}, {"október"}, {"nóvember"}, {"desember"}}},
	"kk": {months: [12][]string{{"қаңтар"}, {"ақпан"}, {"наурыз"}, {"сәуір"}, {"мамыр"}, {"маусым"},
		{"шілде"}, {"тамыз"}, {"қыркүйек"}, {"қазан"}, {"қараша"}, {"желтоқсан"}},
		yearMarks: []string{"ж"}},
	"mk": {months: [12][]string{{"јануари"}, {"февруари"}, {"март"}, {"април"}, {"мај"}, {"јуни"},
		{"јули"}, {"август"}, {"септември"}, {"октомври"}, {"ноември"}, {"декември"}}},
	"ka": {months: [12][]string{{"იანვარი", "იანვრის"}, {"თებერვალი", "თებერვლის"}, {"მარტი", "მარტის"},
		{"აპრილი", "აპრილის"}, {"მაისი", "მაისის"}, {"ივნისი", "ივნისის"}, {"ივლისი", "ივლისის"},
		{"აგვისტო", "აგვისტოს"}, {"სექტემბერი", "სექტემბრის"}, {"ოქტომბერი", "ოქტომბრის"},
		{"ნოემბერი", "ნოემბრის"}, {"დეკემბერი", "დეკემბრის"}}},
	"hy": {months: [12][]string{{"հունվարի", "հունվար"}, {"փետրվարի", "փետրվար"}, {"մարտի", "մարտ"},
		{"ապրիլի", "ապրիլ"}, {"մայիսի", "մայիս"}, {"հունիսի", "հունիս"}, {"հուլիսի", "հուլիս"},
		{"օգոստոսի", "օգոստոս"}, {"սեպտեմբերի", "սեպտեմբեր"}, {"հոկտեմբերի", "հոկտեմբեր"},
		{"նոյեմբերի", "նոյեմբեր"}, {"դեկտեմբերի", "դեկտեմբեր"}},
		yearMarks: []string{"թ"}},
}
