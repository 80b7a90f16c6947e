package verb

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// officeWords name a body's standing presence in a place.
var officeWords = wordset.Of("office", "offices", "bureau", "bureaus", "representation", "mission", "missions")

// closedOffice says why a bare "close +" line (166, V39) names no foreign
// presence ended, or "" when it does. The line holds only when
// its target is an office ("the OAS office", "the offices of the British
// Council") of an international body or of another state's government
// than the one that closes it: a state closing a firm's, a party's or a
// broadcaster's office, or a border or a road, ends no foreign presence.
func (s *sentence) closedOffice(p *Pattern, m *Match) string {
	switch s.toks[m.Head].Lemma {
	case "close", "shut", "shutter":
	default:
		return ""
	}
	for _, req := range p.required {
		if len(req) != 1 || req[0] != "down" {
			return "" // a line that spells what was closed
		}
	}
	const none = "what was closed is no office of a foreign state or an international body"
	if len(m.Target) == 0 {
		return none
	}
	tg := m.Target[0]
	office := false
	for k := tg.Start; k < tg.End && k < len(s.toks); k++ {
		if officeWords.Has(s.toks[k].Lower) {
			office = true
			break
		}
	}
	if !office {
		return none
	}
	if len(m.Source) > 0 && strings.HasPrefix(m.Source[0].Code, tg.Code) {
		return none // a body closing its own office
	}
	if strings.HasPrefix(tg.Code, "IGO") {
		return ""
	}
	// A foreign state's own body ("the offices of the British Council",
	// GBR; its government's office, GOV); a foreign broadcaster's or
	// firm's office closed is a media or business closure (1721).
	if tg.Country == "" || len(m.Source) == 0 || m.Source[0].Country == "" || tg.Code != tg.Country && tg.Code != tg.Country+"GOV" || tg.Country == m.Source[0].Country {
		return none
	}
	return ""
}
