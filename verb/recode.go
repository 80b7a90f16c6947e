// Recoding by CAMEO's rules for intent, threat and refusal: what the text
// promises, threatens or refuses is coded as the promise, the threat or
// the refusal, not as the act itself.

package verb

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// EventCode is the code the match stands for.
func (m *Match) EventCode() string {
	if m.Code != "" {
		return m.Code
	}
	return m.Pattern.Code
}

// intentWords govern an infinitive that is promised, offered or accepted,
// not done: "agreed to withdraw", "is ready to meet", "pledged to send aid".
var intentWords = wordset.Of(
	"agree", "promise", "pledge", "vow", "offer", "commit",
	"undertake", "volunteer", "willing", "ready", "prepared",
	"eager", "determined", "intend", "plan", "resolve", "swear",
	// "decided to resume the dialogue": talks agreed on, not yet held. A
	// decision to act otherwise is the act ("the court decided to allow
	// the candidate to run"), so "decide" governs intent for meetings only.
	"decide", "determine",
	// A stated wish to cooperate is CAMEO's intent too ("wants to help",
	// "seeks to deepen ties", "hopes to expand trade"), not a mere
	// hypothesis: the wish itself is the event.
	"want", "seek", "hope", "wish", "aim",
	// T40: the nouns of readiness govern as their adjectives do. The
	// official English of communiqués and of the agencies that translate
	// them states an intent as "expressed its readiness to expand
	// cooperation", "affirmed the willingness of the army to help".
	"readiness", "willingness", "preparedness", "eagerness",
)

// readyNouns may govern across the party that is ready: "expressed the
// readiness of the DPRK to cooperate with the US" (readyOfGovernor).
var readyNouns = wordset.Of("readiness", "willingness", "preparedness", "eagerness")

// readinessStated (T40): the noun of readiness at g is the object of a
// verb that states it, within four words before it ("expressed its full
// readiness", "reaffirmed the willingness"). Readiness doubted, tested or
// standing as a subject ("questioned the readiness of the army to ...")
// states no one's intent.
func (s *sentence) readinessStated(g int) bool {
	for j := g - 1; j >= 0 && j >= g-4; j-- {
		if t := &s.toks[j]; t.IsVerb() {
			return readinessVerbs.Has(t.Lemma)
		}
		if s.toks[j].Lower == "," {
			return false
		}
	}
	return false
}

// readinessVerbs state the subject's own readiness.
var readinessVerbs = wordset.Of(
	"express", "voice", "affirm", "reaffirm", "confirm", "declare", "announce",
	"signal", "show", "stress", "reiterate", "emphasise", "emphasize", "convey", "state", "indicate",
)

// readyOfGovernor (T40): the index of a noun of readiness whose "of"
// phrase ends just before the infinitive's "to" at k, or -1: "the
// readiness of the Lao People's Army to expand training cooperation".
// The phrase holds up to six words, none a verb, comma or clause word.
func (s *sentence) readyOfGovernor(k int) int {
	for j := k - 1; j >= 1 && j >= k-7; j-- {
		t := &s.toks[j]
		if t.Lower == "of" {
			if j+1 < k && readyNouns.Has(s.toks[j-1].Lower) {
				return j - 1
			}
			return -1
		}
		if t.IsVerb() || t.Tag == "MD" || t.Lower == "," || t.Lower == "to" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return -1
		}
	}
	return -1
}

// stateProtest: a state or government that "protests" lodges a
// diplomatic complaint (114); crowds demonstrate (14). "The Philippine
// government protested the Chinese coast guard's actions" is 114, and so
// is "Kenya protested against Somalia's decision", which the lines for
// crowds protesting against a decision or a law read as a rally (141x);
// a state that rallies or marches is its people.
func (s *sentence) stateProtest(m *Match) {
	if c := m.EventCode(); !(c == "140" || strings.HasPrefix(c, "141") && (s.toks[m.Head].Lemma == "protest" || s.drawnProtest(m))) || len(m.Source) == 0 || !s.toks[m.Head].IsVerb() && !s.headlineSlot(m.Head) {
		return // a headline's "protests" is a verb too ("Philippines protests Chinese ...")
	}
	ph := m.Source[0]
	// A bare "the foreign ministry" is still a state's organ: the
	// pipeline gives it the story's country later.
	if ph.Country == "" && len(ph.Sectors) == 0 {
		return
	}
	for _, sec := range ph.Sectors {
		if sec != "GOV" {
			return
		}
	}
	m.Code = "114"
}

// armedStorm: a crowd that storms a building riots (145), but fighters,
// soldiers or gunmen who storm it attack: "Taliban fighters stormed a
// police compound" is force (190), as "protesters stormed the embassy"
// stays a riot. Every source must be armed; a state's police storming a
// building raids it (policeStorm).
func (s *sentence) armedStorm(m *Match) {
	if m.EventCode() != "145" || len(m.Source) == 0 {
		return
	}
	for _, ph := range m.Source {
		if !armedSectors(ph.Sectors) {
			policeStorm(m)
			return
		}
	}
	m.Code = "190"
}

// policeStorm: police or officials who storm a building raid it (171,
// as a raid on "the offices of" a group is), not a riot: "Police stormed
// the headquarters of an independent newspaper". Called from armedStorm.
func policeStorm(m *Match) {
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "COP", "GOV", "SPY", "JUD") {
			return
		}
	}
	m.Code = "171"
}

// politicalBacking: "backed the Philippines in its dispute", "backs
// Ukraine's bid": backing a state, a government, a party or a person is
// endorsement (051); backing an armed force ("rebels backed by Rwanda",
// "regime forces, backed by Russia") is material support, as the pattern
// codes it (070), as is backing anyone "with" something.
func (s *sentence) politicalBacking(m *Match) {
	if s.toks[m.Head].Lemma != "back" || m.EventCode() != "070" || len(m.Target) == 0 {
		return
	}
	for _, ph := range m.Target {
		for _, sec := range ph.Sectors {
			if armedSectors([]string{sec}) {
				return
			}
		}
	}
	if e := m.Target[len(m.Target)-1].End; e < len(s.toks) && s.toks[e].Lower == "with" {
		return // "backed Ukraine with long-range missiles": material
	}
	m.Code = "051"
}

// armedClearing: a camp cleared or dismantled by its own crowd eases
// dissent (082), but troops who clear an armed group's camps attack it:
// "Nigerian troops cleared Boko Haram camps" is force (190).
func (s *sentence) armedClearing(m *Match) {
	if m.EventCode() != "082" || len(m.Target) == 0 || len(m.Source) == 0 {
		return
	}
	for _, ph := range m.Target {
		if !armedSectors(ph.Sectors) {
			return
		}
	}
	for _, ph := range m.Source {
		if !armedSectors(ph.Sectors) && !onlySectors(ph.Sectors, "COP", "GOV", "MIL") {
			return
		}
	}
	m.Code = "190"
}

// verbalClash: officials, ministers, lawmakers or judges who clash with
// each other, or with a state, over a topic clash in words: "Brazilian
// and Argentine ministers clashed over tariffs" is disapproval (110), not
// fighting. Armed forces, police, rebels or crowds on either side keep
// the clash a fight ("the government clashed with rebels"), as does a
// state with no sector ("Sudan clashed with South Sudan").
func (s *sentence) verbalClash(m *Match) {
	if m.EventCode() != "190" || len(m.Source) == 0 || s.toks[m.Head].Lemma != "clash" || !s.topicAfter(m.Head) {
		return
	}
	for _, ph := range m.Source {
		if !talkerSectors(ph.Sectors) {
			return
		}
	}
	for _, ph := range m.Target {
		if len(ph.Sectors) > 0 && !talkerSectors(ph.Sectors) {
			return
		}
	}
	m.Code = "110"
}

