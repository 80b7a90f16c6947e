package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// n19Side: "-" is any side, "" none; a three-letter code is a country
// (any actor of it, any sector); a longer code, or one after "=", is
// that exact actor code.
func n19Side(as []event.Actor, want string) bool {
	switch {
	case want == "-":
		return true
	case want == "":
		return len(as) == 0
	case len(want) == 3:
		return hasCountry(as, want)
	case want[0] == '=':
		want = want[1:]
	}
	for _, a := range as {
		if a.Code == want {
			return true
		}
	}
	return false
}

func checkN19(t *testing.T, cases []m13Case) {
	t.Helper()
	checkSideCases(t, newTestPipeline(t), cases, n19Side)
}

// TestS19N19TimeClauseSubject: a country adjective on the common nouns
// that head the subject of an "after", "before" or "since" clause names
// that clause's agent (verb/timesubject_n19.go); the main clause's
// subject is not taken across the conjunction.
func TestS19N19TimeClauseSubject(t *testing.T) {
	checkN19(t, []m13Case{
		{why: "after, ships", text: "Japan protested after Chinese ships entered its territorial waters.", code: "150", src: "CHN", tgt: "-"},
		{why: "after, ships, protest aimed at the entrant", text: "Japan protested after Chinese ships entered its territorial waters.", code: "114", src: "JPN", tgt: "CHN"},
		{why: "after, ships, object named", text: "Japan protested after Chinese ships entered Japanese territorial waters.", code: "150", src: "CHN", tgt: "JPN"},
		{why: "after, compound head", text: "Vietnam lodged a protest after Chinese coast guard vessels rammed a fishing boat near the Paracels.", code: "190", src: "CHN", tgt: "-"},
		{why: "after, vessels", text: "Vietnam protested after Chinese vessels rammed a fishing boat.", code: "190", src: "CHN", tgt: "-"},
		{why: "after, past tagged as participle with an object", text: "The Philippines summoned the Chinese ambassador after Chinese vessels fired water cannon at a supply boat.", code: "170", src: "CHN", tgt: "PHL"},
		{why: "after, guards", text: "Poland closed a border crossing after Belarusian guards detained two Polish journalists.", code: "173", src: "BLR", tgt: "POLMED"},
		{why: "before, guards", text: "Lithuania closed two crossings before Belarusian guards detained a Lithuanian farmer.", code: "173", src: "BLR", tgt: "-"},
		{why: "since, perfect", text: "Ukraine protested since Russian ships have blocked its ports.", code: "191", src: "RUS", tgt: "-"},
		{why: "after, tanks", text: "Egypt condemned the attack after Israeli tanks shelled the Rafah crossing.", code: "194", src: "ISR", tgt: "-"},
		{why: "fronted clause, unchanged", text: "After Russian jets violated its airspace, Estonia summoned the Russian envoy.", code: "150", src: "RUSMIL", tgt: "-"},
		{why: "when clause, unchanged", text: "When Turkish troops crossed the border, Iraq condemned the incursion.", code: "111", src: "IRQ", tgt: "TURMIL"},
		// must not
		{why: "not: main subject for the clause", text: "Japan protested after Chinese ships entered its territorial waters.", code: "150", src: "JPN", tgt: "-", none: true},
		{why: "not: a reduced relative after the noun", text: "Japan protested after Chinese ships moored in Manila.", code: "", src: "CHN", tgt: "-", none: true},
		{why: "not: no verb after the noun", text: "Vietnam protested after reports of Chinese ships in its waters.", code: "", src: "CHN", tgt: "-", none: true},
		{why: "not: a possessive's noun", text: "Japan protested after the Chinese foreign minister's remarks in Beijing.", code: "", src: "CHN", tgt: "-", none: true},
		{why: "not: the adjective is in the object", text: "Japan protested after a typhoon hit Chinese ships in the strait.", code: "19", src: "-", tgt: "-", none: true},
		{why: "not: a clause subject with no actor", text: "Kenya deployed police after cattle raiders killed eight herders.", code: "19", src: "KEN", tgt: "-", none: true},
		{why: "not: a passive's agent named", text: "The talks collapsed after Russian demands were rejected by Ukraine.", code: "", src: "RUS", tgt: "-", none: true},
		{why: "not: an officer noun keeps its own reading", text: "Japan protested after the Chinese foreign minister visited Moscow.", code: "042", src: "JPN", tgt: "-", none: true},
		{why: "not: intransitive clause", text: "Japan protested after Chinese ships sailed.", code: "15", src: "-", tgt: "-", none: true},
		{why: "not: an actor noun after the adjective", text: "Taiwan protested after Chinese officials warned its leaders.", code: "", src: "TWN", tgt: "TWN", none: true},
	})
}

