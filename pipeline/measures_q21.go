package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// measureVerbs put emergency measures in force; one of them may take
// several measures as coordinated objects ("declared martial law and a
// general mobilisation", "imposed a curfew and a state of emergency").
var measureVerbs = wordset.Of(
	"declare", "impose", "announce", "proclaim", "order", "introduce",
	"extend", "reimpose", "decree", "enforce",
)

// measureStops end the verb's object: a subordinate clause, a contrast
// or a second verb's clause takes over ("declared a state of emergency
// after a curfew failed").
var measureStops = wordset.Of(
	".", ";", ":", "after", "as", "while", "because", "when", "since",
	"until", "but", "amid", "following", "despite", "saying", "that",
	"which", "who", "before", "though", "although", "if", "unless",
)

// measureEnds are words that turn the measure after them into its end or
// easing, another act (0814): "declared a state of emergency and an end
// to the curfew".
var measureEnds = wordset.Of(
	"end", "lifting", "lift", "ending", "easing", "relaxation", "repeal",
	"revocation", "removal", "suspension", "no",
)

// measureCode names the emergency measure at k: martial law, a state of
// emergency or siege, emergency rule (1724), a curfew (1723), a
// mobilisation (154); "" for any other word.
func measureCode(toks []text.Token, k int) string {
	w := toks[k].Lower
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].Lower
	}
	switch w {
	case "martial":
		if next == "law" {
			return "1724"
		}
	case "emergency", "siege":
		if next == "rule" && w == "emergency" {
			return "1724"
		}
		// "a state of emergency", "a state of national emergency".
		for j := k - 1; j >= 2 && j >= k-2; j-- {
			if toks[j].Lower == "of" && toks[j-1].Lower == "state" {
				return "1724"
			}
		}
	case "curfew", "curfews":
		return "1723"
	case "mobilisation", "mobilization":
		return "154"
	}
	return ""
}

// coordinatedMeasures: the verb at head that put one emergency measure
// in force (ev, coded 1724, 1723 or 154 from its object) put in force the
// others coordinated with it too, each its own CAMEO event: "Armenia
// declared martial law and a general mobilisation" is 1724 and 154, "The
// government imposed a curfew and a state of emergency" 1723 and 1724. A
// pattern codes one object only, so the rest were lost. Only measures in
// the same object, joined by "and" or a comma, before any clause of
// their own; an end or easing of a measure ("and an end to the curfew")
// is another act.
func (p *Pipeline) coordinatedMeasures(ev *event.Event, toks []text.Token, head int) []event.Event {
	if ev.Modality.Negated || ev.Modality.Hypothetical || head < 0 || head >= len(toks) || !measureVerbs.Has(toks[head].Lemma) {
		return nil
	}
	switch ev.CAMEO {
	case "1724", "1723", "154":
	default:
		return nil
	}
	var found []string
	own, coord := false, false
	for k := head + 1; k < len(toks) && k <= head+18; k++ {
		t := &toks[k]
		if measureStops.Has(t.Lower) {
			break
		}
		if k > head+1 && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "VB") {
			break // "declared martial law and ordered ...": a verb of its own
		}
		if t.Lower == "and" || t.Lower == "," {
			if len(found) > 0 || own {
				coord = true
			}
			continue
		}
		c := measureCode(toks, k)
		if c == "" {
			continue
		}
		ended := false
		for j := k - 1; j > head && j >= k-4; j-- {
			if measureEnds.Has(toks[j].Lower) {
				ended = true
			}
			if toks[j].Lower == "and" || toks[j].Lower == "," {
				break
			}
		}
		if ended {
			continue
		}
		if c == ev.CAMEO && !own {
			own = true
			continue
		}
		if (own || len(found) > 0) && coord && c != ev.CAMEO {
			found = append(found, c)
		} else if !own && len(found) == 0 {
			found = append(found, c) // before the coded one: "martial law and a mobilisation" coded 154
		}
	}
	if !own || !coord || len(found) == 0 {
		return nil
	}
	var out []event.Event
	seen := map[string]bool{ev.CAMEO: true}
	for _, c := range found {
		if seen[c] {
			continue
		}
		seen[c] = true
		dev := *ev
		if !p.recodeEvent(&dev, c) {
			continue
		}
		dev.Mirror = ""
		if c == "154" || ev.CAMEO == "154" {
			// A mobilisation has no target of its own; a measure derived
			// from one takes its state from the place, as its line does.
			dev.Target = []event.Actor{}
		}
		out = append(out, dev)
	}
	return out
}