// topicAfter: a topic preposition follows the head, after its partner if
// any: "clashed over tariffs", "clashed with Italy on migration". A clash
// "with South Sudan near the border" has none and may be a fight.
func (s *sentence) topicAfter(h int) bool {
	k := h + 1
	if k < len(s.toks) && s.toks[k].Lower == "with" {
		k++
		for k < len(s.toks) && s.inGroup[k] < 0 && filler(&s.toks[k]) {
			k++
		}
		if k < len(s.toks) && s.inGroup[k] >= 0 {
			k = s.groups[s.inGroup[k]].End
		}
	}
	for k < len(s.toks) && s.toks[k].Tag == "RB" {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	switch s.toks[k].Lower {
	case "over", "about", "on":
		return true
	}
	return false
}

// talkerSectors: every sector is one whose people act by speaking and
// voting (government, legislature, judiciary, elites, intergovernmental
// bodies, parties, the opposition), and there is at least one.
func talkerSectors(secs []string) bool {
	return onlySectors(secs, "GOV", "LEG", "JUD", "ELI", "IGO", "PTY", "OPP")
}

// armedSectors: every sector is an armed force, state or not.
func armedSectors(secs []string) bool { return onlySectors(secs, "MIL", "REB", "INS", "UAF") }

// civilianMeasure: blockades and boycotts are a state's measures in
// CAMEO (191, 163); when crowds, workers or professionals block a road or
// boycott the courts they obstruct or strike (144, 143): "Truckers
// blockaded a border crossing", "Lawyers boycotted the courts".
func (s *sentence) civilianMeasure(m *Match) {
	c := m.EventCode()
	if c != "191" && c != "163" || len(m.Source) == 0 {
		return
	}
	for _, ph := range m.Source {
		if !labourSectors(ph.Sectors) {
			return
		}
	}
	if c == "191" {
		m.Code = "144"
	} else {
		m.Code = "143"
	}
}

// labourStrike: a strike by workers, doctors, teachers or other civilians
// is a labour strike (143), not an air strike: "Workers strike in
// France", "Nurses strike against the government". The same words by a
// state or its forces stay force ("Israel strikes Gaza"), and so does a
// strike with a direct object ("villagers struck the patrol"). The same
// holds for a strike that a light verb carries ("launched strikes on",
// "staged a strike"): the noun is a labour strike when labour launches
// it or a word such as "general" or "48-hour" marks it, and an attack
// when a state or an armed force launches it with no such mark.
func (s *sentence) labourStrike(m *Match) {
	c := m.EventCode()
	if c[0] != '1' || c[1] != '9' && c != "143" || len(m.Source) == 0 {
		return
	}
	h := &s.toks[m.Head]
	if h.Lemma != "strike" && h.Lower != "strike" && h.Lower != "strikes" {
		s.strikeNoun(m, c)
		return
	}
	if c == "143" {
		return
	}
	for _, ph := range m.Source {
		if !labourSectors(ph.Sectors) {
			return
		}
	}
	s.toLabourStrike(m)
}

// toLabourStrike recodes a match to 143 and keeps as its target only
// whom the strike is against: after "in", "across", "throughout" or "at"
// the actor is where they strike, and a direct object is hit, so it
// stays force.
func (s *sentence) toLabourStrike(m *Match) {
	if len(m.Target) > 0 {
		gi := s.inGroup[m.Target[0].Start]
		if gi < 0 {
			return
		}
		k := s.groups[gi].Start - 1
		for k > m.Head && filler(&s.toks[k]) {
			k--
		}
		switch {
		case k == m.Head:
			return // a direct object is hit
		case s.toks[k].Lower == "in" || s.toks[k].Lower == "across" || s.toks[k].Lower == "throughout" || s.toks[k].Lower == "at":
			m.Target = nil // where they strike, not whom
		}
	}
	m.Code = "143"
}

// strikeNoun decides between a labour strike and an attack for a match
// whose head is a light verb ("launch", "stage", "carry out") and whose
// span holds the noun "strike(s)". Kept out of labourStrike so the common
// path stays a word test.
func (s *sentence) strikeNoun(m *Match, c string) {
	switch s.toks[m.Head].Lemma {
	case "launch", "stage", "carry", "conduct", "mount", "begin", "start", "unleash":
	default:
		return
	}
	k := m.Span[0]
	for ; k < m.Span[1]; k++ {
		if t := &s.toks[k]; (t.Lower == "strike" || t.Lower == "strikes") && k > m.Head {
			break
		}
	}
	if k == m.Span[1] {
		return
	}
	if labourMarked(s.toks[m.Head+1 : k]) {
		if c != "143" {
			s.toLabourStrike(m)
		}
		return
	}
	labour, armed := true, true
	for _, ph := range m.Source {
		labour = labour && labourSectors(ph.Sectors)
		// A state named alone launches strikes as its forces do
		// ("Pakistan launched strikes inside Afghanistan").
		armed = armed && ph.Country != "" && (len(ph.Sectors) == 0 || armedSectors(ph.Sectors))
	}
	switch {
	case c != "143" && labour:
		s.toLabourStrike(m)
	case c == "143" && armed:
		m.Code = "190"
	}
}

// labourMarked: a word between the light verb and "strike" that only a
// labour strike takes: "a general strike", "a nationwide strike", "a
// 48-hour strike", "a hunger strike", "a teachers' strike".
func labourMarked(between []text.Token) bool {
	for i := range between {
		w := between[i].Lower
		switch w {
		case "general", "nationwide", "national", "indefinite", "hunger", "warning",
			"token", "wildcat", "sit-down", "labour", "labor", "rolling", "open-ended", "'", "’":
			return true
		}
		if strings.HasSuffix(w, "-hour") || strings.HasSuffix(w, "-day") || strings.HasSuffix(w, "-week") {
			return true
		}
	}
	return false
}

// labourSectors: every sector is one whose people strike for work (labour,
// health, education, farmers, civilians), and there is at least one.
// Farmers who block roads or stop deliveries protest as workers do.
func labourSectors(secs []string) bool { return onlySectors(secs, "LAB", "HLH", "EDU", "AGR", "CVL") }

// intent recodes an action inside an intent complement as CAMEO's
// "express intent to" code for it (CAMEO 03 mirrors roots 04–08).
func (s *sentence) intent(m *Match) {
	if c := m.Pattern.Code; (c == "0874" || c == "164") && s.leftWhat(m) {
		return
	} else if c == "130" && (s.toks[m.Head].Lemma == "pay" || s.toks[m.Head].Lemma == "face") {
		if s.sufferedThreat(m) {
			return
		}
		if s.toks[m.Span[0]].Tag == "MD" {
			// "would face a strong reaction from voters" with no one
			// who says it: a forecast, threatening no one.
			m.Governor = m.Head
			return
		}
	} else if s.toks[m.Head].Tag == "VBG" && s.rejectedText(m) {
		return
	} else if c == "063" && s.handedTask(m) {
		return
	} else if c == "192" && s.toks[m.Head].Lemma == "fall" && s.placeInPhrase(m) {
		return
	} else if c == "114" && s.toks[m.Head].Lemma == "summon" && s.ownEnvoy(m) {
		return
	}
	h := m.Span[0]
	if m.Head > h && s.toks[m.Head].Tag == "VB" && s.toks[m.Head-1].Lower == "to" {
		// A pattern whose first word comes before its verb ("union ...
		// ^suspend") can start at the addressee: "urged the African
		// Union to suspend Niger" asks the suspension of the Union.
		h = m.Head
	}
	k := h - 1
	for k >= 0 && (s.toks[k].Tag == "RB" || s.toks[k].Lower == "not") {
		k--
	}
	// A phrasal verb's particle may head the match ("to shoot down a
	// plane" is headed by "down"): the infinitive's verb stands before it.
	if k >= 1 && k == h-1 && s.toks[k].Tag == "VB" && particle(s.toks[h].Lower) {
		k--
	}
	// "stood ready to help broker a settlement", "offered to help mediate":
	// the bare infinitive after "help" is what is offered, as if "help"
	// were not there.
	if k >= 1 && s.toks[k].Lower == "help" && s.toks[k-1].Lower == "to" {
		k--
	}
	code := m.Pattern.Code
	if k >= 1 && s.toks[k].Lower == "to" {
		gov := s.toks[k-1].Lemma
		if g := s.readyOfGovernor(k); g >= 0 && !intentWords.Has(gov) {
			// "the readiness of the DPRK to cooperate": the noun governs
			// across its "of" phrase, which names who is ready.
			k = g + 1
			gov = s.toks[g].Lemma
		}
		if readyNouns.Has(s.toks[k-1].Lower) && !s.readinessStated(k-1) {
			gov = "" // "questioned the readiness of the army to cooperate": no one's intent
		}
		if k >= 2 && (gov == "not" || gov == "never") {
			// "promised not to attack civilians", "agreed not to
			// strike": a promise of restraint from force is intent to
			// de-escalate (0356), not a threat, not a negated attack.
			if g := s.toks[k-2].Lemma; (threatWords.Has(g) || intentWords.Has(g)) && forceRoot(m.Pattern.Root()) {
				m.Code = "0356"
				m.Modality.Future, m.Modality.Hypothetical, m.Modality.Negated, m.Modality.denied = false, false, false, false
				m.Governor = k - 2
				return
			}
		}
		// The noun governs as its verb does: "Russia's threat to use
		// nuclear weapons", "Turkey's threat to veto".
		threat := gov == "threat" && s.toks[k-1].IsNoun()
		if s.toks[k-1].IsNoun() && askedNoun(s.toks[k-1].Lower) || s.deadlineAct(k) {
			// "rejected a UN request to open more crossings": the act
			// asked for or offered is not done.
			m.Modality.Hypothetical = true
		}
		switch {
		case (threatWords.Has(gov) || threat) && threatCode(code) != "":
			// "vowed to attack", "wants to attack": the threat is the event
			// (CAMEO 13), and it is real, not hypothetical.
			m.Code = threatCode(code)
			m.Modality.Future, m.Modality.Hypothetical = false, false
			m.Governor = k - 1
			return
		case (gov == "threaten" || threat) && m.Pattern.Root() == "12":
			// "threatened to veto the resolution", "threatened to block
			// Sweden's bid": a threat with no code of its own (130), aimed
			// at the object of the act threatened.
			m.Code = "130"
			m.Modality.Future, m.Modality.Hypothetical, m.Modality.Negated = false, false, false
			m.Governor = k - 1
			return
		case intentWords.Has(gov) && intentCode(code) != "" && (gov != "decide" || m.Pattern.Root() == "04"):
			m.Code = intentCode(code)
			m.Modality.Future, m.Modality.Hypothetical = false, false
			m.Governor = k - 1
		}
	}
	// An announced future action is coded as what it is when announced:
	// CAMEO's intent (03) for cooperation ("Finland will give Tanzania a
	// grant") and threat (13) for coercion and force ("they would blockade
	// Paris"). The event keeps its future modality.
	// R35: a meeting or visit scheduled ("Putin is to visit Beijing next
	// week") is announced as one that "will" happen is: the intent to meet
	// (036). Other scheduled acts ("Kenya is to send police") stay as
	// reported; one still awaited ("has yet to meet") is hypothetical.
	scheduledMeeting := m.Modality.pending && !m.Modality.Hypothetical && m.Pattern.Root() == "04"
	if m.Code == "" && m.Modality.Future && !m.Modality.Negated && (!m.Modality.pending || scheduledMeeting) && !m.Passive {
		if c := intentCode(code); c != "" {
			m.Code = c
		} else if c := threatCode(code); c != "" && !s.announcedCut(m, code) {
			m.Code = c
			s.warnedParty(m)
		}
	}
	// Refusing or withholding cooperation is itself an event: CAMEO codes
	// "would not provide support" and "refused to meet" as rejections (12),
	// not as negated cooperation. Negated force stays negated.
	// A negated passive with no agent ("said it had not been consulted")
	// names no one who refused: it stays a negated act, not a rejection
	// by nobody.
	if m.Modality.Negated && !m.Modality.denied && !(m.Passive && len(m.Source) == 0) {
		if c := rejectCode(m.EventCode()); c != "" {
			m.Code = c
			m.Modality.Negated = false
		}
	}
}

// announcedCut (D30) reports a future reduction or break of relations
// (160, 161) made public by a verb of decision (announce, decide,
// declare, confirm), with no condition and no verb of warning or threat:
// "Petro announced that Colombia would break off relations with Israel",
// "announced it would withdraw from the WHO". A decision announced to cut
// ties or leave a body is the reduction itself, not a threat held over
// the other side, which needs a warning ("warned it would downgrade
// ties") or a condition ("unless it apologised"). A bare "said it would"
// stays the threat: the held-out probes read it so. Other future
// coercion (tariffs, force) stays a threat too.
func (s *sentence) announcedCut(m *Match, code string) bool {
	if code != "160" && code != "161" || m.Modality.Hypothetical {
		return false
	}
	if s.warnedBefore(m.Span[0]) >= 0 {
		return false
	}
	for i := range s.toks {
		switch s.toks[i].Lower {
		case "if", "unless", "threaten", "threatened", "threatens", "warn", "warned", "warns":
			return false
		}
	}
	for k := m.Span[0] - 1; k >= 0; k-- {
		if t := &s.toks[k]; t.IsVerb() && announceVerbs.Has(t.Lemma) {
			return true
		}
	}
	return false
}

// announceVerbs make public a decision taken, not words alone.
var announceVerbs = wordset.Of("announce", "decide", "declare", "confirm")

// warnedParty: a threat announced as what one "would" do under a verb of
// warning or vowing is a threat now, not a future act, and the verb
// governs it; with no target of its own it is aimed at the party warned:
// "Azerbaijan warned Armenia it would take military action".
func (s *sentence) warnedParty(m *Match) {
	k := m.Span[0] - 1
	for k >= 0 && s.toks[k].Tag == "RB" {
		k--
	}
	if k < 0 || s.toks[k].Tag != "MD" {
		return
	}
	v := s.warnedBefore(k)
	if v < 0 {
		return
	}
	m.Modality.Future, m.Modality.Hypothetical = false, false
	m.Governor = v
	if len(m.Target) > 0 || v+1 >= len(s.toks) {
		return
	}
	if gi := s.inGroup[v+1]; gi >= 0 && s.groups[gi].Start == v+1 {
		m.Target = append([]actor.Phrase(nil), s.groups[gi].Phrases...)
	}
}

// avengedTarget: revenge or retaliation "for the killing of X" names
// whom the threat avenges, not whom it threatens: "Hezbollah vowed
// revenge for the killing of its commander" threatens no commander. Nor
// is the avenger the killer: the act avenged, coded as a noun of its
// own, loses the subject it borrowed. An agent named for the killing
// ("for Israel's killing of", "for the killing ... by Israel") is left
// to the patterns.
func (s *sentence) avengedTarget(ms []Match, i int) {
	m := &ms[i]
	if s.avengedAgent(ms, i) || len(m.Target) == 0 {
		return
	}
	t := m.Target[0].Start
	if t <= m.Head || t-m.Head > 12 {
		return
	}
	for k := m.Head + 1; k+2 < t; k++ {
		if s.toks[k].Lower != "for" {
			continue
		}
		j := k + 1
		for j < t && filler(&s.toks[j]) {
			j++
		}
		switch s.toks[j].Lower {
		case "killing", "killings", "death", "deaths", "assassination", "murder", "murders", "martyrdom", "loss", "execution", "arrest", "detention", "abduction", "kidnapping":
		default:
			continue
		}
		if j+1 >= t || s.toks[j+1].Lower != "of" || s.byBefore(j+1, t) {
			// "for the killing of its general by the United States":
			// the killer the by-phrase names is whom the threat is for.
			return
		}
		m.Target = nil
		for n := range ms {
			if o := &ms[n]; n != i && o.Head == j && len(o.Source) > 0 && len(m.Source) > 0 && o.Source[0].Start == m.Source[0].Start {
				o.Source = nil
				o.Agentless = true
			}
		}
		return
	}
}

// byBefore: "by", past determiners, stands right before token t and
// after token a ("... by the United States").
func (s *sentence) byBefore(a, t int) bool {
	k := t - 1
	for k > a && s.toks[k].Tag == "DT" {
		k--
	}
	return k > a && s.toks[k].Lower == "by"
}

// revengeWords name a vowed or threatened answer to an attack.
var revengeWords = wordset.Of(
	"revenge", "retaliation", "retribution", "vengeance", "reprisal",
	"reprisals", "response", "retaliate", "avenge", "respond",
)

// avengedAgent: a threat of revenge answers an attack the sentence codes
// right after it ("after", "for", "to", "over"), and is aimed at that
// attack's agent: "Iran vows revenge after Israeli strike on Damascus
// consulate" threatens Israel, not Syria; "a crushing response to the
// US killing of Soleimani" threatens the United States. It reports
// whether it set the target.
func (s *sentence) avengedAgent(ms []Match, i int) bool {
	m := &ms[i]
	k := m.Span[0]
	for ; k < m.Span[1] && !revengeWords.Has(s.toks[k].Lemma); k++ {
	}
	if k == m.Span[1] {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		switch s.toks[j].Lower {
		case "after", "for", "to", "over":
		default:
			continue
		}
		if len(m.Target) > 0 && m.Target[0].Start < j {
			return false // "revenge against Israel for ...": named already
		}
		for n := range ms {
			o := &ms[n]
			if n == i || o.Span[0] <= j || o.Span[0] > j+6 || len(o.Source) == 0 || o.Source[0].Start == m.Source[0].Start || o.Source[0].Code == m.Source[0].Code {
				continue
			}
			if c := o.EventCode(); c[0] != '2' && (c[0] != '1' || c[1] < '8') {
				continue
			}
			m.Target = append([]actor.Phrase(nil), o.Source...)
			return true
		}
		return false
	}
	return false
}

// stateBombing: a state or its armed forces that bomb a place use air
// power (195); CAMEO's 183 is the bombing of militants and terrorists,
// with a device rather than an aircraft: "Ethiopian jets bombed Mogadishu
// airport", "Russian warplanes bombed a market", while "militants bombed
// a police station" and "a suicide bomber bombed a mosque" stay 18x.
func stateBombing(m *Match) {
	if !strings.HasPrefix(m.EventCode(), "183") || len(m.Source) == 0 {
		return
	}
	for _, ph := range m.Source {
		if ph.Country == "" || len(ph.Sectors) > 0 && !onlySectors(ph.Sectors, "MIL", "GOV") {
			return
		}
	}
	m.Code = "195"
}

// capturedPlace: a capital, city or region captured, seized or taken is
// territory occupied (192), not a party arrested or abducted (173, 181):
// "Taliban fighters captured Kabul", "Rebels seized Idlib". The actor
// stage reads such a place as its state only as an agent (a metonym),
// so the target stays that state, whose territory it is.
func capturedPlace(m *Match) {
	if c := m.EventCode(); len(m.Target) != 1 || !strings.HasPrefix(c, "173") && !strings.HasPrefix(c, "181") {
		return
	}
	ph := m.Target[0]
	if len(ph.Parts) != 1 || !ph.Parts[0].Entry.Metonym {
		return
	}
	m.Code = "192"
}

// mobAssault: a mob or crowd that attacks or beats a person or civilians
// assaults them (182, CAMEO's unconventional violence), not the military
// force of 190: "A mob attacked a Muslim man over rumours", "villagers
// beat two suspected thieves". Crowds that attack police, soldiers or
// officials are left to the patterns, as any armed or state attacker is.
func mobAssault(m *Match) {
	if m.EventCode() != "190" || len(m.Source) == 0 || len(m.Target) == 0 {
		return
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "CVL") {
			return
		}
	}
	for _, ph := range m.Target {
		if len(ph.Sectors) == 0 || ph.Sectors[0] != "CVL" && ph.Sectors[0] != "MED" && ph.Sectors[0] != "REF" && ph.Sectors[0] != "EDU" {
			return
		}
	}
	m.Code = "182"
}

