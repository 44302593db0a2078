package entities

import "fmt"

// AgreementResult is how far two annotations of the same sentences agree.
type AgreementResult struct {
	Sentences, Tokens int
	// Scores counts the entities of the second annotation against the
	// first: their F1 is the entity-level agreement (symmetric).
	Scores Scores
	// Observed is the share of tokens with the same tag.
	Observed float64
	// Kappa is Cohen's kappa over the token tags.
	Kappa float64
}

// Agreement compares two annotations a and b of the same sentences, in
// the same order: entity-level F1 and Cohen's kappa on token tags. The
// sentences must have the same tokens.
func Agreement(a, b []Sentence) (AgreementResult, error) {
	if len(a) != len(b) {
		return AgreementResult{}, fmt.Errorf("entities: %d sentences against %d", len(a), len(b))
	}
	res := AgreementResult{Sentences: len(a), Scores: Scores{}}
	ca, cb := map[string]int{}, map[string]int{}
	same := 0
	for i := range a {
		if fmt.Sprint(a[i].Tokens) != fmt.Sprint(b[i].Tokens) {
			return res, fmt.Errorf("entities: sentence %d differs: %q", i+1, a[i].Tokens)
		}
		res.Scores.Add(a[i].Tags, b[i].Tags)
		for j, t := range a[i].Tags {
			ca[t]++
			cb[b[i].Tags[j]]++
			if t == b[i].Tags[j] {
				same++
			}
		}
		res.Tokens += len(a[i].Tags)
	}
	res.Observed, res.Kappa = kappa(same, res.Tokens, ca, cb)
	return res, nil
}

// kappa returns the observed agreement and Cohen's kappa from the count
// of equal tags and each annotator's tag counts.
func kappa(same, n int, ca, cb map[string]int) (float64, float64) {
	if n == 0 {
		return 0, 0
	}
	po := float64(same) / float64(n)
	pe := 0.0
	for t, x := range ca {
		pe += float64(x) / float64(n) * float64(cb[t]) / float64(n)
	}
	if pe == 1 {
		return po, 1
	}
	return po, (po - pe) / (1 - pe)
}
