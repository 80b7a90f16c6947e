package pipeline

import "testing"

// TestS19D19Recall codes sentences written for D19's causes in the
// registers of headlines, the South Asian and African press and state
// media (none taken from dev19): people shot dead by a state's force
// during protests (verb/protestdeaths_d19.go), water cannon fired by
// police with no crowd named (17-coerce.txt), drills held around a place
// and a leader guiding a missile test (15-force-posture.txt), and a
// headline's second clause whose own subject goes elsewhere, which is no
// part of the first clause's scene (pipeline/departs_d19.go),
// cooperation documents signed or signings witnessed (05-cooperate.txt),
// and prohibitory orders imposed (172, 17-coerce.txt). The
// must-not rows keep robbers, gunmen, a coast guard's water cannon,
// drills with a partner, a leader watching a ship launch, documents
// at a registry, reporters at a signing and a court's orders out.
func TestS19D19Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// People killed by police or soldiers during protests: repression.
		{why: "shot dead during protests", text: "Police shot dead at least 15 people during protests against the election result in Maputo.", code: "175", src: "MOZ", tgt: "MOZ"},
		{why: "shot dead in protests", text: "Soldiers shot dead eight people in protests over fuel prices in Conakry.", code: "175", src: "GIN", tgt: "GIN"},
		{why: "killed during demonstrations", text: "Security forces killed at least 30 people during demonstrations in Khartoum, medics said.", code: "175", src: "SDN", tgt: "SDN"},
		{why: "killed at a rally", text: "Troops killed 11 civilians at a rally against the junta in Monywa, witnesses said.", code: "175", src: "MMR", tgt: "MMR"},
		{why: "shot dead amid unrest", text: "Police shot dead four youths amid unrest over the arrest of an opposition leader in Dakar.", code: "175", src: "SEN", tgt: "SEN"},
		{why: "robbers stay a fight", text: "Police shot dead two suspected robbers in Nairobi.", code: "175", none: true},
		{why: "gunmen are no state force", text: "Gunmen shot dead five people during a protest in Port-au-Prince.", code: "175", none: true},
		{why: "a protest later is another act", text: "Soldiers shot dead three people in Bamako and later broke up a protest in the city centre.", code: "193", src: "MLI", tgt: "-"},
		// Water cannon fired by police with no crowd named.
		{why: "after police fired water cannon", text: "Protesters stormed the parliament in Belgrade after police fired tear gas and water cannon.", code: "175", src: "-", tgt: "-"},
		{why: "riot police fired water cannon", text: "Riot police fired water cannon and tear gas in central Santiago on Friday night.", code: "175", src: "CHL", tgt: "-"},
		{why: "coast guard water cannon is coercion (170), no repression", text: "Chinese coast guard ships fired water cannon at a Philippine supply boat near the shoal.", code: "175", none: true},
		// Drills around a place and a leader guiding a missile test.
		{why: "drills around an island", text: "The PLA Eastern Theater Command held joint drills around Taiwan on Thursday.", code: "150", src: "CHN", tgt: "TWN"},
		{why: "exercises encircling", text: "China's military organised large-scale exercises encircling Taiwan on Monday.", code: "150", src: "CHN", tgt: "TWN"},
		{why: "joint drills with a partner stay 062", text: "China held joint drills with Russia in the Sea of Japan.", code: "150", none: true},
		{why: "guided the test-fire", text: "Kim Jong Un guided the test-fire of a new-type ICBM, KCNA said.", code: "150", src: "PRK", tgt: "-"},
		{why: "oversaw the launch", text: "North Korean leader Kim Jong Un oversaw the launch of two cruise missiles off the west coast.", code: "150", src: "PRK", tgt: "-"},
		{why: "observed a missile test", text: "Iran's Supreme Leader observed the test of a new hypersonic missile, state television said.", code: "150", src: "IRN", tgt: "-"},
		{why: "a ship launch is no show of force", text: "Kim Jong Un watched the launch of a new destroyer at Nampho.", code: "150", none: true},
		// Cooperation documents signed, and signings witnessed by leaders.
		{why: "cooperation documents signed", text: "Vietnam and Laos signed 14 bilateral cooperation documents during the Lao prime minister's visit to Hanoi.", code: "057", src: "VNM", tgt: "LAO"},
		{why: "cooperation documents after talks", text: "Li Qiang held talks with Cambodian Prime Minister Hun Manet in Beijing, and the two sides signed a number of cooperation documents.", code: "057", src: "CHN", tgt: "KHM"},
		{why: "signing witnessed", text: "Putin and Erdogan witnessed the signing of a memorandum on gas supplies in Sochi.", code: "057", src: "RUS", tgt: "TUR"},
		{why: "documents at a registry", text: "The Kenyan minister signed documents at the land registry in Nairobi.", code: "057", none: true},
		{why: "reporters witnessed a signing", text: "Reporters witnessed the signing of the contract at the factory in Pune.", code: "057", none: true},
		// Prohibitory orders restrict assembly as a curfew does.
		{why: "prohibitory orders imposed", text: "Pakistani authorities imposed prohibitory orders in Islamabad ahead of the PTI march.", code: "172", src: "PAK", tgt: "PAK"},
		{why: "prohibitory orders clamped", text: "Indian police clamped prohibitory orders on Srinagar old city on Friday.", code: "172", src: "IND", tgt: "-"},
		{why: "prohibitory orders reimposed", text: "The Nepal government reimposed prohibitory orders around Baluwatar after the protests.", code: "172", src: "NPL", tgt: "-"},
		{why: "a court's orders", text: "The Bangladesh Supreme Court issued orders on the petition.", code: "172", none: true},
		// A clause with its own subject that goes elsewhere is not the scene.
		{why: "headline, comma", text: "Syrian rebels seize Damascus, Assad flees to Moscow", code: "192", src: "SYR", tgt: "SYR"},
		{why: "comma and", text: "Rebels seized Damascus, and Assad fled to Moscow.", code: "192", src: "SYR", tgt: "SYR"},
		{why: "as", text: "M23 rebels seized Bukavu as the governor flew to Kinshasa.", code: "192", src: "COD", tgt: "COD"},
		{why: "went to", text: "Taliban fighters seized Kandahar, and the governor went to Kabul.", code: "192", src: "AFG", tgt: "AFG"},
	})
}
