package main

import (
	"fmt"
	"io"
	"os"

	"github.com/depeche-go/depeche/entities"
)

// runAgreement prints the agreement of two annotations of the same sentences.
func runAgreement(a, b string, w io.Writer) error {
	sa, err := readBracket(a)
	if err != nil {
		return err
	}
	sb, err := readBracket(b)
	if err != nil {
		return err
	}
	ag, err := entities.Agreement(sa, sb)
	if err != nil {
		return err
	}
	report(w, ag.Scores)
	all := ag.Scores.Overall()
	fmt.Fprintf(w, "sentences=%d tokens=%d token_agreement=%.3f\n", ag.Sentences, ag.Tokens, ag.Observed)
	fmt.Fprintf(w, "agreement F1=%.3f kappa=%.3f\n", all.F1(), ag.Kappa)
	return nil
}

func readBracket(name string) ([]entities.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entities.ReadBracket(f)
}
