package actor

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// ledCoalition reports a "-led" word at toks[i] before the coalition or
// alliance it names the leader of ("the Saudi-led coalition", "a
// Russian-led alliance"): the leading state acts as the coalition, whose
// head noun belongs to its phrase. Sector nouns after it ("US-led
// forces") compose as they do after a state's name and are left out.
func ledCoalition(toks []text.Token, i int) bool {
	if !strings.HasSuffix(toks[i].Lower, "-led") || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Lower {
	case "coalition", "coalitions", "alliance", "bloc":
		return true
	}
	return false
}
