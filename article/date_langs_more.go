package article

// This file holds the date words of Croatian, Slovenian, Estonian and
// Latvian, which write the day first ("5. ožujka 2020.", "5. marca 2020",
// "5. märts 2020", "5. marts 2020"). Facts only. The Croatian October,
// "listopad", is the Polish and Czech November: it is left out, as are
// abbreviations that are another language's month.

// moreDateLangs are the languages of this file, keyed by tag.
var moreDateLangs = map[string]dateLang{
	"hr": {
		months: [12][]string{{"siječnja", "siječanj"}, {"veljače", "veljača"}, {"ožujka", "ožujak"},
			{"travnja", "travanj"}, {"svibnja", "svibanj"}, {"lipnja", "lipanj"}, {"srpnja", "srpanj"},
			{"kolovoza", "kolovoz"}, {"rujna", "rujan"}, nil, {"studenoga", "studenog", "studeni"},
			{"prosinca", "prosinac"}},
		weekdays: [7][]string{{"ponedjeljak"}, {"utorak"}, {"srijeda"}, {"četvrtak"}, {"petak"},
			{"subota"}, {"nedjelja"}},
		timeJoin: []string{"u"},
	},
	"sl": {
		months: [12][]string{{"januar", "januarja"}, {"februar", "februarja"}, {"marec", "marca"},
			{"april", "aprila"}, {"maj", "maja"}, {"junij", "junija"}, {"julij", "julija"},
			{"avgust", "avgusta"}, {"september", "septembra"}, {"oktober", "oktobra"},
			{"november", "novembra"}, {"december", "decembra"}},
		weekdays: [7][]string{{"ponedeljek"}, {"torek"}, {"sreda"}, {"četrtek"}, {"petek"},
			{"sobota"}, {"nedelja"}},
		timeJoin: []string{"ob"},
	},
	"et": {
		months: [12][]string{{"jaanuar", "jaan"}, {"veebruar", "veebr"}, {"märts"}, {"aprill"}, {"mai"},
			{"juuni"}, {"juuli"}, {"august"}, {"september"}, {"oktoober"}, {"november"},
			{"detsember", "dets"}},
		weekdays: [7][]string{{"esmaspäev"}, {"teisipäev"}, {"kolmapäev"}, {"neljapäev"}, {"reede"},
			{"laupäev"}, {"pühapäev"}},
		timeJoin: []string{"kell"},
	},
	"lv": {
		months: [12][]string{{"janvāris", "janvārī", "janvāra"}, {"februāris", "februārī", "februāra"},
			{"marts", "martā", "marta"}, {"aprīlis", "aprīlī", "aprīļa"}, {"maijs", "maijā", "maija"},
			{"jūnijs", "jūnijā", "jūnija"}, {"jūlijs", "jūlijā", "jūlija"}, {"augusts", "augustā", "augusta"},
			{"septembris", "septembrī", "septembra"}, {"oktobris", "oktobrī", "oktobra"},
			{"novembris", "novembrī", "novembra"}, {"decembris", "decembrī", "decembra"}},
		weekdays: [7][]string{{"pirmdiena"}, {"otrdiena"}, {"trešdiena"}, {"ceturtdiena"},
			{"piektdiena"}, {"sestdiena"}, {"svētdiena"}},
		timeJoin: []string{"plkst"},
	},
}
