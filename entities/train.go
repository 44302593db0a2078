package entities

import (
	"math"
	"math/rand/v2"
)

// TrainOptions tune Train.
type TrainOptions struct {
	// Epochs is the number of passes over the sentences (default 10).
	Epochs int
	// Seed seeds the shuffling of the sentences between passes.
	Seed uint64
	// Progress, when set, is called after each pass with the share of
	// tokens the pass tagged right.
	Progress func(epoch int, accuracy float64)
}

// trainer is an averaged structured perceptron over hashed features.
type trainer struct {
	f          *featurizer
	index      map[uint32]int32
	keys       []uint32
	w          []float32
	total      []float64
	stamp      []int32
	trans      [nLabels + 1][nLabels]float32
	transTotal [nLabels + 1][nLabels]float64
	step       int32
	em         [][nLabels]float32
	back       [][nLabels]int8
	pred, gold []int
}

// Train fits a Model to sentences tagged in IOB2 (IOB1 tags are converted
// first), with the built-in gazetteer.
func Train(sents []Sentence, opt TrainOptions) (*Model, error) {
	g, err := defaultGazetteer()
	if err != nil {
		return nil, err
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	t := &trainer{f: newFeaturizer(g), index: make(map[uint32]int32, 1<<20)}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
		ToIOB2(sents[i].Tags)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	for e := 1; e <= opt.Epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, all := 0, 0
		for _, i := range order {
			r := t.learn(sents[i])
			right, all = right+r, all+len(sents[i].Tokens)
		}
		if opt.Progress != nil {
			opt.Progress(e, float64(right)/float64(max(all, 1)))
		}
	}
	return t.model(), nil
}

// learn tags one sentence, updates the weights where it was wrong, and
// returns how many tokens were right.
func (t *trainer) learn(s Sentence) int {
	n := len(s.Tokens)
	t.step++
	if n == 0 {
		return 0
	}
	t.f.compute(s.Tokens)
	t.grow(n)
	for i := range n {
		t.emission(t.f.of(i), &t.em[i])
		t.gold[i] = labelIndex(s.Tags[i])
	}
	viterbi(t.em[:n], &t.trans, t.back[:n], t.pred[:n])
	right := 0
	for i := range n {
		g, p := t.gold[i], t.pred[i]
		if g == p {
			right++
		} else {
			for _, k := range t.f.of(i) {
				t.update(k, g, 1)
				t.update(k, p, -1)
			}
		}
		if pg, pp := t.prevLabel(t.gold, i), t.prevLabel(t.pred, i); g != p || pg != pp {
			t.updateTrans(pg, g, 1)
			t.updateTrans(pp, p, -1)
		}
	}
	return right
}

func (t *trainer) prevLabel(l []int, i int) int {
	if i == 0 {
		return nLabels
	}
	return l[i-1]
}

func (t *trainer) grow(n int) {
	for len(t.em) < n {
		t.em = append(t.em, [nLabels]float32{})
		t.back = append(t.back, [nLabels]int8{})
		t.pred, t.gold = append(t.pred, 0), append(t.gold, 0)
	}
}

// emission sums the current weights of feats.
func (t *trainer) emission(feats []uint32, out *[nLabels]float32) {
	*out = [nLabels]float32{}
	for _, k := range feats {
		if r, ok := t.index[k]; ok {
			w := t.w[int(r)*nLabels : int(r+1)*nLabels]
			for j := range nLabels {
				out[j] += w[j]
			}
		}
	}
}

// update adds d to the weight of feature k for label j, keeping the
// running totals for the average.
func (t *trainer) update(k uint32, j int, d float32) {
	r, ok := t.index[k]
	if !ok {
		r = int32(len(t.keys))
		t.index[k] = r
		t.keys = append(t.keys, k)
		t.w = append(t.w, make([]float32, nLabels)...)
		t.total = append(t.total, make([]float64, nLabels)...)
		t.stamp = append(t.stamp, t.step)
	}
	base := int(r) * nLabels
	if el := t.step - t.stamp[r]; el > 0 {
		for x := range nLabels {
			t.total[base+x] += float64(el) * float64(t.w[base+x])
		}
		t.stamp[r] = t.step
	}
	t.w[base+j] += d
}

func (t *trainer) updateTrans(p, k int, d float32) {
	t.trans[p][k] += d
	t.transTotal[p][k] += float64(d) * float64(-t.step) // undone in model()
}

// model averages the weights, quantizes them to int8 and drops the
// features left without weight.
func (t *trainer) model() *Model {
	steps := float64(t.step)
	avg := make([]float64, len(t.w))
	maxAbs := 0.0
	for r := range t.keys {
		for x := range nLabels {
			i := r*nLabels + x
			tot := t.total[i] + float64(t.step-t.stamp[r])*float64(t.w[i])
			avg[i] = tot / steps
			maxAbs = max(maxAbs, math.Abs(avg[i]))
		}
	}
	var trans [nLabels + 1][nLabels]float32
	for p := range trans {
		for k := range trans[p] {
			// transTotal holds -sum(d*step) over the updates, so the sum of
			// the weight over all steps is w*(steps+1) + transTotal.
			trans[p][k] = float32((float64(t.trans[p][k])*(steps+1) + t.transTotal[p][k]) / steps)
		}
	}
	return quantize(t.keys, avg, maxAbs, trans)
}

// quantize keeps the features with a non-zero int8 weight.
func quantize(keys []uint32, avg []float64, maxAbs float64, trans [nLabels + 1][nLabels]float32) *Model {
	scale := maxAbs / 127
	if scale == 0 {
		scale = 1
	}
	idx := make([]int32, len(keys))
	for i := range idx {
		idx[i] = int32(i)
	}
	sortByKey(idx, keys)
	var kept []uint32
	var weights []int8
	for _, r := range idx {
		var row [nLabels]int8
		nz := false
		for x := range nLabels {
			q := math.Round(avg[int(r)*nLabels+x] / scale)
			row[x] = int8(max(-127, min(127, q)))
			nz = nz || row[x] != 0
		}
		if nz {
			kept = append(kept, keys[r])
			weights = append(weights, row[:]...)
		}
	}
	return newModel(kept, weights, float32(scale), trans)
}
