package pipeline

import (
	"strings"
	"testing"
)

// TestS12ActorsRelations: people named by their relation to a person or
// a government. An aide's "to", an ally's or critic's "of" and a
// possessive before "critics" say whose side the people are on, and the
// person or government they name is no party of its own.
func TestS12ActorsRelations(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "aide to a titled person", text: "A senior aide to President Biden met Saudi officials in Riyadh.", code: "040", src: "USAGOV", tgt: "SAUGOV"},
		{why: "adviser to a titled person", text: "An adviser to Prime Minister Netanyahu accused Hamas of stalling the talks.", code: "11", src: "ISRGOV", tgt: "PSE"},
		{why: "critics of a government metonym", text: "Critics of the Kremlin accused Putin of silencing dissent.", code: "11", src: "RUSOPP", tgt: "RUSGOV"},
		{why: "critic of a titled leader", text: "Police arrested a prominent critic of President Museveni in Kampala.", code: "173", src: "UGACOP", tgt: "UGAOPP"},
		{why: "opponents of a named government", text: "Opponents of the Iranian government accused Tehran of torture.", code: "11", src: "IRNOPP", tgt: "IRN"},
		{why: "possessive critics", text: "Erdogan's critics accused the government of silencing the press.", code: "11", src: "TUROPP", tgt: "TURGOV"},
		{why: "allies of a title", text: "Allies of the prime minister accused the opposition of sabotage in Islamabad.", code: "11", src: "PAKGOV", tgt: "PAKOPP"},
		{why: "ally of a title, passive", text: "A key ally of the president was arrested in Tunis.", code: "173", src: "-", tgt: "TUNGOV"},
		{why: "associate of an opposition leader", text: "Police detained a close associate of the opposition leader in Dhaka.", code: "173", src: "BGDCOP", tgt: "BGDOPP"},
	}
	checkRootCases(t, p, cases)
}

// TestS12ActorsRelationsMustNot: the same nouns where they follow no
// one, or where what follows is a state, not a person or government.
func TestS12ActorsRelationsMustNot(t *testing.T) {
	p := newTestPipeline(t)
	rows := []struct{ why, text, code, notSide string }{
		{"critics of a plan name no government", "Critics of the plan accused the government of ignoring farmers.", "11", "*GOV>"},
		{"allies of a state are states", "Allies of Russia accused the West of escalating the conflict.", "11", "RUS>"},
		{"a state's own critics are not its opposition", "Russia's critics accused Moscow of war crimes.", "11", "RUSOPP>"},
		{"an adviser with his own country keeps it", "US advisers to the Afghan army met Taliban negotiators.", "04", "AFGMIL>"},
		{"the person the critics oppose is no agent", "Critics of President Erdogan were detained in Istanbul.", "17", ">TURGOV"},
	}
	for _, r := range rows {
		for _, e := range codeText(t, p, "2024-05-01", r.text) {
			if !strings.HasPrefix(e.CAMEO, r.code) {
				continue
			}
			dyad := actorCodes(e.Source) + ">" + actorCodes(e.Target)
			if s12SideMatch(dyad, r.notSide) {
				t.Errorf("%s: %q coded %s %s", r.why, r.text, e.CAMEO, dyad)
			}
		}
	}
}

// s12SideMatch reports whether a "SRC>TGT" dyad has the unwanted pattern:
// "X>" a source starting with X, ">Y" a target starting with Y, "X>Y"
// both.
func s12SideMatch(dyad, not string) bool {
	ns, nt, _ := strings.Cut(not, ">")
	ds, dt, _ := strings.Cut(dyad, ">")
	okS := ns == "" || s12HasCode(ds, ns)
	okT := nt == "" || s12HasCode(dt, nt)
	return okS && okT
}

// s12HasCode reports whether a comma-joined code list has a code that
// starts with want, or, for "*XXX", one whose sectors include XXX.
func s12HasCode(list, want string) bool {
	for _, c := range strings.Split(list, ",") {
		if sec, ok := strings.CutPrefix(want, "*"); ok {
			if len(c) > 3 && strings.Contains(c[3:], sec) {
				return true
			}
		} else if strings.HasPrefix(c, want) {
			return true
		}
	}
	return false
}

