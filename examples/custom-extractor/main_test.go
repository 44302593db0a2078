package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunFindsFactBox(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"../../testdata/factbox-fr.html"}, nil, &out))
	assert.Contains(t, out.String(), "Title: Le tramway de Montlouis prolongé jusqu'à la gare\n")
	assert.Contains(t, out.String(), "Fact box \"En chiffres\":\n  - 4,2 km de voies nouvelles\n  - 7 stations\n  - 118 millions d'euros\n")
	assert.Contains(t, out.String(), "Reading time: 1 min")
}
