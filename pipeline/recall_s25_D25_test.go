package pipeline

import "testing"

// TestS25D25Recall: causes found on dev25 (the press of the Caucasus and
// Central Asia, of the Pacific, Australia, New Zealand and the Caribbean,
// and official military statements), each checked on sentences written
// for this test, not taken from the set.
func TestS25D25Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// domestic.txt: the US combatant commands other than CENTCOM
		{why: "AFRICOM airstrike", text: "AFRICOM conducted an airstrike against al-Shabaab near Buulo Mareer on Sunday.", code: "195", src: "USA", tgt: "SOM"},
		{why: "Africa Command", text: "Africa Command said its strike killed three Islamic State fighters in Puntland.", code: "19", src: "USA", tgt: "IMG"},
		{why: "INDOPACOM deployment", text: "INDOPACOM deployed two destroyers to the Philippine Sea.", code: "154", src: "USA", tgt: "-"},
		// domestic.txt: [shared] Joint Chiefs of Staff and Central Command
		{why: "South Korea's JCS", text: "South Korea's Joint Chiefs of Staff accused the North of flying trash balloons across the border.", code: "112", src: "KOR", tgt: "PRK"},
		{why: "Taiwan's JCS", text: "Taiwan's Joint Chiefs of Staff criticised the Chinese drills as provocative.", code: "111", src: "TWN", tgt: "CHN"},
		{why: "bare JCS stays US", text: "The Joint Chiefs of Staff criticised the Chinese drills as provocative.", code: "111", src: "USA", tgt: "CHN"},
		// groups.txt: "khwarij" in Pakistani military statements; ISIS-Somalia
		{why: "khwarij killed", text: "Security forces killed nine khwarij in an operation in Lakki Marwat, the military said.", code: "190", src: "PAK", tgt: "PAK"},
		{why: "khwarij ambushed", text: "The army said khwarij had ambushed a convoy and killed four soldiers.", code: "190", src: "PAK", tgt: "PAK"},
		{why: "ISIS-Somalia", text: "Puntland forces attacked ISIS-Somalia hideouts in the Al Miskaad mountains.", code: "19", src: "SOM", tgt: "SOM"},
		// people.txt: Pacific heads of government
		{why: "Marape", text: "Marape declared a state of emergency in the Enga highlands.", code: "1724", src: "PNG", tgt: "PNG"},
		// text/acting_d25.go: "acting" before an office after a bare place name
		{why: "region acting governor", text: "Belgorod region acting governor Vyacheslav Gladkov declared a state of emergency on Friday.", code: "1724", src: "RUS", tgt: "RUS"},
		{why: "state acting governor", text: "Lagos State acting governor Femi Hamzat imposed a curfew on the city.", code: "17", src: "NGA", tgt: "NGA"},
		{why: "acting foreign minister", text: "Sudan acting foreign minister Ali Youssef summoned the Kenyan ambassador.", code: "114", src: "SDN", tgt: "KEN"},
		// must-not: "acting" as a verb
		{why: "acting on orders: no title", text: "Police acting on a tip arrested two men in Lahore.", code: "173", src: "PAK", tgt: "-"},
	})
}