// crowdArson: property burnt or looted by rioters, protesters or a mob
// is a riot (145), as "set fire to cars" is in the protest lines; the
// same burning or looting by gunmen, militias or soldiers destroys or
// seizes property (1712, 171): "Rioters torched trucks on the highway",
// "rioters looted shops" against "Gunmen torched three trucks".
func crowdArson(m *Match) {
	if c := m.EventCode(); c != "1712" && c != "171" || len(m.Source) == 0 {
		return
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "CVL") {
			return
		}
	}
	m.Code = "145"
}

// leaveBody: a state or government that withdraws or pulls out from an
// international body ends its membership, which reduces its relations
// with the body (160, as "quit the bloc" is), not the military retreat
// of 0874: "Mali, Burkina Faso and Niger withdrew from ECOWAS". Armed
// forces that leave ("troops withdrew from the UN mission's bases") and
// any place or state left keep 0874.
func leaveBody(m *Match) {
	if m.EventCode() != "0874" || len(m.Source) == 0 || len(m.Target) == 0 {
		return
	}
	for _, ph := range m.Target {
		if ph.Country != "" || !strings.HasPrefix(ph.Code, "IGO") {
			return
		}
	}
	for _, ph := range m.Source {
		if ph.Country == "" || len(ph.Sectors) > 0 && !onlySectors(ph.Sectors, "GOV") {
			return
		}
	}
	m.Code = "160"
}

