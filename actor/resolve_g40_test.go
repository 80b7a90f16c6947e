package actor

import "testing"

const g40PartnerDict = `@kind country
VNM  Vietnam | Vietnamese
CUB  Cuba | Cuban
CHN  China | Chinese
BRA  Brazil | Brazilian
@kind sector
GOV  deputy prime minister | president | counterpart
CVL  wife
`

// TestG40PartnerConjunct: "X and his/her NATIONALITY counterpart/guest/
// host/visitor" joins the second party to X's group, also after a name
// the dictionary does not know (partnerConjunct); X's own people ("his
// wife", "his aides", "his Cuban wife") and a nationality with no
// partner noun stay out.
func TestG40PartnerConjunct(t *testing.T) {
	r, an := testResolver(t, g40PartnerDict)
	checkGroupSizes(t, r, an, []groupSizes{
		// must join
		{"Vietnamese Deputy Prime Minister Tran Luu Quang and his Cuban guest concurred that ties were strong.", []int{2}},
		{"Chinese President Xi Jinping and his Brazilian guest signed an agreement.", []int{2}},
		{"The Vietnamese president and her Cuban counterpart held talks.", []int{2}},
		{"The Chinese president and his Brazilian host discussed trade.", []int{2}},
		{"The Cuban president and his Vietnamese visitor agreed that ties were strong.", []int{2}},
		// must not join
		{"The Chinese president and his wife visited Brazil.", []int{1, 1, 1}},
		{"The Chinese president and his Cuban wife visited Brazil.", []int{1, 1, 1}},
		{"The Chinese president and his aides visited Brazil.", []int{1, 1}},
		{"The Chinese president and his Cuban friends visited Brazil.", []int{1, 1, 1}},
		{"The Chinese president and his Cuban guests visited Brazil.", []int{1, 1, 1}},
		{"The Chinese president praised his Cuban guest.", []int{1, 1}},
	})
	// The partner noun ends the conjunct, so the verb follows the group.
	toks := an.Analyze("Chinese President Xi Jinping and his Brazilian guest signed an agreement.")[0].Tokens
	gs := r.Resolve(toks, "")
	if len(gs) != 1 || toks[gs[0].End].Lower != "signed" {
		t.Errorf("group %+v does not end before the verb", gs)
	}
	if got := phraseCodes(r, an, "Chinese President Xi Jinping and his Brazilian guest signed an agreement.", ""); len(got) != 2 || got[1] != "BRA" {
		t.Errorf("codes %v, want the guest as BRA", got)
	}
}
