// Command entities-train trains a named-entity model for package entities
// from annotated sentences, and writes it as a model file that
// entities.WithModel loads.
//
//	go run ./examples/entities-train -o my.model.gz entities/corpus/*.txt wikiner.conll.gz
//
// Files ending in .txt are read as bracket-annotated sentences ("[PER
// Emmanuel Macron] a reçu..."), one a line; any other file as CoNLL
// (".gz" accepted; columns "index token tag" or "token tag"; IOB1 or IOB2).
// -fraction keeps the first part of each bracket file, for learning curves;
// -augment adds copies of the sentences with other names swapped in.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/depeche-go/depeche/entities"
)

var augment, prune int

func main() {
	out := flag.String("o", "ner.model.gz", "model file to write")
	epochs := flag.Int("epochs", 12, "passes over the training sentences")
	fraction := flag.Float64("fraction", 1, "share of each bracket file's sentences to train on (0-1]")
	repeat := flag.String("repeat", "", "comma-separated files whose sentences are repeated (weighted twice)")
	flag.IntVar(&prune, "prune", 1, "drop the features whose quantized weights are all within ±prune")
	flag.IntVar(&augment, "augment", 0, "altered copies of each sentence, with entities swapped for other names")
	flag.Parse()
	if err := run(flag.Args(), *out, *epochs, *fraction, *repeat, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "entities-train:", err)
		os.Exit(1)
	}
}

func run(files []string, out string, epochs int, fraction float64, repeat string, log io.Writer) error {
	if len(files) == 0 {
		return fmt.Errorf("no training file given")
	}
	var sents []entities.Sentence
	for _, name := range files {
		s, err := readFile(name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if filepath.Ext(name) == ".txt" {
			s = s[:int(float64(len(s))*fraction)]
		}
		if strings.Contains(","+repeat+",", ","+name+",") {
			s = append(s, s...)
		}
		sents = append(sents, s...)
	}
	fmt.Fprintf(log, "%d sentences, %d tokens\n", len(sents), countTokens(sents))
	if augment > 0 {
		sents = entities.Augment(sents, entities.AugmentOptions{Copies: augment})
		fmt.Fprintf(log, "augmented: %d sentences, %d tokens\n", len(sents), countTokens(sents))
	}
	m, err := entities.Train(sents, entities.TrainOptions{Epochs: epochs, Progress: func(e int, acc float64) {
		fmt.Fprintf(log, "epoch %d: token accuracy %.4f\n", e, acc)
	}})
	if err != nil {
		return err
	}
	return writeModel(m.Prune(int8(prune)), out, log)
}

func readFile(name string) ([]entities.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if filepath.Ext(name) == ".txt" {
		return entities.ReadBracket(f)
	}
	return entities.ReadCoNLL(f)
}

func countTokens(s []entities.Sentence) int {
	n := 0
	for _, x := range s {
		n += len(x.Tokens)
	}
	return n
}

func writeModel(m *entities.Model, out string, log io.Writer) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if err != nil {
		f.Close()
		return err
	}
	fmt.Fprintf(log, "wrote %s: %d features, %d bytes\n", out, m.Features(), n)
	return f.Close()
}