// unordered reports an "ordered X to" demand (100) whose giver has
// command over X, which is then no demand but the act ordered: only an
// international body (a court, the UN, a bloc) orders a state without
// commanding it. "Putin ordered the army to withdraw" is the withdrawal;
// "the ICJ ordered Myanmar to prevent genocide" is a demand. Its head is
// dropped as an intent verb's is (the "gov" set of Resolve).
func unordered(m *Match) bool {
	if m.EventCode() != "100" || len(m.Source) == 0 || len(m.Target) == 0 {
		return false
	}
	if courtOrder(m) {
		return false
	}
	for _, ph := range m.Source {
		if ph.Country != "" || !strings.HasPrefix(ph.Code, "IGO") {
			return true
		}
	}
	for _, ph := range m.Target {
		if ph.Country == "" {
			return true // one body ordering another, or no state named
		}
	}
	return false
}

// ownTroops: troops ordered out (166) are expelled only when they are
// another state's ("Mali ordered French troops to leave"); a leader who
// orders his own or unnamed troops to withdraw pulls them back (0874):
// "Putin ordered troops to withdraw from the border".
func ownTroops(m *Match) {
	if m.EventCode() != "166" || len(m.Source) == 0 {
		return
	}
	c := m.Source[0].Country
	if c == "" {
		return
	}
	for _, ph := range m.Target {
		if ph.Country != c && ph.Country != "" {
			return
		}
		if ph.Country == "" && strings.HasPrefix(ph.Code, "IGO") {
			return // a UN mission ordered out is expelled, no state's own (C24)
		}
	}
	m.Code = "0874"
}

