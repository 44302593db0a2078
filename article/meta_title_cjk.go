package article

import (
	"strings"
	"unicode/utf8"
)

// This file cuts the site's name off a Chinese or Japanese page title,
// where no spaces set it apart: "长江大桥今日通车-新闻网", "标题_频道_网站".

// cjkSeparators set the site's name off a title written without spaces;
// Japanese newspapers also set it after a full-width colon
// ("見出し：港町新聞デジタル").
var cjkSeparators = []string{"-", "_", "|", "："}

// maxCJKSiteRunes is the most characters of a site's name cut after a
// title written without spaces.
const maxCJKSiteRunes = 8

// cutCJKSuffix returns the head of the title t when its last part, after
// a bar, a dash, an underscore or a full-width colon between two Chinese
// or Japanese characters, is a short name after a headline at least twice
// as long (after a colon, one that ends with one of cjkSiteWords, as a
// news site's name does); ok is false when t has no such part.
func cutCJKSuffix(t string) (head string, ok bool) {
	at, sep := lastSeparator(t, cjkSeparators)
	if at <= 0 || at+len(sep) >= len(t) {
		return t, false
	}
	head, tail := t[:at], t[at+len(sep):]
	before, _ := utf8.DecodeLastRuneInString(head)
	after, _ := utf8.DecodeRuneInString(tail)
	n := utf8.RuneCountInString(tail)
	if !isCJKRune(after) || !isCJKRune(before) && !isCJKPunct(before) || n > maxCJKSiteRunes ||
		utf8.RuneCountInString(head) < 2*n || strings.ContainsRune(tail, ' ') ||
		sep == "：" && !hasAnySuffix(tail, cjkSiteWords) {
		return t, false
	}
	return head, true
}

// cjkSiteWords end the name of a Chinese or Japanese news site:
// newspaper, digital, news, net, daily, times, online ("报" alone also
// ends "预报", a forecast). A full-width colon also parts a Chinese
// headline from its short second half ("…涉台言论：坚决反对"), which no
// such word ends.
var cjkSiteWords = []string{"新聞", "新闻", "デジタル", "ニュース", "网", "網", "日報", "日报", "新報", "新报",
	"時報", "时报", "電子版", "オンライン", "Web", "WEB", "NEWS"}

// isCJKPunct reports whether r is a full-width mark that ends a Chinese
// or Japanese sentence or quote: "！", "？", "」".
func isCJKPunct(r rune) bool {
	return strings.ContainsRune("！？。」』）】", r)
}

// cutCJKName returns t without the site's name a Chinese or Japanese
// title sets after it with no spaces (see cutCJKSuffix): a newsroom that
// writes "标题-新闻网" in its <title> writes it so in its metadata too.
func cutCJKName(t string) string {
	head, _ := cutCJKSuffix(t)
	return head
}

// gluedKicker reports whether the <h1> key spaced ends with the title key
// ck right after a Chinese or Japanese character: a kicker that no space
// sets off, in a script without case to tell it (see glued).
func gluedKicker(spaced, ck string) bool {
	head, ok := strings.CutSuffix(spaced, ck)
	if !ok {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(head)
	first, _ := utf8.DecodeRuneInString(ck)
	return isCJKRune(last) && isCJKRune(first)
}
