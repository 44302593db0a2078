package article

import "slices"

// The word lists of html_promo.go, folded by lineKey. They hold general
// vocabulary of news templates in English and French, and the names of
// the networks pages are shared to; html_promo_words_intl.go adds the
// words of other languages.

// setOf returns ws as a set.
func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	// promoLines are whole lines that label boilerplate.
	promoLines = setOf(slices.Concat(intlPromoLines, widgetLines, []string{
		"share", "share this", "share this article", "share this story", "share article",
		"share on", "tweet", "comment", "comments", "view comments", "show comments",
		"advertisement", "advertising", "ad", "sponsored", "sponsored content",
		"story continues below advertisement", "continue reading below",
		"read more", "read also", "see also", "also read", "related", "related articles",
		"related stories", "related content", "more on this", "don't miss", "most popular",
		"recommended", "trending", "watch", "watch now", "listen", "topics", "tags",
		"you have been successfully subscribed", "thank you for subscribing",
		"partager", "partager cet article", "partagez", "commentaires", "commenter",
		"publicité", "pub", "lire aussi", "à lire aussi", "a lire aussi", "lire la suite",
		"voir aussi", "à voir aussi", "sur le même sujet", "dans la même rubrique",
		"les plus lus", "à lire également", "lire également",
	})...)
	// promoPrefixes start lines that point elsewhere or ask for something.
	promoPrefixes = slices.Concat(intlPromoPrefixes, []string{
		"also on ", "read more:", "read more ", "read also:", "see also:", "related:",
		"like this story", "sign up for", "sign up to", "subscribe to our", "click here to",
		"lire aussi :", "lire aussi:", "à lire aussi :", "à lire aussi:", "lire aussi ",
		"à lire aussi ", "voir aussi :", "abonnez-vous à", "inscrivez-vous à",
		"recevez notre newsletter", "share on ", "share via ",
	})
	// tailPrefixes start the credit and promotion lines that end articles.
	tailPrefixes = slices.Concat(intlTailPrefixes, []string{
		"additional reporting by", "(reporting by", "reporting by", "editing by",
		"writing by", "(editing by", "follow us on", "follow ", "email ", "e-mail ",
		"join our", "© ", "©", "copyright ", "all rights reserved", "this article was",
		"this story was", "suivez-nous", "retrouvez-nous", "tous droits réservés",
	})
	// tailPhrases are inside the credit lines that end articles.
	tailPhrases = slices.Concat(rightsReservedPhrases, intlTailPhrases, []string{
		"contributed to this report", "contributed reporting", "contributed to this article",
		"tous droits réservés", "on twitter @", "sur twitter @",
		"follow him on", "follow her on", "follow them on",
	})
	// shareLabels are the items of a share bar.
	shareLabels = setOf(slices.Concat(intlShareLabels, []string{
		"facebook", "twitter", "x", "email", "e-mail", "mail", "print", "whatsapp",
		"linkedin", "pinterest", "reddit", "telegram", "flipboard", "copy", "copy link",
		"copy url", "messenger", "tumblr", "pocket", "more", "sms", "vkontakte",
		"odnoklassniki", "share", "tweet", "comment", "comments", "imprimer", "partager",
		"envoyer", "courriel", "copier le lien", "bluesky", "threads", "mastodon",
		"xing", "line", "viber", "snapchat", "instagram", "youtube", "save", "lagi", "cetak",
		"surat elektronik",
	})...)
	// sharePrefixes start the items of a share bar.
	sharePrefixes = []string{"share on ", "share via ", "share to ", "partager sur ", "email this", "print this"}
	// disclosurePhrases are in affiliate disclosures, see disclosureLine.
	disclosurePhrases = []string{
		"affiliate link", "earn a commission", "earn commission", "earn us a commission",
		"earn an affiliate commission", "earn a small commission", "earn commissions",
		"purchases made through", "commission for products", "receive compensation",
		"liens d'affiliation", "lien d'affiliation", "liens affiliés", "lien affilié",
		"liens sponsorisés", "une commission",
	}
	// selfWords are the words by which a publisher speaks of itself.
	selfWords = setOf("we", "us", "our", "i", "my", "nous", "notre", "nos", "je")
	// selfPhrases name the page the disclosure is on.
	selfPhrases = []string{
		"this article", "this post", "this page", "this site", "this story", "this content",
		"this blog", "cet article", "cette page", "ce site", "ce contenu",
	}
)