// TestS19N19AgainstNotSubject: the object of "against" is not the
// subject of a visit or a verb after it (verb/roles.go, subject).
func TestS19N19AgainstNotSubject(t *testing.T) {
	checkN19(t, []m13Case{
		{why: "deterrence against", text: "The South Korean defence minister vowed deterrence against North Korea during a visit to the border.", code: "042", src: "KORGOV", tgt: "-"},
		{why: "warned against, adjective", text: "The Japanese prime minister warned against Chinese aggression during a visit to Manila.", code: "042", src: "JPNGOV", tgt: "PHL"},
		{why: "spoke out against", text: "The German chancellor spoke out against Russia during a visit to Kyiv.", code: "042", src: "DEUGOV", tgt: "UKR"},
		{why: "a trip", text: "The US secretary of state cautioned against Iranian meddling during a trip to Baghdad.", code: "042", src: "USAGOV", tgt: "IRQ"},
		{why: "sanctions against", text: "The Polish president called for sanctions against Belarus during a visit to Lithuania.", code: "042", src: "POLGOV", tgt: "LTU"},
		{why: "on a visit", text: "The British foreign secretary warned against Russian aggression on a visit to Estonia.", code: "042", src: "GBRGOV", tgt: "EST"},
		{why: "action against militants", text: "Erdogan vowed action against Kurdish militants during a visit to the Syrian border.", code: "042", src: "TURGOV", tgt: "SYR"},
		{why: "support against jihadists", text: "The French president promised support against jihadists during a visit to Niger.", code: "042", src: "FRAGOV", tgt: "NER"},
		// must not
		{why: "not: the object of against visits", text: "The German chancellor spoke out against Russia during a visit to Kyiv.", code: "042", src: "RUS", tgt: "-", none: true},
		{why: "not: the object of against visits (2)", text: "The Polish president called for sanctions against Belarus during a visit to Lithuania.", code: "042", src: "BLR", tgt: "-", none: true},
		{why: "while visiting, unchanged", text: "The Australian defence minister pledged deterrence against China while visiting Tokyo.", code: "042", src: "AUSGOV", tgt: "JPN"},
		{why: "no against, unchanged", text: "The Chinese foreign minister met Russian officials during a visit to Moscow.", code: "042", src: "CHNGOV", tgt: "RUS"},
		{why: "no against, praise", text: "President Biden praised Israel during a visit to Tel Aviv.", code: "042", src: "USAGOV", tgt: "ISR"},
		{why: "no against, criticism", text: "The Egyptian president criticised Ethiopia during a visit to Sudan.", code: "042", src: "EGYGOV", tgt: "SDN"},
		{why: "protest against keeps its target", text: "The Japanese prime minister protested against Chinese actions in Tokyo.", code: "114", src: "JPNGOV", tgt: "CHN"},
		{why: "deal during a visit", text: "The Kenyan president signed a deal with Uganda during a visit to Kampala.", code: "042", src: "KENGOV", tgt: "UGA"},
	})
}

