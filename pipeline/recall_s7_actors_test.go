package pipeline

import (
	"slices"
	"testing"

	"github.com/parley-events/parley/story"
)

// TestRecallS7Actors codes wire sentences written for the seventh
// session's actor families (officials named by post, envoys and aides,
// armed actors and their installations, citizens named by nationality),
// each in an event whose code is easy, so that only the actor varies.
// Must-not rows beside them use the same words where they name no actor.
func TestRecallS7Actors(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// An envoy's posting, a capital, is inside the envoy: the passive's
		// nearest side is the envoy, not the capital.
		{why: "posting capital in a passive", text: "Japan's ambassador to Seoul was summoned by the South Korean foreign ministry on Friday.", code: "114", src: "KOR", tgt: "JPNGOV"},
		{why: "posting capital in a passive", text: "Russia's envoy to Washington was summoned by the State Department over the detention of a reporter.", code: "114", src: "USA", tgt: "RUSGOV"},
		{why: "posting capital, active", text: "China's ambassador to Canberra accused Australia of poisoning relations.", code: "112", src: "CHNGOV", tgt: "AUS"},
		{why: "an envoy with no state keeps the capital as the host", text: "Mexico recalled its ambassador from Lima after the row.", code: "16", src: "MEX", tgt: "PER"},
		// An aide is of whom he serves.
		{why: "aide to a titled person", text: "A senior aide to the Ukrainian president accused Moscow of shelling a maternity hospital.", code: "11", src: "UKRGOV", tgt: "RUS"},
		{why: "adviser to a named leader", text: "An adviser to Brazilian President Luiz Inacio Lula da Silva met Venezuelan officials in Caracas.", code: "040", src: "BRA", tgt: "VENGOV"},
		{why: "aides with their own state keep it", text: "US advisers to the Iraqi army accused Iranian-backed militias of attacking their base.", code: "11", src: "USA", tgt: "-"},
		// The speaker of a chamber is the chamber's.
		{why: "speaker of a parliament", text: "The speaker of the Jordanian parliament met the Iraqi prime minister in Amman on Sunday.", code: "040", src: "JORLEG", tgt: "IRQGOV"},
		{why: "speaker of a possessed parliament", text: "The speaker of Kenya's National Assembly accused Ugandan troops of crossing the border.", code: "112", src: "KEN", tgt: "UGAMIL"},
		// A military installation stands for the forces that hold it.
		{why: "military base attacked", text: "Islamist fighters stormed a military base in northern Burkina Faso on Tuesday.", code: "19", src: "-", tgt: "BFAMIL"},
		{why: "air base of a named state", text: "Houthi drones struck a Saudi air base near Khamis Mushait.", code: "19", src: "YEM", tgt: "SAUMIL"},
		{why: "military checkpoint", text: "Militants attacked a military checkpoint in the Sinai Peninsula overnight.", code: "19", src: "-", tgt: "EGYMIL"},
		// One citizen named by nationality.
		{why: "a national arrested", text: "Police in Dubai detained a British national suspected of fraud.", code: "173", src: "ARE", tgt: "GBRCVL"},
		{why: "a national sentenced", text: "An Iranian court sentenced a Swedish national to death for spying.", code: "11", src: "IRN", tgt: "SWECVL"},
		// Headline abbreviations of titles and of the two Koreas.
		{why: "abbreviated foreign minister", text: "Egypt FM meets Israeli envoy in Cairo", code: "040", src: "EGYGOV", tgt: "ISRGOV"},
		{why: "abbreviated prime minister", text: "Pakistani PM accuses India of sponsoring terrorism", code: "11", src: "PAKGOV", tgt: "IND"},
		{why: "the North by its initial", text: "Seoul accuses N. Korea of jamming GPS signals", code: "11", src: "KOR", tgt: "PRK"},
		// An unknown name with its role in apposition is that role.
		{why: "appositive agent of a passive", text: "The raid was condemned by Ana Ferreira, Portugal's foreign minister, on Sunday.", code: "11", src: "PRTGOV", tgt: "-"},
		{why: "appositive object", text: "Police in Lagos arrested Chinedu Okafor, a Nigerian opposition lawmaker, on Friday.", code: "173", src: "NGACOP", tgt: "NGAOPP"},
		{why: "appositive object after an age", text: "Soldiers detained Amina Yusuf, 34, a Nigerian journalist, in Kano.", code: "173", src: "NGAMIL", tgt: "NGAMED"},
		{why: "appositive object before a place", text: "Ugandan police detained Sarah Nakato, a rights activist, in Kampala.", code: "173", src: "UGA", tgt: "UGAHRI"},
		// A ministry run by a named body of one state is that state's.
		{why: "a ministry run by a movement", text: "The Hamas-run health ministry said Israeli air strikes killed 40 people in Khan Younis.", code: "010", src: "PSEGOV", tgt: "-"},
		{why: "a government led by a movement", text: "The Taliban-led government accused Islamabad of bombing Paktika province.", code: "11", src: "AFGGOV", tgt: "PAK"},
		// A bare phrase in apposition to one with a country.
		{why: "people of a trade who are a state's citizens", text: "Gunmen kidnapped four engineers, all Turkish nationals, in Niger state.", code: "18", src: "-", tgt: "TUR"},
		{why: "men who are a state's citizens", text: "Greek police arrested two men, both Albanian nationals, near Thessaloniki.", code: "173", src: "GRCCOP", tgt: "ALBCVL"},
		// An opposition said to be based somewhere is in exile there.
		{why: "exiled opposition", text: "The Paris-based opposition accused the Iranian government of executing protesters.", code: "11", src: "IRNOPP", tgt: "IRNGOV"},
		{why: "a militia keeps its base's country", text: "A Pakistan-based militant group attacked Indian troops in Kashmir.", code: "19", src: "PAKREB", tgt: "INDMIL"},
		// State bodies named by function are the government's.
		{why: "electoral body", text: "Zambia's electoral body accused the opposition of inciting violence in Lusaka.", code: "11", src: "ZMBGOV", tgt: "ZMBOPP"},
		{why: "anti-graft agency", text: "Kenya's anti-graft agency arrested a former Kenyan governor in Nairobi.", code: "173", src: "KENGOV", tgt: "KENELI"},
		// A state described by its past is that state, not its past.
		{why: "former Soviet republic named", text: "The former Soviet republic of Armenia accused Azerbaijan of shelling border villages.", code: "11", src: "ARM", tgt: "AZE"},
		// Must not: the same words where no actor is meant.
		{why: "a national team is no citizen", text: "The Kenyan national team beat Uganda in Nairobi.", code: "17", none: true},
		{why: "a speaker at an event names no one", text: "A speaker at the conference criticised the plan.", code: "11", none: true},
		{why: "a visit to a capital is no posting", text: "The Turkish foreign minister travelled to Moscow for talks.", code: "11", none: true},
	})
}