// TestS12ActorsPersons: named persons with no title in the sentence. A
// minister named by surname alone resolves to the state and office he
// held on the story's date, and a leader's "men" are his side, not
// private civilians.
func TestS12ActorsPersons(t *testing.T) {
	p := newTestPipeline(t)
	rows := []struct{ date, text, code, src, tgt string }{
		{"2006-05-01", "Hrytsenko met NATO officials in Brussels.", "040", "UKRGOVMIL", "IGOWSTNAT"},
		{"2016-01-10", "Dehghan accused Saudi Arabia of aggression in Yemen.", "11", "IRNGOVMIL", "SAU"},
		{"2008-03-01", "Wardak met US commanders in Kabul.", "040", "AFGGOVMIL", "USAMIL"},
		{"2020-10-01", "Tonoyan accused Azerbaijan of shelling villages.", "11", "ARMGOVMIL", "AZE"},
		{"2021-02-01", "Defence Minister Juma Inad met the US ambassador in Baghdad.", "040", "IRQGOVMIL", "USAGOV"},
		{"2013-06-01", "Nalbandian met his Azerbaijani counterpart in Vienna.", "044", "ARMGOV", "AZEGOV"}, // 044: a third state's venue (thirdPlace, session 36)
		{"2023-05-15", "Sinwar's men attacked Israeli positions near Gaza.", "19", "PSEREB", "ISR"},
		{"2011-03-15", "Gaddafi's men shelled rebel positions in Misrata.", "19", "LBYGOV", "LBYREB"},
		// Out of office, the same surname is an elite, not the ministry.
		{"2022-06-01", "Hrytsenko accused the government of incompetence.", "11", "UKRELI", "UKRGOV"},
	}
	for _, r := range rows {
		evs := codeText(t, p, r.date, r.text)
		ok := false
		for _, e := range evs {
			if (e.CAMEO == r.code || len(r.code) == 2 && e.CAMEORoot == r.code) && !e.Modality.Negated &&
				s12HasCode(actorCodes(e.Source), r.src) && s12HasCode(actorCodes(e.Target), r.tgt) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: want %s %s>%s, got %s", r.date, r.text, r.code, r.src, r.tgt, describe(evs))
		}
	}
	// Plain men stay civilians.
	for _, e := range codeText(t, p, "2023-05-15", "Police arrested three men in Homs.") {
		if s12HasCode(actorCodes(e.Target), "*GOV") || s12HasCode(actorCodes(e.Target), "*REB") {
			t.Errorf("three men: target %s, want civilians", actorCodes(e.Target))
		}
	}
}

// TestS12ActorsClauseSubject: a capital after ", and" or ", but" and
// before a finite verb opens its own clause and is its subject, whatever
// place the clause before it ended on; in a list of places it stays a
// place. A title of no state office ("opposition leader") describes a
// person now, after his dictionary terms.
func TestS12ActorsClauseSubject(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "capital after ', and' before a verb", text: "Chinese ships blocked a Philippine supply boat near Second Thomas Shoal, and Manila summoned the Chinese ambassador.", code: "11", src: "PHL", tgt: "CHN"},
		{why: "capital after ', and' after a place", text: "Russian jets struck targets near Kharkiv, and Kyiv accused Moscow of war crimes.", code: "11", src: "UKR", tgt: "RUS"},
		{why: "capital after ', but'", text: "Fighting raged around Khartoum, but Washington urged both sides to return to talks.", code: "02", src: "USA", tgt: "-"},
		{why: "opposition title after the dictionary's terms", text: "Venezuelan prosecutors charged opposition leader Juan Guaido with treason.", code: "17", src: "VEN", tgt: "VENOPP"},
	}
	checkRootCases(t, p, cases)
	rows := []struct{ why, text, code, notSide string }{
		{"a list of places stays places", "Protesters marched in Paris, London, and Berlin on Saturday.", "14", "DEU>"},
		{"a list of places stays places", "Protesters marched in Paris, London, and Berlin on Saturday.", "14", ">DEU"},
		{"'former' keeps the elite", "Police questioned former opposition leader Juan Guaido in Madrid.", "", ">VENOPP"},
	}
	for _, r := range rows {
		for _, e := range codeText(t, p, "2024-05-01", r.text) {
			if !strings.HasPrefix(e.CAMEO, r.code) {
				continue
			}
			dyad := actorCodes(e.Source) + ">" + actorCodes(e.Target)
			if s12SideMatch(dyad, r.notSide) {
				t.Errorf("%s: %q coded %s %s", r.why, r.text, e.CAMEO, dyad)
			}
		}
	}
}

// TestS12ActorsOustedAndOpponents: one removed from office ("the ousted
// president") is an elite, not the government, and so is the side of his
// loyalists; opponents and critics of a junta or regime are its state's
// opposition.
func TestS12ActorsOustedAndOpponents(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "deposed president", text: "Soldiers arrested the deposed president in Niamey.", code: "173", src: "NER", tgt: "NERELI"},
		{why: "loyalists of the ousted president", text: "Loyalists of the ousted president attacked a military base in Niamey.", code: "19", src: "NERELI", tgt: "NER"},
		{why: "opponents of the junta", text: "Opponents of the junta accused the army of killing civilians in Myanmar.", code: "11", src: "MMROPP", tgt: "MMRMIL"},
		{why: "junta critics", text: "Junta critics were detained in Bamako.", code: "173", src: "-", tgt: "MLIOPP"},
	})
	// The verb "ousted" removes a sitting president: he is still GOV.
	for _, s := range []string{"Troops ousted the president in a coup in Niamey.", "Soldiers toppled Niger's president in a coup."} {
		for _, e := range codeText(t, p, "2024-05-01", s) {
			if s12HasCode(actorCodes(e.Target), "NERELI") {
				t.Errorf("%q: ousted as a verb: target %s, want the government", s, actorCodes(e.Target))
			}
		}
	}
}

