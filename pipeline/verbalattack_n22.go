package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// verbalAttack: a politician's "attacks" on a rival made at a rally, in a
// speech, a debate, an interview or a post ("Trump stepped up his attacks
// on Harris at a rally", "Milei launched a fresh attack on Lula in a post
// on X") are words, criticism (111), not force (190) (N22). The source
// must be a person or body of politics (ELI, GOV, PTY, OPP, LEG) with no
// armed sector, the noun "attack(s)" must follow the head within its
// phrase, and a word of the forum must stand after it in the sentence; a
// state named bare, an army or rebels keep the force ("Russia stepped up
// its attacks on Kharkiv, Zelensky said in a speech").
func (p *Pipeline) verbalAttack(ev *event.Event, toks []text.Token, h int) {
	if ev.CAMEORoot != "19" || len(ev.Source) == 0 || h < 0 || h >= len(toks) {
		return
	}
	for _, a := range ev.Source {
		switch a.Sector {
		case "ELI", "GOV", "PTY", "OPP", "LEG":
		default:
			return
		}
		if len(a.Code) > 3 && (containsSector(a.Code, "MIL") || containsSector(a.Code, "REB") || containsSector(a.Code, "COP")) {
			return
		}
	}
	noun := -1
	for k := h; k < len(toks) && k <= h+5; k++ {
		if w := toks[k].Lower; (w == "attack" || w == "attacks") && k+1 < len(toks) && toks[k+1].Lower == "on" {
			noun = k
			break
		}
	}
	if noun < 0 || forceAttack(ev, toks, h, noun) { // review_r21.go
		return
	}
	for k := noun + 2; k < len(toks); k++ {
		switch toks[k].Lower {
		case "rally", "rallies", "speech", "speeches", "debate", "interview", "post", "posts", "tweet", "tweets", "rhetorical", "verbal", "podcast", "campaign", "op-ed", "editorial", "broadcast":
			p.recodeEvent(ev, "111")
			return
		}
	}
}

// containsSector: one of the code's three-letter parts after the
// country is sec.
func containsSector(code, sec string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == sec {
			return true
		}
	}
	return false
}
