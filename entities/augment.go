package entities

import (
	"bufio"
	"math/rand/v2"
	"strings"
)

// AugmentOptions tune Augment.
type AugmentOptions struct {
	// Copies is how many altered copies of each sentence with an entity
	// are added.
	Copies int
	// Replace is the chance that an entity of a copy is swapped for
	// another name of the same type (default 0.5). Misc names are never
	// swapped: a demonym, a title and an event are all misc, yet each
	// fits only its own context, and copies that swap them teach the
	// tagger to call any name in a misc context misc.
	Replace float64
	// Connect is the chance that a copy starts with a connecting phrase
	// ("However,", "En 2019,"), its first word put in lower case when it
	// is a common word (default 0.3).
	Connect float64
	// Seed seeds the random choices.
	Seed uint64
}

// Augment returns sents followed by altered copies in which persons,
// organisations and places are swapped for other names of the same type,
// taken from the sentences themselves and from the gazetteers (first names
// and surnames, cities, countries). The copies teach the tagger to read the context and the
// shape of a name rather than to remember the names of its corpus.
func Augment(sents []Sentence, opt AugmentOptions) []Sentence {
	if opt.Replace == 0 {
		opt.Replace = 0.5
	}
	if opt.Connect == 0 {
		opt.Connect = 0.3
	}
	g, err := defaultGazetteer()
	if err != nil {
		return sents
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0xa11))
	pools := entityPools(sents)
	gaz := gazetteerPools()
	out := append([]Sentence(nil), sents...)
	for c := 0; c < opt.Copies; c++ {
		for _, s := range sents {
			x := s
			if spans := Spans(s.Tags); len(spans) > 0 {
				x = swapEntities(s, spans, pools, gaz, opt.Replace, rng)
			}
			if rng.Float64() < opt.Connect {
				x = connect(x, g, rng)
			} else if len(x.Tokens) == len(s.Tokens) && len(Spans(s.Tags)) == 0 {
				continue
			}
			out = append(out, x)
		}
	}
	return out
}

// entityPools gathers the entities of sents by type.
func entityPools(sents []Sentence) map[string][][]string {
	seen := map[string]bool{}
	pools := map[string][][]string{}
	for _, s := range sents {
		for _, sp := range Spans(s.Tags) {
			words := s.Tokens[sp.Start:sp.End]
			if k := sp.Type + " " + strings.Join(words, " "); !seen[k] {
				seen[k] = true
				pools[sp.Type] = append(pools[sp.Type], words)
			}
		}
	}
	return pools
}

// namePools are gazetteer names to draw from.
type namePools struct {
	first, surname, places [][]string
}

// gazetteerPools reads first names, surnames, cities and countries from
// the embedded lists.
func gazetteerPools() namePools {
	var p namePools
	for _, name := range []string{"data/hunspell-fr-names.txt.gz", "data/cities.txt.gz", "data/countries.txt.gz"} {
		_ = eachGazetteerLine(name, func(class, phrase string) {
			w := TokenizeWords(phrase)
			switch class {
			case "first":
				p.first = append(p.first, w)
			case "surname":
				p.surname = append(p.surname, w)
			case "city", "country":
				p.places = append(p.places, w)
			}
		})
	}
	return p
}

// eachGazetteerLine calls fn with each phrase of an embedded list.
func eachGazetteerLine(name string, fn func(class, phrase string)) error {
	zr, closeFile, err := openGazetteerFile(name)
	if err != nil {
		return err
	}
	defer closeFile()
	sc := bufio.NewScanner(zr)
	class := ""
	for sc.Scan() {
		switch line := sc.Text(); {
		case line == "" || line[0] == '#':
		case line[0] == '@':
			class = line[1:]
		default:
			fn(class, line)
		}
	}
	return sc.Err()
}