// expelledFromBody: "expel" names a deportation (174) only when it
// removes someone from a state's territory. A politician expelled by or
// from a party, like a state expelled from a bloc, is an organisation
// cutting its tie with a member (166: "The ANC expelled Zuma", "was
// expelled from the ruling party"). A pupil expelled from a school or an
// athlete from a team or the Games is no political event at all, and
// the match is dropped (true).
func (s *sentence) expelledFromBody(m *Match) bool {
	if c := m.EventCode(); c != "174" && c != "166" {
		return false
	}
	// The body named after "from", inside the match or a few words after.
	for k := m.Head + 1; k < len(s.toks) && k <= m.Span[1]+5; k++ {
		t := &s.toks[k]
		if t.Lower != "from" {
			if hardStop(t) || t.Lower == "," || s.clauseVerb(k) {
				break
			}
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			u := &s.toks[j]
			if memberBodies.Has(u.Lower) {
				m.Code = "166"
				// "was expelled from the ruling party": the party,
				// when the actor stage knows it, is the expeller.
				if gi := s.inGroup[j]; gi >= 0 && len(m.Source) == 0 {
					ps := s.groups[gi].Phrases
					if len(m.Target) > 0 && m.Target[0].Start == ps[0].Start {
						// Taken for the expelled: in the passive they are
						// the subject ("Two senators were expelled from
						// the ODM party").
						m.Target = s.passiveSubject(m.Head)
					}
					if m.Passive || len(m.Target) == 0 || s.toks[m.Head].Tag == "VBN" {
						m.Source = ps
					}
				}
				return false
			}
			if nonPoliticalBodies.Has(u.Lower) {
				return true
			}
			if !(u.Tag == "DT" || u.Tag == "JJ" || u.Tag == "VBG" || u.Tag == "PRP$" || u.Tag == "NNP" || u.Tag == "NN") {
				break
			}
		}
		break
	}
	// A party as the expeller: "Kenya's ruling party expelled two
	// senators" (the actor stage reads a ruling party as the government).
	if len(m.Source) > 0 && !m.Passive {
		ph := &m.Source[0]
		if slices.Contains(ph.Sectors, "PTY") || ph.End > 0 && ph.End <= len(s.toks) && memberBodies.Has(s.toks[ph.End-1].Lower) {
			m.Code = "166"
		}
	}
	return false
}

// passiveSubject: the actor phrases of the subject of the passive
// participle at h ("Two senators were expelled"), or nil.
func (s *sentence) passiveSubject(h int) []actor.Phrase {
	k := h - 1
	for k > 0 && s.toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || !finiteAux(s.toks[k].Lower) && s.toks[k].Lower != "been" {
		return nil
	}
	if s.toks[k].Lower == "been" && k > 1 && finiteAux(s.toks[k-1].Lower) {
		k--
	}
	if gi := s.inGroup[k-1]; gi >= 0 && s.groups[gi].End == k {
		return s.groups[gi].Phrases
	}
	return nil
}

// memberBodies are bodies of members, which expel members and not
// residents: parties, movements, blocs and the like.
var memberBodies = wordset.Of("party", "parties", "movement", "bloc", "caucus", "faction")

// nonPoliticalBodies expel pupils, players and believers: no event.
var nonPoliticalBodies = wordset.Of(
	"school", "schools", "university", "college", "academy", "class", "classes",
	"team", "squad", "tournament", "competition", "olympics", "games", "championship",
	"church", "monastery", "seminary", "guild", "club", "show",
)

// orderedAct: what an international body orders a state to do is asked,
// not done ("ordered Israel to allow aid into Gaza"), as under "urged".
func (s *sentence) orderedAct(ms []Match, i int) {
	o := &ms[i]
	for j := range ms {
		a := &ms[j]
		if j == i || a.Span[0] < o.Span[1] || a.Span[0] > o.Span[1]+2 {
			continue
		}
		a.Modality.Hypothetical = true
	}
}

// comeUnderFire gives "came under ... from X" its weapon's code: small
// arms 193, artillery and rockets 194. It is attack only when X bears
// arms; fire from a government, a rights group, a medium or a state
// named alone is criticism (111): "Iran came under fire from Amnesty
// International for the executions", "the plan came under fire from
// Washington".
func comeUnderFire(m *Match, toks []text.Token) {
	if m.EventCode() != "190" || len(m.Source) == 0 {
		return
	}
	// "came under fire near the Lebanese border", "off the Libyan coast":
	// the line's source slot after the place word took the place, which
	// neither fired nor criticised; the attacker is unnamed.
	if k := m.Source[0].Start - 1; k >= 0 && k < len(toks) {
		for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
			k--
		}
		if firePlacePreps.Has(toks[k].Lower) {
			m.Source = nil
		}
	}
	code := ""
	for k := m.Span[0]; k < m.Span[1]; k++ {
		switch toks[k].Lower {
		case "fire":
			if code == "" {
				code = "111"
			}
		case "gunfire", "small-arms", "sniper", "machine-gun", "rifle":
			code = "193"
		case "shelling", "bombardment", "artillery", "mortar", "mortars", "rocket", "rockets", "tank", "howitzer":
			code = "194"
		}
	}
	if code == "111" && len(m.Source) == 0 {
		code = "" // fire with no one named: an attack
	}
	if code == "111" {
		for _, ph := range m.Source {
			if armedSectors(ph.Sectors) || len(ph.Sectors) == 0 && ph.Country == "" {
				return
			}
		}
	}
	if code != "" {
		m.Code = code
	}
}

// firePlacePreps open the place, not the agent, of a "came under fire" line.
var firePlacePreps = wordset.Of("near", "outside", "along", "off", "north", "south", "east", "west", "in", "at", "inside", "across")

// forceRoot: the root codes force or its show: coercion, assault, fight,
// mass violence, military posture.
func forceRoot(r string) bool {
	return r == "15" || r == "17" || r == "18" || r == "19" || r == "20"
}

// appealVerbs ask someone else to act: "urged Israel to allow aid",
// "demanded that Russia stop bombing".
var appealVerbs = wordset.Of(
	"urge", "ask", "call", "press", "appeal", "request",
	"implore", "beg", "plead", "demand", "encourage",
	"pressure", "pressurize", "pressurise", "lobby", "exhort",
	"invite", "challenge", "insist",
	// "told Russia to withdraw", "advised Iran to accept": an instruction
	// or advice is asked of its object, not yet done. "Forced", "ordered"
	// and "persuaded X to" are left out: news uses them for what was done
	// or agreed.
	"tell", "instruct", "advise", "warn", "remind",
	// "wants Putin to attack", "would like China to resume": a wish
	// with an object asks it of that object.
	"want", "like",
)

// preventedAct: a nominal event that is the object of a verb of
// preventing ("to prevent an Israeli offensive on Rafah", "averted a
// strike") has not happened: it is hypothetical.
func (s *sentence) preventedAct(m *Match) {
	// Material acts only (06-09, 14-20; the caller tests the pattern's
	// material flag): "to prevent an offensive", "a ban on all trade
	// with South Africa".
	if m.Span[0] == 0 || !s.toks[m.Head].IsNoun() {
		return
	}
	h := m.Span[0]
	for j := h - 1; j >= 0 && j >= h-4; j-- {
		t := &s.toks[j]
		if (t.Lower == "on" || t.Lower == "to") && j > 0 && stopNouns.Has(s.toks[j-1].Lower) && s.inGroup[j-1] < 0 {
			// "considering a ban on all trade with South Africa", "an
			// end to the fighting": what is banned or ended is not done.
			m.Modality.Hypothetical = true
			return
		}
		if t.IsVerb() {
			if avertVerbs.Has(t.Lemma) && s.inGroup[j] < 0 {
				m.Modality.Hypothetical = true
			}
			return
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "CD" || t.Tag == "POS" || s.inGroup[j] >= 0) {
			return
		}
	}
}

// relativeAside: the comma at c closes a relative clause set off by
// commas (", which seized power on Monday,", ", whose re-election
// sparked riots,"): the index of its opening comma, or -1.
func (s *sentence) relativeAside(c int) int {
	for o := c - 2; o >= 1 && o >= c-14; o-- {
		t := &s.toks[o]
		if t.Lower == "," {
			switch s.toks[o+1].Lower {
			case "which", "who", "whose", "whom":
				return o
			}
			return -1
		}
		if hardStop(t) {
			return -1
		}
	}
	return -1
}

// lightInfinitive: for a nominal event whose match starts after token k,
// the "to" of a light verb's infinitive that governs it ("asked NATO to
// launch air strikes", "to carry out raids"), or k itself.
func (s *sentence) lightInfinitive(k int) int {
	j := k
	for n := 0; n < 3 && j > 1 && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "NN" || s.toks[j].Tag == "CD"); n++ {
		j-- // "air", "more", "a new": the event noun's modifiers
	}
	if s.toks[j].Lower == "out" && j > 1 {
		j-- // "carry out"
	}
	if t := &s.toks[j]; t.Tag == "VB" && s.toks[j-1].Lower == "to" {
		switch t.Lemma {
		case "launch", "carry", "conduct", "stage", "mount", "wage", "unleash", "intensify", "resume", "step":
			return j - 1
		}
	}
	return k
}

