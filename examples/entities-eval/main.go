// Command entities-eval measures a named-entity model of package entities
// on a CoNLL file (".gz" accepted; columns "index token tag" or "token
// tag"; IOB1 or IOB2): entity-level precision, recall and F1, exact span
// and type, per type and overall, and the tagging speed.
//
//	go run ./examples/entities-eval [-model my.model.gz] test.conll.gz
//
// With -agree, it compares two bracket-annotated files of the same
// sentences instead (entity-level F1 and Cohen's kappa on tokens):
//
//	go run ./examples/entities-eval -agree first.txt second.txt
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/cputime"
)

func main() {
	model := flag.String("model", "", "model file (default: the embedded model)")
	agree := flag.Bool("agree", false, "compare two bracket files of the same sentences")
	flag.Parse()
	var err error
	switch {
	case *agree && flag.NArg() == 2:
		err = runAgreement(flag.Arg(0), flag.Arg(1), os.Stdout)
	case !*agree && flag.NArg() == 1:
		err = run(flag.Arg(0), *model, os.Stdout)
	default:
		err = fmt.Errorf("usage: entities-eval [-model m.gz] file.conll[.gz] | -agree a.txt b.txt")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "entities-eval:", err)
		os.Exit(1)
	}
}

func run(file, modelFile string, w io.Writer) error {
	gold, err := readCoNLL(file)
	if err != nil {
		return err
	}
	t, err := tagger(modelFile)
	if err != nil {
		return err
	}
	scores := entities.Scores{}
	start, cpu, tokens := time.Now(), cputime.Used(), 0
	preds := make([][]string, len(gold))
	for i, s := range gold {
		preds[i] = t.Tag(s.Tokens)
		tokens += len(s.Tokens)
	}
	elapsed, cpuUsed := time.Since(start), cputime.Used()-cpu
	for i, s := range gold {
		scores.Add(s.Tags, preds[i])
	}
	report(w, scores)
	fmt.Fprintf(w, "tokens=%d seconds=%.3f tokens_per_second=%.0f cpu_seconds=%.3f tokens_per_cpu_second=%.0f\n",
		tokens, elapsed.Seconds(), float64(tokens)/elapsed.Seconds(), cpuUsed.Seconds(), float64(tokens)/max(cpuUsed.Seconds(), 1e-9))
	all := scores.Overall()
	fmt.Fprintf(w, "overall P=%.3f R=%.3f F1=%.3f\n", all.Precision(), all.Recall(), all.F1())
	return nil
}

func report(w io.Writer, s entities.Scores) {
	fmt.Fprintf(w, "%-6s %6s %6s %6s %7s %7s\n", "type", "P", "R", "F1", "gold", "pred")
	for _, t := range s.Types() {
		c := s[t]
		fmt.Fprintf(w, "%-6s %6.3f %6.3f %6.3f %7d %7d\n", t, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Predicted)
	}
}

func readCoNLL(file string) ([]entities.Sentence, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entities.ReadCoNLL(f)
}

func tagger(modelFile string) (*entities.Tagger, error) {
	if modelFile == "" {
		return entities.NewTagger(nil)
	}
	f, err := os.Open(modelFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := entities.ReadModel(f)
	if err != nil {
		return nil, err
	}
	return entities.NewTagger(m)
}