// swapEntities copies s with some entities replaced.
func swapEntities(s Sentence, spans []Span, pools map[string][][]string, gaz namePools, p float64, rng *rand.Rand) Sentence {
	var out Sentence
	last := 0
	for _, sp := range spans {
		out.Tokens = append(out.Tokens, s.Tokens[last:sp.Start]...)
		out.Tags = append(out.Tags, s.Tags[last:sp.Start]...)
		words := s.Tokens[sp.Start:sp.End]
		if sp.Type != TypeMISC && rng.Float64() < p {
			words = pickName(sp.Type, pools, gaz, rng)
		}
		for i, w := range words {
			out.Tokens = append(out.Tokens, w)
			out.Tags = append(out.Tags, map[bool]string{true: "B-", false: "I-"}[i == 0]+sp.Type)
		}
		last = sp.End
	}
	out.Tokens = append(out.Tokens, s.Tokens[last:]...)
	out.Tags = append(out.Tags, s.Tags[last:]...)
	return out
}

// pickName draws a name of type t.
func pickName(t string, pools map[string][][]string, gaz namePools, rng *rand.Rand) []string {
	if rng.IntN(2) == 0 {
		switch {
		case t == TypePER && len(gaz.first) > 0 && len(gaz.surname) > 0:
			return append(append([]string(nil), gaz.first[rng.IntN(len(gaz.first))]...), gaz.surname[rng.IntN(len(gaz.surname))]...)
		case t == TypeLOC && len(gaz.places) > 0:
			return gaz.places[rng.IntN(len(gaz.places))]
		}
	}
	pool := pools[t]
	return pool[rng.IntN(len(pool))]
}

// connectors start sentences in the copies made by Augment.
var connectors = [2][]string{
	{"Cependant ,", "Pourtant ,", "Par ailleurs ,", "En outre ,", "Ainsi ,", "Toutefois ,", "Néanmoins ,",
		"En 2019 ,", "Depuis 2015 ,", "Selon lui ,", "De plus ,", "Enfin ,", "Aujourd'hui ,", "En effet ,",
		"Après la guerre ,", "Au total ,", "Dans les années 1990 ,", "En revanche ,", "Entre-temps ,",
		"Finalement ,", "En 1987", "Plus tard ,", "Le 12 mars ,", "D'après elle ,", "Mais", "Puis", "Et"},
	{"However ,", "Also ,", "Meanwhile ,", "Furthermore ,", "Moreover ,", "In 2019 ,", "Since 2015 ,",
		"In addition ,", "Finally ,", "Today ,", "After the war ,", "In total ,", "During the 1990s ,",
		"In contrast ,", "Later ,", "Instead ,", "Nevertheless ,", "As a result ,", "Eventually ,",
		"Initially ,", "In 1987", "On March 12 ,", "According to her ,", "But", "Then", "And", "Thus ,"},
}

// connect prepends a connector in the language of s.
func connect(s Sentence, g *Gazetteer, rng *rand.Rand) Sentence {
	fr, en := 0, 0
	for _, w := range s.Tokens {
		c := g.word(normWord(w))
		if c&gFrWord != 0 && c&gEnWord == 0 {
			fr++
		} else if c&gEnWord != 0 && c&gFrWord == 0 {
			en++
		}
	}
	list := connectors[0]
	if en > fr {
		list = connectors[1]
	}
	pre := strings.Fields(list[rng.IntN(len(list))])
	out := Sentence{Tokens: append([]string(nil), pre...), Tags: make([]string, len(pre))}
	for i := range out.Tags {
		out.Tags[i] = "O"
	}
	out.Tokens = append(out.Tokens, s.Tokens...)
	out.Tags = append(out.Tags, s.Tags...)
	first := len(pre)
	if len(s.Tokens) > 0 && s.Tags[0] == "O" && g.word(normWord(s.Tokens[0]))&(gFrWord|gEnWord) != 0 {
		out.Tokens[first] = strings.ToLower(s.Tokens[0])
	}
	return out
}
