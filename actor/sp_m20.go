package actor

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// samajwadiSP reports "SP" at toks[i] as Uttar Pradesh's Samajwadi Party
// rather than H19's superintendent of police: the same capitals, told
// apart by what a party has and a police officer has not. A party noun
// after it ("SP chief Akhilesh Yadav", "SP leaders protested", "SP
// workers"), another party coordinated with it
// ("the SP and the BJP", "the BSP and the SP"), or the party's own
// names in the sentence (Samajwadi, Akhilesh, Mulayam). "The SP
// suspended two constables", "the district SP said" stay the officer.
func samajwadiSP(toks []text.Token, i, j int) bool {
	if j != i+1 || toks[i].Text != "SP" {
		return false
	}
	if j < len(toks) {
		if spPartyNouns.Has(toks[j].Lower) {
			return true
		}
	}
	for k := range toks {
		switch toks[k].Text {
		case "Samajwadi", "Akhilesh", "Mulayam":
			return true
		}
	}
	// "the SP and the BJP", "the BSP, the SP and the Congress": a party
	// within a few words across a conjunction or a comma.
	conj := func(k int) bool {
		return toks[k].Lower == "and" || toks[k].Lower == "or" || toks[k].Lower == "," || toks[k].Lower == "versus"
	}
	for _, step := range []int{1, -1} {
		seen := false
		for k, n := i+step, 0; k >= 0 && k < len(toks) && n < 4; k, n = k+step, n+1 {
			switch {
			case conj(k):
				seen = true
			case toks[k].Lower == "the" || toks[k].Lower == "its" || toks[k].Lower == "ruling":
			case indianParties.Has(toks[k].Text):
				return seen
			default:
				n = 4
			}
		}
	}
	// "The SP accused the BJP of rigging the by-election": another
	// party (or the chief minister) named with a word of electoral
	// politics.
	// Not when the SP is ranked as an officer ("the district SP", "the
	// Additional SP") or the sentence is a police report: a
	// superintendent of police speaks of party workers detained or
	// booked during an election (R20).
	if i > 0 && spRanks.Has(toks[i-1].Lower) {
		return false
	}
	party, politics := false, false
	for k := range toks {
		if k != i && (indianParties.Has(toks[k].Text) || toks[k].Text == "Adityanath") {
			party = true
		}
		if electoralWords.Has(toks[k].Lower) {
			politics = true
		}
		if policeReport.Has(toks[k].Lower) {
			return false
		}
	}
	return party && politics
}

// samajwadiParty is the party the initials name where samajwadiSP
// reads them so: an entry of its own, since a second dictionary line for
// "SP" would shadow the police officer's (TestNoShadowedAliases).
var samajwadiParty = &Entry{Kind: KindActor, Code: "INDPTY", Alias: "SP", Pos: "actor/sp_m20.go", Upper: true}

var (
	electoralWords = wordset.Of("election", "elections", "by-election", "by-elections", "bypoll", "bypolls", "polls", "vote",
		"votes", "voters", "ballot", "seat", "seats", "manifesto", "campaign", "campaigning", "rigging", "resignation", "coalition")
	// spPartyNouns: what follows a party's initials and never a police
	// officer's.
	spPartyNouns = wordset.Of("chief", "president", "supremo", "patriarch", "founder", "leader", "leaders", "leadership",
		"worker", "workers", "cadre", "cadres", "supporters", "candidate", "candidates", "mp", "mps", "mla", "mlas",
		"legislator", "legislators", "spokesperson", "spokesman", "nominee", "nominees", "ticket", "government",
		"alliance", "office-bearers", "activists", "member", "members", "lawmaker", "lawmakers", "councillors")
	// spRanks qualify a police officer's post, never a party.
	spRanks = wordset.Of("district", "additional", "deputy", "assistant", "rural", "city", "senior", "superintendent")
	// policeReport: words of a police officer's account.
	policeReport = wordset.Of("arrested", "detained", "booked", "fir", "constable", "constables", "custody",
		"probe", "investigation", "police")
	// indianParties: party initials and names the press coordinates
	// with the SP.
	indianParties = wordset.Of("BJP", "BSP", "Congress", "RLD", "AAP", "INC", "RJD", "TMC", "NDA", "AIMIM", "JD(U)", "Apna", "SBSP", "Nishad")
)