// TestS12ActorsTitledObject: an unknown name after a capitalised title
// in object position is the titled person, so the verb's object is the
// office holder, not the place; a title-case headline's verb is no name.
func TestS12ActorsTitledObject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "killed a titled official", text: "Gunmen killed Deputy Governor Abdi Farah in Kismayo.", code: "18", src: "-", tgt: "SOMGOV"},
		{why: "arrested a titled minister", text: "Police arrested Foreign Minister Ahmed Salem in Khartoum.", code: "173", src: "SDNCOP", tgt: "SDNGOV"},
	})
	for _, s := range []string{"Army Chief Visits Front Lines", "Navy Commander Meets Pakistani Delegation"} {
		for _, e := range codeText(t, p, "2024-05-01", s) {
			if e.CAMEORoot == "18" || e.CAMEORoot == "17" {
				t.Errorf("headline %q coded %s", s, e.CAMEO)
			}
		}
	}
}

// TestS12ActorsStaffOfBodies: heads and staff named by the body they
// serve ("the director of the CIA", "an official at the Turkish
// presidency") are the body's; a state's adjective before a place
// ("officials in the Syrian capital") leaves the place to the event.
func TestS12ActorsStaffOfBodies(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "director of a named agency", text: "The director of the CIA met Qatari officials in Doha.", code: "040", src: "USASPY", tgt: "QATGOV"},
		{why: "head of a presidential office", text: "The head of the Ukrainian presidential office accused Moscow of blackmail.", code: "11", src: "UKRGOV", tgt: "RUS"},
		{why: "official at a presidency", text: "An official at the Turkish presidency accused Greece of provocation.", code: "11", src: "TURGOV", tgt: "GRC"},
		{why: "spokesman with a ministry", text: "A spokesman with the Afghan interior ministry accused Pakistan of shelling border villages.", code: "11", src: "AFGGOV", tgt: "PAK"},
	})
	for _, e := range codeText(t, p, "2024-05-01", "Officials in the Syrian capital accused Israel of striking an airport.") {
		if e.Location == nil || e.Location.Name != "Damascus" {
			t.Errorf("officials in the Syrian capital: location %v, want Damascus", e.Location)
		}
	}
	for _, e := range codeText(t, p, "2024-05-01", "The soldier was shot in the head.") {
		for _, a := range append(e.Source, e.Target...) {
			if a.Text == "head" {
				t.Errorf("shot in the head: 'head' is an actor (%s)", a.Code)
			}
		}
	}
}

// TestS12ActorsStateNamedBody: a named body whose name ends in "State"
// keeps its name before "of" ("accused Islamic State of executing
// civilians"); a province's "state of emergency" is still no actor.
func TestS12ActorsStateNamedBody(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "Islamic State before 'of'", text: "The governor accused Islamic State of executing civilians.", code: "11", src: "-", tgt: "IMG"},
		{why: "Islamic State before 'of'", text: "Iraq accused Islamic State of war crimes.", code: "11", src: "IRQ", tgt: "IMG"},
	})
	for _, e := range codeText(t, p, "2024-05-01", "Niger state of emergency was extended.") {
		t.Errorf("a state of emergency is no actor: coded %s %s>%s", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
	}
}

// TestS12ActorsAppositivePerson: a named person in apposition to a role
// takes the role's country also after "to", with an Arabic surname the
// tagger calls a noun, and when a relative clause follows the role.
func TestS12ActorsAppositivePerson(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "asylum to a named woman", text: "Canada granted asylum to Rahaf Mohammed al-Qunun, an 18-year-old Saudi woman who fled her family while travelling in Kuwait.", code: "075", src: "CAN", tgt: "SAU"},
		{why: "arrest of a named refugee", text: "Police arrested Ahmed al-Masri, a Syrian refugee who lived in Berlin.", code: "173", src: "-", tgt: "SYR"},
	})
	// A place's appositive names no person.
	for _, e := range codeText(t, p, "2024-05-01", "The minister flew to Port Harcourt, the state capital, on Monday.") {
		for _, a := range e.Target {
			if strings.HasSuffix(a.Code, "CVL") {
				t.Errorf("a place's appositive: target %s", a.Code)
			}
		}
	}
}
