package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/parley-events/parley/story"
)

// parseFlags parses a subcommand's flags. done is true when the command
// must stop with the returned exit code: 0 after --help, 2 on a usage error.
func parseFlags(fs *flag.FlagSet, args []string) (code int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return 2, true
	}
	return 0, false
}

// badDate reports, on stderr, a --date that is not YYYY-MM-DD.
func badDate(cmd, date string, stderr io.Writer) bool {
	if date == "" {
		return false
	}
	if _, err := time.Parse(story.DateLayout, date); err != nil {
		fmt.Fprintf(stderr, "parley %s: --date %q is not YYYY-MM-DD\n", cmd, date)
		return true
	}
	return false
}
