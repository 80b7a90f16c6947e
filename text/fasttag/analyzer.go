package fasttag

import (
	"fmt"

	"github.com/parley-events/parley/text"
)

// NewAnalyzer returns text.NewDefault's analyzer with this tagger in place
// of prose's: the same tokens, tags and lemmas, several times faster. It
// lives here rather than in text because this package imports text.
func NewAnalyzer() (*text.Analyzer, error) {
	t, err := New()
	if err != nil {
		return nil, err
	}
	l, err := text.NewGolemLemmatizer()
	if err != nil {
		return nil, fmt.Errorf("fasttag: %w", err)
	}
	return text.New(t, l), nil
}
