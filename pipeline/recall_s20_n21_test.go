package pipeline

import "testing"

// TestS20N21SaidAside: an attribution set off by commas between a
// subject and its verb ("Gunmen in Nigeria, police said, kidnapped")
// only reports the act; the subject is the one before it (saidAside,
// verb/saidaside_n21.go).
func TestS20N21SaidAside(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "place after the subject", text: "Gunmen in Nigeria, police said, kidnapped a Catholic priest.", code: "181", src: "---UAF", tgt: "-"},
		{why: "another state's officials", text: "Israeli troops, Palestinian officials said, shot dead two teenagers in Jenin.", code: "19", src: "!PSE", tgt: "PSE"},
		{why: "another state's military, date", text: "Russian forces, Ukraine's military said, shelled Kherson overnight.", code: "19", src: "!UKR", tgt: "UKR"},
		{why: "told reporters, auxiliary", text: "The rebels, a spokesman told reporters on Monday, had seized the town of Goma.", code: "19", src: "CODREB", tgt: "-"},
		{why: "plural speaker, states", text: "Turkish jets, Kurdish officials said on Friday, bombed PKK positions in northern Iraq.", code: "19", src: "TUR", tgt: "-"},
		{why: "protesters, police speaking", text: "The protesters, Kenyan police said, attacked officers with stones.", code: "14", src: "!KENCOP", tgt: "-"},
		// must-not: the aside's own clause, or an attribution at the end
		{why: "a relative clause is no aside", text: "The man, who police said was armed, attacked a police station in Paris.", code: "18", src: "FRACVL", tgt: "-"},
		{why: "trailing attribution unchanged", text: "Gunmen kidnapped a Catholic priest in Nigeria, police said.", code: "181", src: "---UAF", tgt: "NGA"},
		{why: "speaker's own clause unchanged", text: "Officials in Kenya said gunmen kidnapped a Catholic priest.", code: "181", src: "---UAF", tgt: "-"},
		{why: "a state subject keeps its verb", text: "Britain, the Foreign Office said in a statement, will expel a Russian diplomat.", code: "1313", src: "GBR", tgt: "RUS"},
	}, n20Side)
}

// TestS20N21PronounOwnState: an object "it" in a time clause whose
// subject is of the state the main clause acted on is the main clause's
// subject, not that state itself (pronounOwnState, ownstate_n21.go).
func TestS20N21PronounOwnState(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "junta, the object's government", text: "Algeria recalled its envoy from Mali after the junta accused it of meddling.", code: "112", src: "MLI", tgt: "DZA"},
		{why: "capital of the object state", text: "Colombia recalled its ambassador from Venezuela after Caracas accused it of plotting a coup.", code: "112", src: "VEN", tgt: "COL"},
		{why: "the object's envoy, its capital", text: "Rwanda expelled Congo's ambassador after Kinshasa accused it of backing the M23 rebels.", code: "112", src: "COD", tgt: "RWA"},
		{why: "bare government", text: "Morocco recalled its ambassador from Algeria after the government accused it of spying.", code: "112", src: "DZA", tgt: "MAR"},
		{why: "threat", text: "Lithuania closed its border with Belarus after Minsk threatened it.", code: "13", src: "BLR", tgt: "LTU"},
		{why: "criticism", text: "Kenya condemned Somalia after Mogadishu accused it of interfering in Jubaland.", code: "112", src: "SOM", tgt: "KEN"},
		// must-not: the pronoun's usual readings stay
		{why: "participle: the party acted on", text: "Washington halted military aid to Pakistan, accusing it of harbouring militants.", code: "112", src: "USA", tgt: "PAK"},
		{why: "pronoun subject", text: "China condemned Japan after it accused Beijing of coercion.", code: "112", src: "JPN", tgt: "CHN"},
		{why: "no state acted before", text: "Rebels attacked a Malian army base after the junta accused them of massacres.", code: "112", src: "-", tgt: "!DZA"},
		{why: "another state's subject keeps the object", text: "France recalled its ambassador from Mali after Algeria accused it of meddling.", code: "112", src: "DZA", tgt: "MLI"},
	}, n20Side)
}

// TestS20N21ExpelledEnvoy: "its ambassador" expelled by a bare regime in
// a clause a state's reaction answers is the reacting state's envoy, and
// the regime another state's (expelledEnvoy, expelledenvoy_n21.go).
func TestS20N21ExpelledEnvoy(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "junta", text: "France condemned the decision after the junta expelled its ambassador.", code: "161", src: "!FRA", tgt: "FRAGOV"},
		{why: "regime, protest", text: "Germany protested strongly after the regime expelled its ambassador.", code: "161", src: "!DEU", tgt: "DEUGOV"},
		{why: "government, envoy", text: "The Netherlands summoned a diplomat after the government expelled its envoy.", code: "161", src: "!NLD", tgt: "NLD"},
		// must-not: a named expeller, or no reaction before
		{why: "object state names the junta", text: "France condemned Mali after the junta expelled its ambassador.", code: "161", src: "MLI", tgt: "FRA"},
		{why: "no reaction before", text: "Niger's junta expelled France's ambassador, and France condemned the decision.", code: "161", src: "NER", tgt: "FRA"},
	}, n20Side)
}

// TestS20N21PronounOwnStatePeople: people of a state are no state; "them"
// after they were acted on stays theirs (must-not of pronounOwnState).
func TestS20N21PronounOwnStatePeople(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "nationals handed over", text: "Thailand deported three Chinese fraud suspects, and Chinese police detained them at the airport.", code: "173", src: "CHN", tgt: "CHN"},
	}, n20Side)
}