// TestS19N19FriendlyFire: victims a participle calls the attacker's own
// ("its own soldiers") or killed by mistake are the attacker's; the
// killing stays an event of its own (pipeline/friendlyfire_n19.go,
// actor/ownsubject_n19.go).
func TestS19N19FriendlyFire(t *testing.T) {
	checkN19(t, []m13Case{
		{why: "its own, by mistake", text: "Russian artillery shelled Ukrainian positions, killing two of its own soldiers by mistake.", code: "190", src: "RUSMIL", tgt: "RUSMIL"},
		{why: "their own", text: "Ukrainian forces shelled Russian trenches, killing two of their own soldiers by mistake.", code: "190", src: "UKRMIL", tgt: "UKRMIL"},
		{why: "named state, by mistake", text: "Nigerian jets bombed Boko Haram hideouts, killing five Nigerian soldiers by mistake.", code: "190", src: "NGAMIL", tgt: "NGAMIL"},
		{why: "friendly fire incident", text: "Turkish drones hit PKK targets, killing three Turkish soldiers in a friendly fire incident.", code: "190", src: "TURMIL", tgt: "TURMIL"},
		{why: "one of their own", text: "Colombian troops attacked FARC rebels, killing one of their own soldiers in a friendly fire incident.", code: "190", src: "COLMIL", tgt: "COLMIL"},
		{why: "drones, by mistake", text: "Ethiopian drones struck Tigrayan positions, killing four Ethiopian soldiers by mistake.", code: "190", src: "ETHMIL", tgt: "ETHMIL"},
		{why: "in error", text: "Egyptian jets bombed militant hideouts in Sinai, killing three Egyptian soldiers in error.", code: "190", src: "EGYMIL", tgt: "EGYMIL"},
		{why: "their own, no word of mistake", text: "Russian forces shelled Kharkiv, killing two of their own soldiers.", code: "190", src: "RUSMIL", tgt: "RUSMIL"},
		{why: "not: the own dead as the attack's target", text: "Russian forces shelled Kharkiv, killing two of their own soldiers.", code: "194", src: "-", tgt: "=RUSMIL", none: true},
		{why: "accidentally, unchanged", text: "Pakistani jets struck Taliban hideouts, accidentally killing two Pakistani soldiers.", code: "190", src: "PAKMIL", tgt: "PAKMIL"},
		{why: "fellow soldier, unchanged", text: "Indian troops fired at militants in Kashmir, accidentally killing a fellow soldier.", code: "190", src: "INDMIL", tgt: "INDMIL"},
		// must not
		{why: "not: the other side's soldiers", text: "Russian artillery shelled Ukrainian positions, killing two Ukrainian soldiers.", code: "19", src: "-", tgt: "RUSMIL", none: true},
		{why: "not: the other side's soldiers, attack kept", text: "Russian artillery shelled Ukrainian positions, killing two Ukrainian soldiers.", code: "194", src: "RUSMIL", tgt: "UKRMIL"},
		{why: "not: enemy soldiers", text: "Ukrainian forces shelled Russian trenches, killing 20 Russian soldiers.", code: "19", src: "-", tgt: "UKRMIL", none: true},
		{why: "not: fighters", text: "Nigerian jets bombed Boko Haram hideouts, killing dozens of fighters.", code: "19", src: "-", tgt: "NGAMIL", none: true},
		{why: "not: militants", text: "Israeli tanks shelled Hamas positions in Gaza, killing three militants.", code: "19", src: "-", tgt: "ISRMIL", none: true},
		{why: "not: civilians", text: "Syrian artillery shelled rebel positions in Idlib, killing five civilians.", code: "19", src: "-", tgt: "SYRMIL", none: true},
		{why: "not: two of them", text: "Kenyan troops fired on al-Shabaab fighters, killing two of them.", code: "19", src: "-", tgt: "KENMIL", none: true},
		{why: "not: own after an object of accuse", text: "Kyiv accused Moscow of shelling its own territory.", code: "112", src: "UKR", tgt: "RUS"},
		{why: "not: own in a reported clause", text: "Russia said Ukraine shelled its own city.", code: "194", src: "UKR", tgt: "-"},
		{why: "not: own after an object of urge", text: "Ukraine urged Russia to withdraw its own troops.", code: "025", src: "UKR", tgt: "RUS"},
	})
}