// TestS7ActorCodes checks the actor codes the pipeline gives the
// seventh session's phrases, where no event is needed to see them: want
// must be among the sentence's actor codes, and no must not.
func TestS7ActorCodes(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, want, no string }{
		{"The Chinese ambassador to Pretoria said the loan would go ahead.", "CHNGOV", "ZAF"},
		{"Iraq's envoy to Ankara was summoned.", "IRQGOV", "TUR"},
		{"A top aide to President Emmanuel Macron resigned.", "FRAGOV", "---GOV"},
		{"The speaker of the Nepalese parliament resigned.", "NPLLEG", ""},
		{"A Dutch national was among the dead.", "NLDCVL", ""},
		{"Two Thai nationals were freed.", "THACVL", ""},
		{"Soldiers guarded the naval base in Tartus.", "", "SYR"},
		{"Rebels ambushed a Congolese army convoy near Goma, security sources said.", "CODCOP", ""},
		{"Diplomatic sources in Nairobi said the talks had stalled.", "KENGOV", ""},
		{"Medical sources in Khan Younis said six people died.", "PSEHLH", ""},
		{"Hooded men set fire to a police station in Bamenda.", "---UAF", "CMRCVL"},
		// Must not: "national" before a noun, after no state, or in a
		// longer title; "to" after no aide; "speaker" alone.
		{"Chinese national security officials met in Beijing.", "", "CHNCVL"},
		{"The Nigerian national assembly passed the budget.", "", "NGACVL"},
		{"The national carrier suspended flights.", "", "---CVL"},
		{"Turkey sent troops to Moscow.", "", "RUSMIL"},
		{"The speaker said the vote would be close.", "", "---"},
		{"The military based its claim on radar data.", "", "---MIL"},
		{"The security situation worsened, sources in Goma said.", "", "CODCOP"},
		{"Three men were arrested in Bamenda.", "", "---UAF"},
		{"Protesters will gather at 5 PM outside parliament.", "", "---GOV"},
		{"Gunmen attacked the studios of Radio FM in Mogadishu.", "", "---GOV"},
		{"South Korea and Japan agreed to share intelligence.", "", "PRK"},
		{"Rebels shelled Kidal, the last government outpost in the north.", "", "MLIGOV"},
		{"Iran-backed militias attacked the base.", "", "IRNREB"},
		{"The former Soviet republic accused Moscow of meddling in its election.", "", "SUN"},
		{"Soviet troops entered Prague in 1968.", "SUNMIL", ""},
		{"Allied defence ministers met at Ramstein air base in Germany.", "", "DEUMIL"},
		{"Troops took off from a military airfield near Kursk.", "", "RUSMIL"},
		{"The 27-nation bloc agreed new sanctions on Belarus.", "IGOEUREEC", ""},
		{"The ten-nation bloc met in Jakarta.", "", "IGOEUREEC"},
		{"The daughter of Peru's former president was detained in Lima.", "PERCVL", "PERCVLGOV"},
		{"The mother of a Ugandan soldier was interviewed.", "", "UGACVLMIL"},
		{"A Russian fighter jet crashed near Belgorod.", "RUSMIL", "RUSREB"},
		{"Two Hamas fighters were killed in Rafah.", "PSEREB", "PSEMIL"},
		{"The state-run news agency said so.", "", "---GOV"},
		{"Troops entered Lashkar Gah, the provincial capital, on Monday.", "", "---GOV"},
	} {
		a := p.Analyze(story.Story{ID: "s7", Date: "2024-05-01", Text: c.text})
		var got []string
		for _, sa := range a.Sentences {
			for _, g := range sa.Groups {
				for _, ph := range g.Phrases {
					if !ph.Modifier {
						got = append(got, ph.Code)
					}
				}
			}
		}
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: actors %v, want %s", c.text, got, c.want)
		}
		if c.no != "" && slices.Contains(got, c.no) {
			t.Errorf("%q: actors %v, must not hold %s", c.text, got, c.no)
		}
	}
}
