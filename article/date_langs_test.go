package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// worldDateCases are dates in the languages and forms added to the first
// seven, with the Date.String and precision ParseDate must return; want is
// "" for texts it must refuse.
var worldDateCases = []dateCase{
	// Russian.
	{"26 февраля 2024", "2024-02-26", PrecisionDay},
	{"26 февраля 2024 г.", "2024-02-26", PrecisionDay},
	{"26 февраля 2024 года, 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"понедельник, 26 февраля 2024 в 14:30 МСК", "2024-02-26T14:30:00+03:00", PrecisionMinute},
	{"1 СЕНТЯБРЯ 2024", "2024-09-01", PrecisionDay},
	{"3 сент. 2024", "2024-09-03", PrecisionDay},
	{"февраль 2024", "2024-02", PrecisionMonth},
	{"Опубликовано: 26.02.2024 г.", "2024-02-26", PrecisionDay},
	{"26.02.2024 г., 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"Вс, 3 марта 2024", "2024-03-03", PrecisionDay},
	{"5 мая 2024", "2024-05-05", PrecisionDay},
	{"2 ноября 2023", "2023-11-02", PrecisionDay},
	{"31 декабря 2023, 23:59", "2023-12-31T23:59:00", PrecisionMinute},
	// Ukrainian.
	{"26 лютого 2024 р.", "2024-02-26", PrecisionDay},
	{"26 лютого 2024 року о 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"пʼятниця, 1 березня 2024", "2024-03-01", PrecisionDay},
	{"15 квітня 2024", "2024-04-15", PrecisionDay},
	{"3 листопада 2023", "2023-11-03", PrecisionDay},
	{"24 серпня 2024", "2024-08-24", PrecisionDay},
	// Bulgarian and Serbian.
	{"26 февруари 2024 г.", "2024-02-26", PrecisionDay},
	{"26. фебруар 2024.", "2024-02-26", PrecisionDay},
	{"26. februar 2024.", "2024-02-26", PrecisionDay},
	// Polish.
	{"26 lutego 2024", "2024-02-26", PrecisionDay},
	{"26 lutego 2024 r., godz. 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"poniedziałek, 26 lutego 2024", "2024-02-26", PrecisionDay},
	{"12 października 2024", "2024-10-12", PrecisionDay},
	{"1 września 2024 roku", "2024-09-01", PrecisionDay},
	{"26 LUTEGO 2024", "2024-02-26", PrecisionDay},
	// Czech and Slovak.
	{"26. února 2024", "2024-02-26", PrecisionDay},
	{"pondělí 26. února 2024, 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"26. 2. 2024", "2024-02-26", PrecisionDay},
	{"26. 2. 2024 v 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"3. července 2024", "2024-07-03", PrecisionDay},
	{"3. června 2024", "2024-06-03", PrecisionDay},
	{"1. září 2024", "2024-09-01", PrecisionDay},
	{"26. februára 2024", "2024-02-26", PrecisionDay},
	// Romanian.
	{"26 februarie 2024", "2024-02-26", PrecisionDay},
	{"luni, 26 februarie 2024, ora 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"1 decembrie 2023", "2023-12-01", PrecisionDay},
	{"26 feb. 2024", "2024-02-26", PrecisionDay},
	{"marți, 5 martie 2024", "2024-03-05", PrecisionDay},
	// Hungarian.
	{"2024. február 26.", "2024-02-26", PrecisionDay},
	{"2024. február 26., hétfő", "2024-02-26", PrecisionDay},
	{"2024. febr. 26. 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"2024. március 15-én", "2024-03-15", PrecisionDay},
	{"2024. 02. 26.", "2024-02-26", PrecisionDay},
	{"2024.02.26. 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	// Turkish.
	{"26 Şubat 2024", "2024-02-26", PrecisionDay},
	{"26 Şubat 2024 Pazartesi 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"26 ŞUBAT 2024", "2024-02-26", PrecisionDay},
	{"29 Ekim 2023 saat 10:00", "2023-10-29T10:00:00", PrecisionMinute},
	{"1 Ağustos 2024", "2024-08-01", PrecisionDay},
	{"19 Mayıs 2024", "2024-05-19", PrecisionDay},
	{"30 Aralık 2023", "2023-12-30", PrecisionDay},
	// Greek.
	{"26 Φεβρουαρίου 2024", "2024-02-26", PrecisionDay},
	{"Δευτέρα, 26 Φεβρουαρίου 2024, 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"26 ΦΕΒΡΟΥΑΡΙΟΥ 2024", "2024-02-26", PrecisionDay},
	{"1 Μαΐου 2024", "2024-05-01", PrecisionDay},
	{"15 Αυγ 2024", "2024-08-15", PrecisionDay},
	{"Σεπτέμβριος 2024", "2024-09", PrecisionMonth},
	// Swedish, Danish, Norwegian, Finnish.
	{"26 februari 2024 kl. 14.30", "2024-02-26T14:30:00", PrecisionMinute},
	{"måndag 26 februari 2024", "2024-02-26", PrecisionDay},
	{"26. februar 2024", "2024-02-26", PrecisionDay},
	{"mandag den 26. februar 2024 kl. 14.30", "2024-02-26T14:30:00", PrecisionMinute},
	{"5. marts 2024", "2024-03-05", PrecisionDay},
	{"17. desember 2024", "2024-12-17", PrecisionDay},
	{"26. helmikuuta 2024", "2024-02-26", PrecisionDay},
	{"maanantaina 26.2.2024 klo 14.30", "2024-02-26T14:30:00", PrecisionMinute},
	{"6. joulukuuta 2023", "2023-12-06", PrecisionDay},
	// Catalan.
	{"26 de febrer de 2024", "2024-02-26", PrecisionDay},
	{"26 d'abril de 2024", "2024-04-26", PrecisionDay},
	{"dilluns, 7 d’octubre del 2024 a les 14:30", "2024-10-07T14:30:00", PrecisionMinute},
	{"11 de setembre de 2024", "2024-09-11", PrecisionDay},
	{"1 de març de 2024", "2024-03-01", PrecisionDay},
	// Indonesian and Malay.
	{"26 Februari 2024", "2024-02-26", PrecisionDay},
	{"Senin, 26 Feb 2024 14:30 WIB", "2024-02-26T14:30:00+07:00", PrecisionMinute},
	{"17 Agustus 2024 pukul 10.00 WIB", "2024-08-17T10:00:00+07:00", PrecisionMinute},
	{"26 Februari 2024 14:30 WITA", "2024-02-26T14:30:00+08:00", PrecisionMinute},
	{"3 Desember 2023", "2023-12-03", PrecisionDay},
	{"31 Ogos 2024", "2024-08-31", PrecisionDay},
	{"Isnin, 4 Mac 2024", "2024-03-04", PrecisionDay},
	// Arabic.
	{"26 فبراير 2024", "2024-02-26", PrecisionDay},
	{"26 شباط 2024", "2024-02-26", PrecisionDay},
	{"٢٦ فبراير ٢٠٢٤", "2024-02-26", PrecisionDay},
	{"۲۶ فبراير ۲۰۲۴", "2024-02-26", PrecisionDay},
	{"الإثنين، 26 فبراير 2024 - 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"الاثنين 26 شباط/فبراير 2024", "2024-02-26", PrecisionDay},
	{"26 كانون الثاني 2024", "2024-01-26", PrecisionDay},
	{"3 كانون الأول 2023", "2023-12-03", PrecisionDay},
	{"15 تشرين الأول 2024", "2024-10-15", PrecisionDay},
	{"2 تشرين الثاني 2024", "2024-11-02", PrecisionDay},
	{"1 آذار 2024", "2024-03-01", PrecisionDay},
	{"12 أغسطس 2024", "2024-08-12", PrecisionDay},
	{"12 إبريل 2024", "2024-04-12", PrecisionDay},
	{"26 فيفري 2024", "2024-02-26", PrecisionDay},
	{"26 فبراير 2024 م", "2024-02-26", PrecisionDay},
	{"26 فبراير 2024 الساعة 04:23 م", "2024-02-26T16:23:00", PrecisionMinute},
	{"‏26‏/02‏/2024", "2024-02-26", PrecisionDay},
	{"٢٦/٠٢/٢٠٢٤ ١٤:٣٠", "2024-02-26T14:30:00", PrecisionMinute},
	// Persian and Hebrew.
	{"۲۶ فوریه ۲۰۲۴", "2024-02-26", PrecisionDay},
	{"26 בפברואר 2024", "2024-02-26", PrecisionDay},
	{"26 בפברואר 2024 בשעה 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"1 במאי 2024", "2024-05-01", PrecisionDay},
	// Chinese, Japanese, Korean.
	{"2024年2月26日", "2024-02-26", PrecisionDay},
	{"2024年02月26日 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"2024年2月26日（月）14時30分", "2024-02-26T14:30:00", PrecisionMinute},
	{"2024年2月26日 午後2時30分", "2024-02-26T14:30:00", PrecisionMinute},
	{"2024年2月26日 星期一 下午2点", "2024-02-26T14:00:00", PrecisionMinute},
	{"发布时间：2024年2月26日 09:15", "2024-02-26T09:15:00", PrecisionMinute},
	{"２０２４年２月２６日", "2024-02-26", PrecisionDay},
	{"2024 年 2 月 26 日", "2024-02-26", PrecisionDay},
	{"2024年2月", "2024-02", PrecisionMonth},
	{"2024년 2월 26일", "2024-02-26", PrecisionDay},
	{"2024년 2월 26일 (월) 오후 2:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"2024년 2월 26일 월요일 오전 9시 5분", "2024-02-26T09:05:00", PrecisionMinute},
	{"2024년 2월 26일 오후 12시", "2024-02-26T12:00:00", PrecisionMinute},
	{"입력 2024.02.26. 오후 2:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"2024. 2. 26. 오전 10:05", "2024-02-26T10:05:00", PrecisionMinute},
	{"2024.02.26", "2024-02-26", PrecisionDay},
	{"2024/02/26 14:30", "2024-02-26T14:30:00", PrecisionMinute},
	// Numbers, US forms: day first by default.
	{"12-01-2024, 04:23 AM", "2024-01-12T04:23:00", PrecisionMinute},
	{"02/26/2024 11:05 PM", "2024-02-26T23:05:00", PrecisionMinute},
	// Refused.
	{"26 февраля", "", PrecisionNone},
	{"26 лютого", "", PrecisionNone},
	{"٢٦ ٠٢ ٢٠٢٤", "", PrecisionNone},
	{"١٢٣٤٥٦٧٨٩", "", PrecisionNone},
	{"٣٠ فبراير ٢٠٢٤", "", PrecisionNone},
	{"32 февраля 2024", "", PrecisionNone},
	{"2024年13月26日", "", PrecisionNone},
	{"2024年2月30日", "", PrecisionNone},
	{"2月26日", "", PrecisionNone},
	{"12345年", "", PrecisionNone},
	{"2024년", "", PrecisionNone},
	{"2024. 13. 26.", "", PrecisionNone},
	{"26. 2. 24", "", PrecisionNone},
	{"1. 2. 3.", "", PrecisionNone},
	{"2024. február 26", "", PrecisionNone},
	{"кв. 12, д. 2024", "", PrecisionNone},
	{"тел. 8 800 2024", "", PrecisionNone},
	{"26 كانون 2024", "", PrecisionNone},
	{"in 2024. March 5, 2025", "", PrecisionNone},
	{"26 sie 24 osób", "", PrecisionNone},
	{"v1.2.3 ٢٠٢٤", "", PrecisionNone},
	{"Σελίδα 26 από 2024", "", PrecisionNone},
	{"第26号 2024", "", PrecisionNone},
}

// TestParseDateWorld reads every text of worldDateCases.
func TestParseDateWorld(t *testing.T) { checkParseDate(t, worldDateCases) }

// worldFindCases are texts FindDate searches, with the date it must find and
// the text of its span; want is "" when there is none.
var worldFindCases = []struct {
	in, want, span string
}{
	{"Москва, 26 февраля 2024 г., 14:30 — Правительство объявило", "2024-02-26T14:30:00",
		"26 февраля 2024 г., 14:30"},
	{"新华社北京2月26日电 2024年2月26日下午3点，会议召开。", "2024-02-26T15:00:00", "2024年2月26日下午3点"},
	{"東京＝2024年2月26日（月）の発表によると", "2024-02-26", "2024年2月26日（月）"},
	{"القاهرة - نشر في ٢٦ فبراير ٢٠٢٤ م، وقال الوزير", "2024-02-26", "٢٦ فبراير ٢٠٢٤ م"},
	{"17 شعبان 1445 هـ الموافق 26 فبراير 2024", "2024-02-26", "26 فبراير 2024"},
	{"Budapest, 2024. február 26., hétfő 14:30 – A kormány", "2024-02-26T14:30:00",
		"2024. február 26., hétfő 14:30"},
	{"Tel. 0212 555 12 34, İstanbul 26 Şubat 2024", "2024-02-26", "26 Şubat 2024"},
	{"Ref. 1445/2024 – 12 000 osób", "", ""},
	{"Телефон: 8 (800) 555-35-35, 2024", "", ""},
	{"Площадь 26,5 км², 2024 год", "", ""},
	{"رقم ١٢٣٤٥ و ٦٧٨٩", "", ""},
}

// TestFindDateWorld searches every text of worldFindCases.
func TestFindDateWorld(t *testing.T) {
	for _, c := range worldFindCases {
		d, start, end, ok := FindDate(c.in)
		assert.Equal(t, c.want != "", ok, "%q", c.in)
		assert.Equal(t, c.want, d.String(), "%q", c.in)
		assert.Equal(t, c.span, c.in[start:end], "%q", c.in)
	}
}

// TestDateIn checks the month-first reading of American English, that
// other languages keep the day first, and that a dotted date is day first
// in every language.
func TestDateIn(t *testing.T) {
	cases := []struct{ in, lang, want string }{
		{"12-01-2024, 04:23 AM", "en-US", "2024-12-01T04:23:00"},
		{"12-01-2024, 04:23 AM", "en", "2024-12-01T04:23:00"},
		{"12-01-2024, 04:23 AM", "en_us", "2024-12-01T04:23:00"},
		{"12-01-2024, 04:23 AM", "en-GB", "2024-01-12T04:23:00"},
		{"12-01-2024, 04:23 AM", "fr", "2024-01-12T04:23:00"},
		{"12-01-2024, 04:23 AM", "", "2024-01-12T04:23:00"},
		{"3/4/24 5:00 PM", "en-US", "2024-03-04T17:00:00"},
		{"26/02/2024", "en-US", "2024-02-26"},
		{"02/26/2024", "en-GB", "2024-02-26"},
		{"2024/02/03", "en-US", "2024-02-03"},
		{"3 février 2024", "en-US", "2024-02-03"},
		{"02.12.2019", "en-US", "2019-12-02"},
		{"02.12.19", "en", "2019-12-02"},
		{"12.26.2019", "en-US", "2019-12-26"},
	}
	for _, c := range cases {
		d, ok := ParseDateIn(c.in, c.lang)
		assert.True(t, ok, "%q %s", c.in, c.lang)
		assert.Equal(t, c.want, d.String(), "%q %s", c.in, c.lang)
		f, _, _, ok := FindDateIn("Posted "+c.in+" by staff", c.lang)
		assert.True(t, ok, "%q %s", c.in, c.lang)
		assert.Equal(t, c.want, f.String(), "%q %s", c.in, c.lang)
	}
}
