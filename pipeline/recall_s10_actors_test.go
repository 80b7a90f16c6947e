package pipeline

import (
	"strings"
	"testing"
)

// TestRecallS10Actors codes wire sentences written for the tenth
// session's actor families: heads of parties and bodies, the noun
// "opposition" as disagreement, shadow ministers, transitional councils
// and bare "officers" in an army story. Each event's code
// is easy (arrest, accuse, meet, attack), so only the sides vary.
func TestRecallS10Actors(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A head of a party or a chamber is the body's, not the state's.
		{why: "the leader of the main opposition party arrested", text: "Zambian police on Tuesday arrested the leader of the main opposition party over a speech in Lusaka.", code: "173", src: "ZMBCOP", tgt: "ZMBOPP"},
		{why: "the leader of a state's opposition party accuses", text: "The leader of Uganda's largest opposition party accused the army of abducting his supporters.", code: "112", src: "UGAOPP", tgt: "UGAMIL"},
		{why: "the ruling party accuses the opposition's leader", text: "Tanzania's ruling party accused the leader of the main opposition party of inciting violence.", code: "112", src: "TZAGOV", tgt: "TZAOPP"},
		{why: "the president of the senate meets an envoy", text: "The president of the Nigerian Senate met the British high commissioner in Abuja on Monday.", code: "04", src: "NGALEG", tgt: "GBR"},
		// A head with no sector of its own ("chairman", "secretary
		// general") is the body's after "of".
		{why: "the chairman of the ruling party accuses", text: "The chairman of the ruling party accused the opposition of plotting unrest in Harare.", code: "112", src: "ZWEGOV", tgt: "ZWEOPP"},
		{why: "the secretary general of an opposition party arrested", text: "Cameroonian police arrested the secretary general of the main opposition party in Douala.", code: "173", src: "CMRCOP", tgt: "CMROPP"},
		// An opposition candidate is the opposition.
		{why: "an opposition candidate arrested", text: "Senegalese police arrested an opposition candidate ahead of the presidential vote.", code: "173", src: "SENCOP", tgt: "SENOPP"},
		{why: "opposition protesters are the opposition", text: "Venezuelan police fired tear gas at opposition protesters in Caracas on Saturday.", code: "175", src: "VENCOP", tgt: "VENOPP"},
		// A party named like the state's forces.
		{why: "the Lebanese Forces party", text: "The Lebanese Forces party accused Hezbollah of dragging the country into a war with Israel.", code: "11", src: "LBNPTY", tgt: "LBNREB"},
		// Shadow ministers speak for the opposition.
		{why: "the shadow foreign secretary", text: "Britain's shadow foreign secretary accused the government of betraying Hong Kong.", code: "112", src: "GBROPP", tgt: "-"},
		{why: "the shadow treasurer", text: "Australia's shadow treasurer accused the government of wasting billions on submarines.", code: "112", src: "AUSOPP", tgt: "-"},
		// Councils that rule a transition govern.
		{why: "a sovereign council arrests", text: "Sudan's sovereign council ordered the arrest of several former ministers on Sunday.", code: "173", src: "SDNGOV", tgt: "-"},
		{why: "a transitional council accuses", text: "Guinea's transitional council accused France of meddling in the country's affairs.", code: "11", src: "GINGOV", tgt: "FRA"},
		// Bare "officers" in an army story are soldiers.
		{why: "officers in an army convoy", text: "Two officers were killed when militants ambushed an army convoy in northern Burkina Faso.", code: "19", src: "BFAREB", tgt: "BFAMIL"},
		// One former office holder is an elite, with or without a state.
		{why: "a former army general arrested", text: "Egyptian police arrested a former army general in Cairo on Monday over a Facebook post.", code: "173", src: "EGYCOP", tgt: "EGYELI"},
		{why: "a former defence minister accuses", text: "A former defence minister accused the army of rigging the vote in Pakistan.", code: "11", src: "PAKELI", tgt: "PAKMIL"},
		// A group tied to a jihadist movement is an armed group.
		{why: "an al-Qaeda-linked group attacks", text: "An al-Qaeda-linked group attacked a military post in northern Burkina Faso, killing 12 soldiers.", code: "19", src: "BFAREB", tgt: "BFAMIL"},
		{why: "an Islamic State-affiliated group kidnaps", text: "An Islamic State-affiliated group kidnapped 15 villagers in eastern Congo on Sunday.", code: "181", src: "CODREB", tgt: "-"},
		// A wedding party's guests are civilians.
		{why: "a wedding party attacked", text: "Gunmen attacked a wedding party in eastern Afghanistan on Saturday, killing 20 guests.", code: "18", src: "-", tgt: "AFGCVL"},
		{why: "a birthday party raided", text: "Nigerian police raided a birthday party in Lagos and arrested 40 people.", code: "173", src: "NGACOP", tgt: "NGACVL"},
		// "police" before a facility is the police, whatever its tag.
		{why: "police headquarters attacked", text: "Militants attacked police headquarters in Quetta on Friday, killing four officers.", code: "19", src: "PAKREB", tgt: "PAKCOP"},
		// Opposition as disagreement: the concession targets the plan's
		// owner, not an opposition.
		{why: "dropped its opposition to a membership", text: "Hungary dropped its opposition to Finland's bid to join the alliance on Wednesday.", code: "08", src: "HUN", tgt: "FIN"},
	})
	// Must-not rows: no side may be the code named.
	for _, c := range []struct{ why, text, code, notSide string }{
		{"opposition meaning disagreement is no actor", "Hungary dropped its opposition to Finland's bid to join the alliance on Wednesday.", "08", "HUNOPP"},
		{"a leader of the opposition is not the government", "Zambian police on Tuesday arrested the leader of the main opposition party over a speech in Lusaka.", "173", "ZMBGOV"},
		{"a former army general is no soldier", "Egyptian police arrested a former army general in Cairo on Monday over a Facebook post.", "173", "EGYMIL"},
		{"a wedding party is no political party", "Gunmen attacked a wedding party in eastern Afghanistan on Saturday, killing 20 guests.", "18", "AFGPTY"},
		{"an army of volunteers is no army", "An army of volunteers helped flood victims in Sindh province on Monday.", "07", "PAKMIL"},
		{"opposition protesters are not civilians too", "Venezuelan police fired tear gas at opposition protesters in Caracas on Saturday.", "175", "VENOPPCVL"},
		{"officers in an army story are not police", "Two officers were killed when militants ambushed an army convoy in northern Burkina Faso.", "19", "BFACOP"},
		{"the shadow foreign secretary is not the government", "Britain's shadow foreign secretary accused the government of betraying Hong Kong.", "112", "GBRGOVOPP"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			for _, a := range append(append(e.Source[:0:0], e.Source...), e.Target...) {
				if a.Code == c.notSide {
					t.Errorf("%s: %q coded %s with side %s", c.why, c.text, e.CAMEO, c.notSide)
				}
			}
		}
	}
	// Must-not rows for the rules' reach: the same words where they name
	// the state or the police.
	checkRootCases(t, p, []rootCase{
		{why: "the president of a state stays its government", text: "The president of Kenya met the leader of the Ugandan opposition in Nairobi on Friday.", code: "04", src: "KENGOV", tgt: "UGAOPP"},
		{why: "officers at a police station stay police", text: "Gunmen killed two officers when they attacked a police station in Balochistan.", code: "18", src: "-", tgt: "PAKCOP"},
		{why: "the government's own opposition is still an actor", text: "The Nicaraguan government cracked down on its opposition ahead of the vote.", code: "17", src: "NICGOV", tgt: "NICOPP"},
		{why: "Lebanese forces in lower case are the army", text: "Lebanese forces shelled a Hezbollah position near Tyre on Sunday.", code: "19", src: "LBNMIL", tgt: "LBNREB"},
		{why: "the chairman of a state body stays the government's", text: "The chairman of the Nigerian electoral commission met opposition leaders in Abuja.", code: "04", src: "NGAGOV", tgt: "NGAOPP"},
		{why: "a foreign secretary without shadow is the government", text: "Britain's foreign secretary accused Russia of plotting a coup in Moldova.", code: "112", src: "GBRGOV", tgt: "RUS"},
	})
}
