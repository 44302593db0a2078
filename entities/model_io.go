package entities

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// modelMagic starts every model file (inside its gzip stream).
const modelMagic = "depeche-ner-1\n"

// ErrModel is returned for a model file that cannot be read.
var ErrModel = errors.New("entities: invalid model file")

// WriteTo writes m in its compact gzip-compressed form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	keys, rows := m.sortedKeys()
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	_ = binary.Write(&buf, binary.LittleEndian, m.scale)
	_ = binary.Write(&buf, binary.LittleEndian, m.trans)
	buf.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	prev := uint32(0)
	for _, k := range keys {
		buf.Write(binary.AppendUvarint(nil, uint64(k-prev)))
		prev = k
	}
	// Weights column by column: runs of zeros compress well.
	for j := range nLabels {
		for _, r := range rows {
			buf.WriteByte(byte(r[j]))
		}
	}
	cw := &countWriter{w: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return cw.n, err
	}
	err := zw.Close()
	return cw.n, err
}

// sortedKeys returns the keys of m in increasing order with their rows
// of weights.
func (m *Model) sortedKeys() ([]uint32, [][nLabels]int8) {
	var used []slot
	for _, s := range m.slots {
		if s.key != 0 {
			used = append(used, s)
		}
	}
	slices.SortFunc(used, func(a, b slot) int { return cmp.Compare(a.key, b.key) })
	keys := make([]uint32, len(used))
	rows := make([][nLabels]int8, len(used))
	for i, s := range used {
		keys[i], rows[i] = s.key, s.w
	}
	return keys, rows
}

// ReadModel reads a model written by Model.WriteTo, gzip-compressed as
// WriteTo writes it or decompressed (gunzip).
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrModel, err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	data, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	if len(data) > maxModelBytes {
		return nil, ErrModel
	}
	return parseModel(data)
}

// parseModel reads a decompressed model file.
func parseModel(data []byte) (*Model, error) {
	rest, ok := bytes.CutPrefix(data, []byte(modelMagic))
	header := 4 * (1 + (nLabels+1)*nLabels)
	if !ok || len(rest) < header {
		return nil, ErrModel
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(rest))
	var trans [nLabels + 1][nLabels]float32
	for i := range trans {
		for j := range trans[i] {
			trans[i][j] = math.Float32frombits(binary.LittleEndian.Uint32(rest[4*(1+i*nLabels+j):]))
		}
	}
	keys, rest, err := readKeys(rest[header:])
	if err != nil {
		return nil, err
	}
	if len(rest) != len(keys)*nLabels || math.IsNaN(float64(scale)) || scale <= 0 {
		return nil, ErrModel
	}
	return newModelColumns(keys, rest, scale, trans), nil
}

// maxModelFeatures bounds the size of a model file's tables.
const maxModelFeatures = 1 << 24

// maxModelBytes bounds the size of a decompressed model file.
const maxModelBytes = maxModelFeatures * (nLabels + 5)

// readKeys reads the count of keys and their increasing deltas from data
// and returns the keys and the rest of data.
func readKeys(data []byte) ([]uint32, []byte, error) {
	n, k := binary.Uvarint(data)
	if k <= 0 || n > maxModelFeatures || n > uint64(len(data)) {
		return nil, nil, ErrModel
	}
	data = data[k:]
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		d, k := binary.Uvarint(data)
		if k <= 0 || prev+d > math.MaxUint32 || (d == 0 && i > 0) {
			return nil, nil, ErrModel
		}
		data = data[k:]
		prev += d
		keys[i] = uint32(prev)
	}
	if n > 0 && keys[0] == 0 {
		return nil, nil, ErrModel
	}
	return keys, data, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
