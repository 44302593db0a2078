package entities

import "sort"

// Counts are the entity-level matches of a prediction against gold tags:
// an entity counts as right only with the same span and type.
type Counts struct {
	Right, Predicted, Gold int
}

// Precision returns Right/Predicted, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Right, c.Predicted) }

// Recall returns Right/Gold, 0 when there is no gold entity.
func (c Counts) Recall() float64 { return ratio(c.Right, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores holds Counts per entity type.
type Scores map[string]*Counts

// Add compares the IOB2 tags of one sentence.
func (s Scores) Add(gold, pred []string) {
	g, p := Spans(gold), Spans(pred)
	in := make(map[Span]bool, len(g))
	for _, x := range g {
		in[x] = true
		s.at(x.Type).Gold++
	}
	for _, x := range p {
		c := s.at(x.Type)
		c.Predicted++
		if in[x] {
			c.Right++
		}
	}
}

func (s Scores) at(t string) *Counts {
	if s[t] == nil {
		s[t] = &Counts{}
	}
	return s[t]
}

// Overall returns the sum of the Counts of every type.
func (s Scores) Overall() Counts {
	var all Counts
	for _, c := range s {
		all.Right += c.Right
		all.Predicted += c.Predicted
		all.Gold += c.Gold
	}
	return all
}

// Types returns the entity types seen, sorted.
func (s Scores) Types() []string {
	var out []string
	for t := range s {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