// askedOfAddressee: a verbal act (01-13) in the infinitive after an
// appeal verb and its addressee, with the addressee as its source, is
// asked, not done ("urged the Saudi authorities to reveal what had
// happened"). One whose source is the caller stays the caller's own
// ("called on Arabs to mobilize against Sharon"). k is the token
// before the match.
func (s *sentence) askedOfAddressee(m *Match, k int) {
	if k < 2 || s.toks[k].Lower != "to" || len(m.Source) == 0 {
		return
	}
	v := k - 1
	for v > 0 && (timeWord(s.toks[v].Lower) || s.toks[v].Lower == "on") {
		v--
	}
	if t := &s.toks[v]; t.Lemma == "threaten" && t.IsVerb() {
		// "threatened on Sunday to impeach the president": what a
		// threat names is not done.
		m.Modality.Hypothetical = true
		return
	}
	gi := s.inGroup[k-1]
	if gi < 0 || s.groups[gi].End != k || m.Source[0].Start != s.groups[gi].Start {
		return
	}
	j := s.groups[gi].Start - 1
	for j > 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "PRP$") {
		j--
	}
	if j >= 0 && s.toks[j].IsVerb() && appealVerbs.Has(s.toks[j].Lemma) {
		m.Modality.Hypothetical = true
	}
}

// adjectivalBefore: a tag before a participle that makes it an adjective
// in a noun phrase ("the country's warring generals", "its ruling party").
func adjectivalBefore(tag string) bool {
	switch tag {
	case "DT", "POS", "PRP$", "JJ", "CD":
		return true
	}
	return false
}

// planNouns name a text or plan whose infinitive proposes an act not yet
// done: "a bill to grant autonomy", "a plan to annex the valley".
var planNouns = wordset.Of("bill", "bills", "plan", "plans", "proposal", "proposals", "motion", "draft")

// stopNouns name a measure that stops what follows "on" or "to".
var stopNouns = wordset.Of("ban", "bans", "embargo", "moratorium", "freeze", "halt", "end", "curbs", "restrictions", "limits", "cap")

// avertVerbs keep their object from happening.
var avertVerbs = wordset.Of("prevent", "avert", "forestall", "deter", "thwart", "foil", "preempt", "pre-empt")

// appealNouns name an appeal or demand whose infinitive is asked of
// someone: "pressure on Syria to allow aid", "calls for Iran to halt".
var appealNouns = wordset.Of(
	"pressure", "call", "calls", "appeal", "appeals",
	"demand", "demands", "request", "requests", "plea", "pleas",
	// "an ultimatum to Kyiv to withdraw", "a deadline for Hamas to
	// disarm": what an ultimatum demands is not yet done.
	"ultimatum", "ultimatums", "deadline", "deadlines",
)

// requested marks an action that an appeal or demand asks of someone as
// hypothetical: the appeal is the event, the action is not (yet) one.
// "urged Israel to allow aid" codes the appeal, not Israel allowing aid.
func (s *sentence) requested(m *Match) {
	switch m.Pattern.Root() {
	case "01", "02", "10", "11", "12", "13":
		// Verbal acts asked of others ("called on Arabs to mobilize
		// against Sharon") are the caller's own rallying or appeal;
		// only one whose source is the addressee is merely asked
		// ("urged the Saudi authorities to reveal what happened").
		if h := m.Span[0]; h >= 3 && s.toks[h-1].Lower == "to" {
			s.askedOfAddressee(m, h-1)
		}
		return
	}
	h := m.Span[0]
	if m.Head > h && s.toks[m.Head].Tag == "VB" && s.toks[m.Head-1].Lower == "to" {
		// A pattern whose first word comes before its verb ("union ...
		// ^suspend") can start at the addressee: "urged the African
		// Union to suspend Niger" asks the suspension of the Union.
		h = m.Head
	}
	k := h - 1
	for k >= 0 && (s.toks[k].Tag == "RB" || s.toks[k].Lower == "not") {
		k--
	}
	if k >= 3 && m.Pattern.conflict && s.toks[h].IsNoun() {
		k = s.lightInfinitive(k) // material conflict: "to launch air strikes"
	}
	if k >= 2 && s.toks[k].Lower == "and" && (s.toks[h].Tag == "VB" || s.toks[h].Tag == "NN" && h == m.Head) {
		// "calls to resign and amend the constitution": a bare verb
		// joined to an infinitive is asked as that one is, also when
		// the tagger reads it as a noun ("to step down and hand/NN
		// power to a caretaker government").
		k = s.infinitiveBefore(k)
	}
	if k >= 2 && s.toks[k].Lower == "to" && (appealNouns.Has(s.toks[k-1].Lower) || planNouns.Has(s.toks[k-1].Lower)) && s.inGroup[k-1] < 0 {
		// "its call to end the war", "a bill to grant autonomy to the
		// central bank": what the noun asks or proposes right after it
		// is not done. (Not "an invitation to visit": news coders code
		// the visit or meeting an invitation names, taken up or not;
		// marking it hypothetical cost a PLOVER dyad.)
		m.Modality.Hypothetical = true
	}
	if k >= 2 && s.toks[k].Lower == "to" {
		j0, lim := k-2, k-10
		if s.toks[k-1].Lower == "," {
			if o := s.relativeAside(k - 1); o >= 0 {
				// "urged the military, which seized power on Monday,
				// to free Suu Kyi": the aside right before "to" is
				// skipped.
				j0, lim = o-1, lim-(k-1-o)
			}
		}
		for j := j0; j >= 0 && j >= lim; j-- {
			t := &s.toks[j]
			if hardStop(t) || t.Lower == "," {
				break
			}
			if (t.Tag == "VBG" || t.Tag == "VBN") && j > 0 && j+1 < len(s.toks) && s.toks[j+1].IsNoun() && adjectivalBefore(s.toks[j-1].Tag) {
				continue // "urging the country's warring generals to lay down their arms"
			}
			if t.IsVerb() && s.inGroup[j] < 0 {
				if appealVerbs.Has(t.Lemma) || t.Lemma == "threaten" || t.Tag == "VBN" && j > 0 && s.toks[j-1].IsNoun() && appealNouns.Has(s.toks[j-1].Lower) {
					// (Or "a deadline set by the army to disarm"; and what
					// a threat names is not done: "threatened to impeach
					// the president if he did not resign".)
					m.Modality.Hypothetical = true
				}
				if t.Tag == "VB" && j > 0 && s.toks[j-1].Lower == "to" {
					// "offered to mediate between Israel and Hamas to
					// reach a truce": the purpose of an act still to come
					// has not happened either.
					m.Modality.Hypothetical = true
				}
				break
			}
			if appealNouns.Has(t.Lower) && s.inGroup[j] < 0 {
				// "faces pressure from Congress to help Iran", "calls
				// for Israel to withdraw": asked of someone, not done.
				m.Modality.Hypothetical = true
				break
			}
		}
	}
	for j, lim := h-1, h-8; j >= 1 && j >= lim; j-- {
		t := &s.toks[j]
		if t.Lower == "," {
			if j == h-1 {
				if o := s.relativeAside(j); o >= 0 {
					// "demanded that President Kibaki, whose
					// re-election sparked riots, step down": only an
					// aside right before the act is skipped.
					lim -= j - o
					j = o
					continue
				}
			}
			break
		}
		if hardStop(t) {
			break
		}
		if t.Lower == "that" {
			v := j - 1
			for v > 1 && (timeWord(s.toks[v].Lower) || s.toks[v].Lower == "on") {
				v-- // "demanded on Thursday that the army hand power"
			}
			if gi := s.inGroup[v]; gi >= 0 && s.groups[gi].End == v+1 {
				// "demanded of Sweden that it extradite", "asked from
				// Israel that": the addressee before "that".
				if o := s.groups[gi].Start - 1; o > 1 && (s.toks[o].Lower == "of" || s.toks[o].Lower == "from") {
					v = o - 1
				}
			}
			if p := &s.toks[v]; p.IsVerb() && appealVerbs.Has(p.Lemma) {
				m.Modality.Hypothetical = true
			}
			// "the demand by Serbia that Kosovo disband its army", "its
			// call today that Israel withdraw": an appeal noun, its
			// agent or a bare day between.
			for q := j - 1; q >= 0 && q >= j-5; q-- {
				u := &s.toks[q]
				if appealNouns.Has(u.Lower) && s.inGroup[q] < 0 {
					m.Modality.Hypothetical = true
					break
				}
				if !(s.inGroup[q] >= 0 || u.Lower == "by" || u.Lower == "from" || filler(u)) {
					break
				}
			}
			break
		}
	}
}

