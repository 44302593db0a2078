package entities

import (
	_ "embed"
	"encoding/binary"
	"fmt"
)

// commonWordsBloom holds the Bloom filters of the lower-case French and
// English words (data/source/fr-words.txt.gz, data/source/en-words.txt.gz),
// built ahead of time so that loading costs a copy instead of unzipping and
// hashing 400,000 words. TestCommonWordsBloom rebuilds it from the lists.
//
//go:embed data/common-words.bloom
var commonWordsBloom string

// The sizes of the common-word filters, as log2 of their bits.
const (
	frWordsBits = 22
	enWordsBits = 21
)

// commonFilters returns the French and English common-word filters read
// from data, a French bitset followed by an English one.
func commonFilters(data string) ([2]*bitFilter, error) {
	fr, en := newBitFilter(frWordsBits), newBitFilter(enWordsBits)
	if len(data) != 8*(len(fr.bits)+len(en.bits)) {
		return [2]*bitFilter{}, fmt.Errorf("entities: common-word filter of %d bytes", len(data))
	}
	data = fr.fill(data)
	en.fill(data)
	return [2]*bitFilter{fr, en}, nil
}

// fill copies the bits of f from the start of data, little-endian, and
// returns the rest.
func (f *bitFilter) fill(data string) string {
	for i := range f.bits {
		var w uint64
		for j := 7; j >= 0; j-- {
			w = w<<8 | uint64(data[8*i+j])
		}
		f.bits[i] = w
	}
	return data[8*len(f.bits):]
}

// appendBits appends the bits of f to dst, little-endian.
func (f *bitFilter) appendBits(dst []byte) []byte {
	for _, w := range f.bits {
		dst = binary.LittleEndian.AppendUint64(dst, w)
	}
	return dst
}