// TestS19N19PrivateNationals: a country adjective on a noun for a
// private person of a craft, a sport or a stage names no agent: the
// state is not made to act for its national (verb/privateperson_n19.go);
// sport and entertainment code nothing, so no event stands in its place.
// State roles keep the state.
func TestS19N19PrivateNationals(t *testing.T) {
	checkN19(t, []m13Case{
		{why: "chef", text: "The French chef irked Italy by putting cream in carbonara.", code: "", src: "-", tgt: "=FRA", none: true},
		{why: "goalkeeper", text: "The Argentine goalkeeper enraged France with his celebrations.", code: "", src: "-", tgt: "=ARG", none: true},
		{why: "bowler", text: "The Australian bowler enraged England with a bouncer.", code: "", src: "-", tgt: "=AUS", none: true},
		{why: "striker", text: "The Brazilian striker criticised Argentina after the match.", code: "", src: "=BRA", tgt: "-", none: true},
		{why: "singer", text: "The Spanish singer criticised Morocco over the detention of journalists.", code: "", src: "=ESP", tgt: "-", none: true},
		{why: "rapper", text: "A Colombian rapper accused Venezuela of silencing critics.", code: "", src: "=COL", tgt: "-", none: true},
		{why: "cricketer", text: "The Indian cricketer praised Pakistan for its hospitality.", code: "", src: "=IND", tgt: "-", none: true},
		{why: "boxer", text: "The Mexican boxer condemned the United States over its border wall.", code: "", src: "=MEX", tgt: "-", none: true},
		{why: "pianist", text: "A Russian pianist criticised Ukraine in a television interview.", code: "", src: "=RUS", tgt: "-", none: true},
		{why: "comedian", text: "The Egyptian comedian mocked Ethiopia over the dam.", code: "", src: "=EGY", tgt: "-", none: true},
		{why: "actress", text: "The Chinese actress criticised Japan over the disputed islands.", code: "", src: "=CHN", tgt: "-", none: true},
		{why: "actor", text: "The British actor criticised China in an interview.", code: "", src: "=GBR", tgt: "-", none: true},
		// must not: state roles and states' things keep the state
		{why: "not: foreign minister", text: "The Spanish foreign minister criticised Morocco over the detention of journalists.", code: "111", src: "ESPGOV", tgt: "MAR"},
		{why: "not: officials", text: "Colombian officials accused Venezuela of silencing critics.", code: "112", src: "COLGOV", tgt: "VEN"},
		{why: "not: diplomats", text: "Mexican diplomats condemned the United States over its border wall.", code: "111", src: "MEXGOV", tgt: "USA"},
		{why: "not: troops", text: "Russian troops shelled Ukrainian positions near Bakhmut.", code: "194", src: "RUSMIL", tgt: "-"},
		{why: "not: envoy", text: "The Kenyan envoy thanked Qatar for hosting the talks.", code: "051", src: "KENGOV", tgt: "QAT"},
		{why: "not: police", text: "Iranian police arrested a French tourist in Shiraz.", code: "173", src: "IRNCOP", tgt: "FRACVL"},
		{why: "not: president", text: "The Egyptian president criticised Ethiopia over the dam.", code: "111", src: "EGYGOV", tgt: "ETH"},
		{why: "not: prosecutors", text: "South Korean prosecutors charged a Chinese national with spying.", code: "173", src: "KORJUD", tgt: "CHNCVL"},
		{why: "not: foreign minister (2)", text: "The Turkish foreign minister condemned Israel.", code: "111", src: "TURGOV", tgt: "ISR"},
		{why: "not: a state's thing", text: "Chinese vessels rammed a Vietnamese fishing boat.", code: "190", src: "CHN", tgt: "-"},
		{why: "not: a state's craft", text: "Israeli helicopters shelled a village in southern Lebanon.", code: "19", src: "ISR", tgt: "-"},
	})
}