// threatWords govern an infinitive of force that is announced, not done.
var threatWords = wordset.Of(
	"threaten", "vow", "plan", "intend", "want", "pledge",
	"promise", "swear", "warn", "prepare", "ready", "determined", "determine",
)

// threatCode maps coercion and violence to the CAMEO 13 threat for it.
func threatCode(c string) string {
	switch {
	case strings.HasPrefix(c, "191"):
		return "1381"
	case strings.HasPrefix(c, "192"):
		return "1382"
	case strings.HasPrefix(c, "204"):
		// Weapons of mass destruction threatened: "threatened to use
		// nuclear weapons" (CAMEO's own code for it).
		return "1385"
	case strings.HasPrefix(c, "20"):
		return "1383"
	case strings.HasPrefix(c, "18"), strings.HasPrefix(c, "19"):
		return "1384"
	case strings.HasPrefix(c, "172"):
		// Administrative sanctions threatened mirror 172x one for one:
		// "will impose a curfew" → 1323.
		return "132" + c[3:]
	case strings.HasPrefix(c, "17"):
		return "137"
	case strings.HasPrefix(c, "162"):
		return "1311"
	case strings.HasPrefix(c, "163"):
		return "1312"
	case strings.HasPrefix(c, "164"):
		return "134"
	case strings.HasPrefix(c, "165"):
		return "135"
	case strings.HasPrefix(c, "166"):
		return "136"
	case strings.HasPrefix(c, "16"):
		return "1313"
	case strings.HasPrefix(c, "14"):
		return "133"
	}
	return ""
}

// rejectCode maps a refused cooperative code to the CAMEO 12 rejection.
func rejectCode(c string) string {
	switch {
	case strings.HasPrefix(c, "0311"), strings.HasPrefix(c, "061"):
		return "1211"
	case strings.HasPrefix(c, "0312"), strings.HasPrefix(c, "062"):
		return "1212"
	// Withholding aid of a named kind is CAMEO's rejection of a request
	// for that aid: cameo.tsv pairs 0331-0334 and 071-074 (economic,
	// military, humanitarian, protection) with 1221-1224, and "refused to
	// send tanks" as a verb already codes 1222. Unspecified help (070,
	// 033: "would not provide support") stays 121 as in the codebook's
	// own example; asylum (075) has no 122 subcode.
	case strings.HasPrefix(c, "0331"), strings.HasPrefix(c, "071"):
		return "1221"
	case strings.HasPrefix(c, "0332"), strings.HasPrefix(c, "072"):
		return "1222"
	case strings.HasPrefix(c, "0333"), strings.HasPrefix(c, "073"):
		return "1223"
	case strings.HasPrefix(c, "0334"), strings.HasPrefix(c, "074"):
		return "1224"
	case strings.HasPrefix(c, "031"), strings.HasPrefix(c, "06"), strings.HasPrefix(c, "033"), strings.HasPrefix(c, "07"):
		return "121"
	case strings.HasPrefix(c, "0351"), strings.HasPrefix(c, "081"):
		return "1241"
	case strings.HasPrefix(c, "0352"), strings.HasPrefix(c, "082"):
		return "1242"
	case strings.HasPrefix(c, "0353"), strings.HasPrefix(c, "084"):
		return "1243"
	case strings.HasPrefix(c, "0354"), strings.HasPrefix(c, "085"):
		return "1244"
	case strings.HasPrefix(c, "0355"), strings.HasPrefix(c, "086"):
		return "1245"
	case strings.HasPrefix(c, "0356"), strings.HasPrefix(c, "087"):
		return "1246"
	case strings.HasPrefix(c, "035"), strings.HasPrefix(c, "08"):
		return "124"
	case strings.HasPrefix(c, "036"), strings.HasPrefix(c, "04"):
		return "125"
	case strings.HasPrefix(c, "038"), strings.HasPrefix(c, "039"):
		return "126"
	case strings.HasPrefix(c, "037"), strings.HasPrefix(c, "057"):
		return "127"
	case strings.HasPrefix(c, "03"), strings.HasPrefix(c, "05"):
		return "120"
	}
	return ""
}

func intentCode(c string) string {
	switch {
	case c == "045" || c == "0451":
		return "039"
	case strings.HasPrefix(c, "04"):
		return "036"
	case strings.HasPrefix(c, "05"):
		return "032"
	case strings.HasPrefix(c, "061"):
		return "0311"
	case strings.HasPrefix(c, "062"):
		return "0312"
	case strings.HasPrefix(c, "063"):
		return "0313"
	case strings.HasPrefix(c, "064"):
		return "0314"
	case strings.HasPrefix(c, "06"):
		return "031"
	case strings.HasPrefix(c, "071"):
		return "0331"
	case strings.HasPrefix(c, "072"):
		return "0332"
	case strings.HasPrefix(c, "073"):
		return "0333"
	case strings.HasPrefix(c, "074"):
		return "0334"
	case strings.HasPrefix(c, "07"):
		return "033"
	case strings.HasPrefix(c, "0831"):
		return "0341"
	case strings.HasPrefix(c, "0832"):
		return "0342"
	case strings.HasPrefix(c, "0833"):
		return "0343"
	case strings.HasPrefix(c, "0834"):
		return "0344"
	case strings.HasPrefix(c, "083"):
		return "034"
	case strings.HasPrefix(c, "081"):
		return "0351"
	case strings.HasPrefix(c, "082"):
		return "0352"
	case strings.HasPrefix(c, "084"):
		return "0353"
	case strings.HasPrefix(c, "085"):
		return "0354"
	case strings.HasPrefix(c, "086"):
		return "0355"
	case strings.HasPrefix(c, "087"):
		return "0356"
	case strings.HasPrefix(c, "08"):
		return "035"
	}
	return ""
}

// leftWhat reads what a withdrawal leaves, and reports whether it
// recoded or dropped the match. A contest ("withdrew from the race",
// "pulled out of the presidential election") is a candidate's or a
// player's choice and no event: the match governs itself, so Resolve
// drops it as it drops an intent verb's own event. Talks named only after
// a time word ("withdrew from the town after talks with elders") are the
// withdrawal's occasion, not what it leaves: a state or an armed force
// withdraws from a place (0874) and the talkers are no target; anyone
// else leaving a place after talks does nothing CAMEO codes.
func (s *sentence) leftWhat(m *Match) bool {
	h := m.Head
	switch s.toks[h].Lemma {
	case "withdraw", "pull", "quit", "exit":
	default:
		return false
	}
	if m.Pattern.Code == "0874" {
		for k := h + 1; k < len(s.toks) && k <= h+6; k++ {
			t := &s.toks[k]
			if contestNoun(t.Lower) && (t.Lower != "campaign" || electoralWord(s.toks[k-1].Lower)) {
				m.Governor = h
				return true
			}
			if t.Lower != "out" && t.Lower != "of" && t.Lower != "from" && t.Tag != "NNP" && !filler(t) {
				return false
			}
		}
		return false
	}
	for k := h + 1; k < m.Span[1] && k < len(s.toks); k++ {
		switch s.toks[k].Lower {
		case "after", "following", "amid", "before", "during", "despite", "since":
		default:
			continue
		}
		for _, ph := range m.Source {
			if len(ph.Sectors) > 0 && !armedSectors(ph.Sectors) {
				m.Governor = h
				return true
			}
		}
		m.Code, m.Target = "0874", nil
		return true
	}
	return false
}

