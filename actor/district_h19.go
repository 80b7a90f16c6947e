package actor

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// districtTitles are the South Asian press's abbreviations for a
// district's officials: the deputy commissioner (DC), district or
// sub-divisional magistrate (DM, SDM), the superintendents and deputies
// of police (SP, SSP, DSP, DCP), the station house officer (SHO) and the
// inspector general of police (IGP), and the director general (DGP,
// ADGP) and deputy inspector general (DIG) of police (A39). Written as
// capitals with no stops.
var districtTitles = wordset.Of("DC", "DM", "SDM", "SP", "SSP", "DSP", "DCP", "SHO", "IGP", "DGP", "ADGP", "DIG")

// districtOfficial reports the one token at toks[i] as such a title used
// as a noun: after "the", heading its phrase (no noun after it, so "the
// DC Circuit" and "the DC police" keep Washington), in a sentence that
// names no Washington ("Washington, DC" stays the capital). "D.C.",
// written with stops, is never the official.
func districtOfficial(toks []text.Token, i, j int) bool {
	if j != i+1 || i == 0 || toks[i-1].Lower != "the" || !districtTitles.Has(toks[i].Text) {
		return false
	}
	if j < len(toks) && (toks[j].IsNoun() || startsUpper(toks[j].Text)) {
		return false
	}
	for k := range toks {
		if toks[k].Text == "Washington" {
			return false
		}
	}
	return true
}

// unionCentre reports "the Centre" at toks[i] as India's (or Pakistan's)
// union government, as their press writes it ("the Centre deployed more
// paramilitary forces to Manipur"): capitalised, after "the", heading
// its phrase. A name goes on after it ("the Centre for Policy Research",
// "the Centre Party", "the Centre region") or stands before it ("the
// Carter Centre", which the longer alias takes first).
func unionCentre(toks []text.Token, i, j int) bool {
	if j != i+1 || i == 0 || toks[i-1].Lower != "the" || toks[i].Text != "Centre" {
		return false
	}
	if j < len(toks) {
		n := &toks[j]
		if n.IsNoun() || startsUpper(n.Text) || n.Lower == "for" || n.Lower == "of" || n.Lower == "-" || n.Tag == "POS" && j+1 < len(toks) && startsUpper(toks[j+1].Text) {
			return false
		}
	}
	return true
}