// TestS19N19SentAgent: an agent noun no actor covers, sent or appointed
// by a state or an international body, acts for its sender
// (verb/sentagent_n19.go).
func TestS19N19SentAgent(t *testing.T) {
	checkN19(t, []m13Case{
		{why: "mediators dispatched by", text: "Mediators dispatched by Qatar met Taliban leaders.", code: "040", src: "QAT", tgt: "AFGGOV"},
		{why: "mediators appointed by", text: "Mediators appointed by Kenya met Ethiopian rebels.", code: "040", src: "KEN", tgt: "ETHREB"},
		{why: "monitors deployed by an IGO", text: "Monitors deployed by the OSCE criticised Russia.", code: "111", src: "IGOEUROSC", tgt: "RUS"},
		{why: "experts sent by a state", text: "Experts sent by China met Pakistani officials.", code: "040", src: "CHN", tgt: "PAKGOV"},
		{why: "observers sent by the EU", text: "Observers sent by the European Union criticised Venezuela over the vote.", code: "111", src: "IGOEUREEC", tgt: "VEN"},
		{why: "AU mediators", text: "Mediators appointed by the African Union met Sudanese army leaders in Jeddah.", code: "040", src: "IGOAFRAFU", tgt: "-"},
		{why: "a delegation, date after", text: "A delegation sent by Egypt met Israeli officials in Tel Aviv on Monday.", code: "040", src: "EGY", tgt: "ISRGOV"},
		{why: "investigators", text: "Investigators dispatched by the United Nations accused Syria of using chemical weapons.", code: "112", src: "IGOUNO", tgt: "SYR"},
		{why: "inspectors", text: "Inspectors sent by the IAEA criticised Iran for limiting access.", code: "111", src: "IGOUNOIAE", tgt: "IRN"},
		{why: "experts, praise", text: "Experts dispatched by Germany praised Kenya for its vaccination drive.", code: "051", src: "DEU", tgt: "KEN"},
		{why: "time after the sender", text: "Mediators sent by Norway met Venezuelan government officials in Oslo last week.", code: "040", src: "NOR", tgt: "VENGOV"},
		{why: "the team", text: "The team dispatched by Oman met Houthi officials in Sanaa.", code: "040", src: "OMN", tgt: "YEMREB"},
		// must not
		{why: "not: a private sender", text: "Experts sent by a Chinese company met Pakistani officials.", code: "040", src: "CHN", tgt: "-", none: true},
		{why: "not: sent to", text: "Mediators sent to Qatar met Taliban leaders.", code: "040", src: "QAT", tgt: "-", none: true},
		{why: "not: a thing sent", text: "Weapons sent by Iran killed Israeli soldiers.", code: "19", src: "IRN", tgt: "-", none: true},
		{why: "not: a host", text: "Mediators met Taliban leaders after talks hosted by Qatar.", code: "040", src: "QAT", tgt: "-", none: true},
		{why: "not: backed by", text: "Experts backed by Germany criticised Kenya.", code: "111", src: "DEU", tgt: "-", none: true},
		{why: "not: the relative on the object", text: "Monitors criticised the troops deployed by Russia.", code: "111", src: "RUS", tgt: "-", none: true},
		{why: "not: the relative on the object (2)", text: "Observers welcomed the mission sent by the African Union.", code: "05", src: "IGOAFRAFU", tgt: "-", none: true},
		{why: "from, unchanged", text: "Mediators from Qatar met Taliban leaders in Doha.", code: "040", src: "QAT", tgt: "AFGGOV"},
		{why: "a reported clause, unchanged", text: "Mediators said Qatar had met Taliban leaders.", code: "040", src: "QAT", tgt: "AFGGOV"},
	})
}