// electoralWord: a campaign is a contest only when it is for votes ("the
// presidential campaign"); a military or air campaign is an operation a
// state withdraws from (0874).
func electoralWord(w string) bool {
	switch w {
	case "presidential", "election", "electoral", "re-election", "reelection", "leadership",
		"mayoral", "parliamentary", "senate", "gubernatorial", "primary", "referendum":
		return true
	}
	return false
}

// contestNoun: what candidates and players enter and leave.
func contestNoun(w string) bool {
	switch w {
	case "race", "election", "elections", "contest", "primary", "primaries", "runoff", "run-off",
		"ballot", "poll", "polls", "campaign", "candidacy", "nomination", "running",
		"tournament", "competition", "championship", "championships", "olympics", "games", "cup", "marathon":
		return true
	}
	return false
}

// sufferedThreat: "would pay a heavy price" and "would face the
// consequences" name the party threatened, not the one who threatens: in
// "Iran said Israel would pay a heavy price" or "Israel vowed that Hamas
// would pay" the speaker threatens the modal's subject, and in
// "Pyongyang warned Seoul that it would pay" the party warned. The
// speaking verb governs the threat, so its own statement, vow or warning
// is not coded a second time. It reports whether it recoded the match.
func (s *sentence) sufferedThreat(m *Match) bool {
	k := m.Head - 1
	for k >= 0 && s.toks[k].Tag == "RB" && s.toks[k].Lower != "not" && s.toks[k].Lower != "never" {
		k--
	}
	if k < 0 || s.toks[k].Tag != "MD" {
		return false
	}
	k--
	sufferer := -1
	if k >= 0 && s.inGroup[k] >= 0 {
		sufferer = s.inGroup[k]
		k = s.groups[sufferer].Start - 1
		if k >= 0 && s.toks[k].Lower == "the" {
			// "said the Taliban would pay a price": the article is
			// the sufferer's, not a word between it and the speaking.
			k--
		}
	} else if k >= 0 && s.toks[k].Tag == "PRP" {
		k--
	} else {
		return false
	}
	if k >= 0 && s.toks[k].Lower == "that" {
		k--
	}
	warned := -1
	if k >= 0 && s.inGroup[k] >= 0 {
		warned = s.inGroup[k]
		k = s.groups[warned].Start - 1
	}
	if k < 1 || !s.toks[k].IsVerb() || !vowVerbs.Has(s.toks[k].Lemma) && !reportingVerbs.Has(s.toks[k].Lemma) {
		return false
	}
	v := k
	k--
	for k >= 0 && s.toks[k].Tag == "RB" {
		k--
	}
	if k < 0 || s.inGroup[k] < 0 {
		return false
	}
	speaker := s.inGroup[k]
	switch {
	case warned >= 0:
		m.Target = append([]actor.Phrase(nil), s.groups[warned].Phrases...)
	case sufferer >= 0:
		m.Target = append([]actor.Phrase(nil), s.groups[sufferer].Phrases...)
	default:
		return false
	}
	m.Source = append([]actor.Phrase(nil), s.groups[speaker].Phrases...)
	m.Modality.Future, m.Modality.Hypothetical = false, false
	m.Governor = v
	return true
}

// particle: an adverb particle that may head a phrasal verb's pattern.
func particle(w string) bool {
	switch w {
	case "down", "off", "out", "back", "up":
		return true
	}
	return false
}

// askedNoun: a noun whose infinitive names an act asked for or offered,
// not one done ("a request to open", "calls to release", "an offer to
// mediate"). An invitation is left out: the pipeline reads the meeting
// it invites to for the sides of the invitation's rejection.
func askedNoun(w string) bool {
	switch w {
	case "request", "requests", "demand", "demands", "call", "calls", "appeal", "appeals",
		"offer", "offers", "pressure":
		return true
	}
	return false
}

// rejectedText: a call, demand or condemnation made by a text that the
// clause's subject vetoes, rejects or blocks is not the subject's own:
// "vetoed a resolution calling for a ceasefire" is no appeal by the
// vetoing state, and the text, not adopted, made none either. So is any
// act the text would have done: "vetoed a resolution extending sanctions
// on North Korea" extends nothing, "blocked a bill banning the party"
// bans no one. The participle's match governs itself, so Resolve drops
// it.
func (s *sentence) rejectedText(m *Match) bool {
	h := m.Head
	if h < 2 || !textNoun(s.toks[h-1].Lower) {
		return false
	}
	for k := h - 2; k >= 0 && k >= h-6; k-- {
		if t := &s.toks[k]; t.IsVerb() {
			switch t.Lemma {
			case "veto", "reject", "block", "oppose", "defeat", "scuttle", "torpedo":
				m.Governor = h
				return true
			}
			return false
		}
	}
	return false
}

// textNoun: a text put to a vote or a signature.
func textNoun(w string) bool {
	switch w {
	case "resolution", "resolutions", "draft", "text", "motion", "bill", "statement", "declaration", "proposal":
		return true
	}
	return false
}

// deadlineAct: the infinitive at k+1 is what a deadline given or set asks
// for ("gave the junta one week to reinstate the president", "gave the
// troops until noon to surrender"), not an act done: "give" or "set" and
// a span of time or "until" stand within six tokens before its "to".
func (s *sentence) deadlineAct(k int) bool {
	span := false
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := &s.toks[j]
		switch {
		case t.Lower == "until" || deadlineSpan(t.Lower):
			span = true
		case span && t.IsVerb() && (t.Lemma == "give" || t.Lemma == "set" || t.Lemma == "grant"):
			return true
		}
	}
	return false
}

// deadlineSpan: a span of time a deadline grants.
func deadlineSpan(w string) bool {
	switch w {
	case "hours", "hour", "days", "day", "week", "weeks", "month", "months", "deadline":
		return true
	}
	return false
}

// handedTask: what is handed or transferred to the police or the
// authorities is a person delivered to their justice (063) only when it
// is no task, power or case: "handed the investigation to federal
// police", "handed control of the city to local authorities" deliver no
// one. Evidence and files handed over stay judicial cooperation. The
// match governs itself, so Resolve drops it.
func (s *sentence) handedTask(m *Match) bool {
	h := m.Head
	if l := s.toks[h].Lemma; l != "hand" && l != "transfer" {
		return false
	}
	for k := h + 1; k < m.Span[1] && k < len(s.toks); k++ {
		switch s.toks[k].Lower {
		case "investigation", "inquiry", "probe", "case", "cases", "responsibility", "responsibilities",
			"control", "keys", "key", "security", "power", "powers", "task", "duties", "command",
			"authority", "jurisdiction", "matter", "operation", "operations", "management",
			// money and papers handed over deliver no one either ("transferred
			// 50 million dollars to Lebanese authorities", "handed a letter
			// to police")
			"dollars", "euros", "funds", "money", "cash", "letter", "letters",
			"petition", "petitions", "memorandum":
			m.Governor = h
			return true
		}
	}
	return false
}

// placeInPhrase: the place that "fell to" a force must head the subject;
// inside a prepositional phrase ("Responsibility for the port fell to the
// navy", "Votes in the capital fell to the ruling party") it is not what
// fell. The match governs itself, so Resolve drops it.
func (s *sentence) placeInPhrase(m *Match) bool {
	k := m.Span[0] - 1
	for k >= 0 && filler(&s.toks[k]) {
		k--
	}
	if k >= 0 && (s.toks[k].Tag == "IN" || s.toks[k].Tag == "TO") {
		m.Governor = m.Head
		return true
	}
	return false
}

// ownEnvoy: a state that summons its own ambassadors complains to no
// one: recalled "home" or "for consultations" it is 161 (its own line);
// gathered for a conference it is no event. The match governs itself,
// so Resolve drops it.
func (s *sentence) ownEnvoy(m *Match) bool {
	for k := m.Head + 1; k < m.Span[1] && k < len(s.toks); k++ {
		switch s.toks[k].Lower {
		case "its", "their", "our", "his", "her":
			m.Governor = m.Head
			return true
		}
	}
	return false
}
