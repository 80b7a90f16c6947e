package eval

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ThirdPartyDir locates the shared gold data: $PARLEY_SHARED (the shared
// folder, or its third_party folder) when set, else ../shared/third_party
// next to the module root found by walking up from the working directory.
// It returns an error saying what was looked for when nothing is there, so
// tests can skip with that message.
func ThirdPartyDir() (string, error) {
	if env := os.Getenv("PARLEY_SHARED"); env != "" {
		for _, d := range []string{filepath.Join(env, "third_party"), env} {
			if isDir(d) && isDir(filepath.Join(d, "universalpetrarch")) {
				return d, nil
			}
		}
		return "", fmt.Errorf("eval: PARLEY_SHARED=%s holds no third_party gold data", env)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("eval: %w", err)
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			tp := filepath.Join(filepath.Dir(dir), "shared", "third_party")
			if isDir(tp) {
				return tp, nil
			}
			return "", fmt.Errorf("eval: no gold data at %s (set PARLEY_SHARED to override)", tp)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("eval: no go.mod above the working directory, so ../shared/third_party cannot be located (set PARLEY_SHARED)")
		}
		dir = parent
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// SharedSet is one gold set under ThirdPartyDir.
type SharedSet struct{ Name, Format, Path string }

// SharedSets lists the gold sets of issue 3, with paths relative to
// ThirdPartyDir.
func SharedSets() []SharedSet {
	return []SharedSet{
		{"PETR2 GSR", FormatPetrarch, "universalpetrarch/PETR2_GSR_validation.xml"},
		{"UD-PETRARCH validation", FormatPetrarch, "universalpetrarch/PETR_Validate_records_2_02.xml"},
		{"PETRARCH-2 unit tests", FormatPetrarch, "petrarch2/PETR.UnitTest.records.xml"},
		{"TABARI validation", FormatTabari, "tabari/Validate.text"},
		{"PLOVER GSR dev", FormatPLOVER, "plover/PLOVER_GSR_CAMEO.dev.json"},
		{"ConfliBERT rounds 1-5", FormatConfliBERT, "conflibert"},
	}
}
