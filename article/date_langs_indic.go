package article

import "unicode"

// This file holds the date words of Hindi, written in the Devanagari
// script, and of Bengali, in their usual spellings: the index drops the
// vowel signs and the nukta when it folds them, so "फ़रवरी" and "फरवरी"
// are one word. Facts only.

// indicDateLangs are the languages written in the scripts of India, keyed
// by tag.
var indicDateLangs = map[string]dateLang{
	"hi": {
		months: [12][]string{{"जनवरी"}, {"फ़रवरी", "फरवरी"}, {"मार्च"}, {"अप्रैल"}, {"मई"},
			{"जून"}, {"जुलाई"}, {"अगस्त"}, {"सितंबर", "सितम्बर"}, {"अक्टूबर", "अक्तूबर"},
			{"नवंबर", "नवम्बर"}, {"दिसंबर", "दिसम्बर"}},
		weekdays: [7][]string{{"सोमवार"}, {"मंगलवार"}, {"बुधवार"}, {"गुरुवार", "बृहस्पतिवार"},
			{"शुक्रवार"}, {"शनिवार"}, {"रविवार"}},
	}, "bn": {
		months: [12][]string{{"জানুয়ারি", "জানুয়ারী"}, {"ফেব্রুয়ারি", "ফেব্রুয়ারী"}, {"মার্চ"}, {"এপ্রিল"}, {"মে"},
			{"জুন"}, {"জুলাই"}, {"আগস্ট", "অগাস্ট"}, {"সেপ্টেম্বর"}, {"অক্টোবর"}, {"নভেম্বর"}, {"ডিসেম্বর"}},
		weekdays: [7][]string{{"সোমবার"}, {"মঙ্গলবার"}, {"বুধবার"}, {"বৃহস্পতিবার"}, {"শুক্রবার"},
			{"শনিবার"}, {"রবিবার"}},
	},
}

// indicSign reports whether r is a vowel sign that takes space in the
// scripts of India (Devanagari to Sinhala), which a word goes on through
// and the index drops.
func indicSign(r rune) bool {
	return r >= 0x900 && r < 0xE00 && unicode.Is(unicode.Mc, r)
}
