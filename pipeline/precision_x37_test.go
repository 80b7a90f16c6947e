package pipeline

import "testing"

// TestX37UncodedActReported: a trailing attribution after a clause that
// tells an actor's done act by a past verb is where the report came from,
// even when no pattern codes that act, in a sentence that codes another
// act; a quotation, a copula clause and a sentence with no other act keep
// the statement. Every sentence was written for this test.
func TestX37UncodedActReported(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 010 for the attribution
		{why: "an ambush reported by the army", text: "Militants ambushed a convoy in the north, the army said, and the government declared a curfew.", code: "010", none: true},
		{why: "help accepted, reported by a ministry", text: "Morocco accepted search teams from Spain after the earthquake, the interior ministry said, and Algeria offered to send aid.", code: "010", none: true},
		{why: "a questioning reported by officials", text: "Police questioned the former defence minister over the abduction, officials said, and the opposition demanded his arrest.", code: "010", none: true},
		{why: "the other act stays", text: "Morocco accepted search teams from Spain after the earthquake, the interior ministry said, and Algeria offered to send aid.", code: "033", src: "DZA", tgt: "-"},
		// must not: a quotation, a copula, no other act coded
		{why: "a quotation is speech", text: "\"We will not be intimidated,\" Taiwan's president said on Monday, and China fired missiles near the island.", code: "010", src: "TWN", tgt: "CHN"},
		{why: "a copula tells no act", text: "The talks were constructive, the Turkish foreign ministry said, and Ankara invited the delegation back.", code: "010", src: "TUR", tgt: "-"},
		{why: "no other act coded", text: "Morocco accepted search teams from Spain after the earthquake, the interior ministry said.", code: "010", src: "-", tgt: "-"},
	})
}

// TestX37ToppleAim: a ruler's fall told by an infinitive of purpose after
// an invasion or a war is the aim of the war, not a coup done; a coup
// told as done, a vow and a purpose that is the sentence's only act stay.
// Every sentence was written for this test.
func TestX37ToppleAim(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded a coup (180) beside the invasion
		{why: "invaded to topple", text: "Ethiopian troops invaded Somalia in December to topple the Islamic Courts Union.", code: "18", none: true},
		{why: "invaded to overthrow", text: "Tanzanian forces invaded Uganda in 1979 to overthrow President Idi Amin.", code: "18", none: true},
		{why: "the invasion stays", text: "Tanzanian forces invaded Uganda in 1979 to overthrow President Idi Amin.", code: "190", src: "TZA", tgt: "UGA"},
		// must not: a coup done, a vow, a purpose as the only act
		{why: "toppled as done", text: "Army officers toppled President Mohamed Bazoum on Wednesday.", code: "180", src: "NER", tgt: "NER"},
		{why: "a vow to topple", text: "Opposition leaders vowed to topple President Maduro.", code: "1384", src: "VEN", tgt: "VEN"},
		{why: "the only act", text: "Rebels marched on the capital to topple the government of President Deby.", code: "180", src: "-", tgt: "-"},
	})
}

// TestX37GunmanRepression: a gunman with no state who fires at a rally, a
// crowd or mourners attacks them (180); police or soldiers who do so
// repress (175). Every sentence was written for this test.
func TestX37GunmanRepression(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded repression (175) by a gunman
		{why: "a gunman at a campaign rally", text: "A gunman opened fire on the governor at a campaign rally in Lagos.", code: "175", none: true},
		{why: "the attack instead", text: "A gunman opened fire on the governor at a campaign rally in Lagos.", code: "180", src: "-", tgt: "NGA"},
		{why: "gunmen firing on mourners", text: "Gunmen opened fire on mourners at a funeral in Peshawar.", code: "180", src: "-", tgt: "PAK"},
		// must not: the state's police and soldiers
		{why: "police firing on protesters", text: "Kenyan police opened fire on protesters in Nairobi.", code: "175", src: "KEN", tgt: "KEN"},
		{why: "soldiers firing on a rally", text: "Burmese soldiers opened fire on a rally in Yangon.", code: "175", src: "MMR", tgt: "MMR"},
	})
}

// TestX37FreeTradeWithPartner: "free trade" is economic cooperation only
// with a partner named after "with"; a union or a deal that "free trade"
// describes is none. Every sentence was written for this test.
func TestX37FreeTradeWithPartner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 061
		{why: "free trade unions", text: "Shipyard workers in Gdansk won the right to form free trade unions.", code: "06", none: true},
		{why: "talks on a free trade agreement", text: "The ministers said talks on a free trade agreement should speed up.", code: "06", none: true},
		// must not: free trade with a partner
		{why: "free trade with a state", text: "Chile wants free trade with China.", code: "061", src: "CHL", tgt: "CHN"},
	})
}

// TestX37ReleasedMedia: a video, a report or photographs "released" are
// published, and no one is freed; prisoners and hostages released are.
// Every sentence was written for this test.
func TestX37ReleasedMedia(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded a release (084)
		{why: "a video released", text: "Boko Haram leader Abubakar Shekau said in a video released on Monday that his fighters had abducted the schoolgirls.", code: "084", none: true},
		{why: "photographs released", text: "The army released photographs of the bodies to convince residents.", code: "084", none: true},
		{why: "the abduction stays", text: "Boko Haram leader Abubakar Shekau said in a video released on Monday that his fighters had abducted the schoolgirls.", code: "181", src: "NGA", tgt: "NGA"},
		// must not: people released
		{why: "hostages released", text: "Hamas released three Israeli women hostages on Sunday.", code: "0841", src: "PSE", tgt: "ISR"},
		{why: "prisoners released", text: "Bahrain released 1,584 prisoners under a royal pardon.", code: "0841", src: "BHR", tgt: "BHR"},
	})
}
