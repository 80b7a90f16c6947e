package pipeline

import "testing"

// TestRecallActors covers actor phrases news writes every day, through
// the whole pipeline: collective and quantity heads ("a contingent of
// X"), possessive pronouns in a reported clause ("Russia denied that its
// troops ..."), plural demonyms as civilians, and groups of states with
// no single code. Every sentence was written for this test. Sides as in
// frameCase; a side may be a full code prefix ("NPLPKO").
func TestRecallActors(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		// 1. A collective head is the body of people it heads.
		{"a contingent of peacekeepers", "A contingent of Nepalese peacekeepers arrived in South Sudan on Tuesday.", "07", "NPLPKO", "SSD", false},
		{"a detachment of soldiers", "A detachment of Chadian soldiers attacked a rebel camp near the border.", "19", "TCDMIL", "-", false},
		{"a squad of marines", "A squad of Mexican marines arrested a cartel leader in Sinaloa.", "17", "MEXMIL", "-", false},
		{"a handful of a named group's fighters", "A handful of Taliban fighters attacked a checkpoint in Kunduz.", "19", "AFGREB", "-", false},
		{"a convoy of troops", "A convoy of Ethiopian troops entered Somalia.", "19", "ETHMIL", "SOM", false},
		{"a team of an organisation's inspectors", "A team of IAEA inspectors visited the Iranian enrichment plant.", "04", "IGO", "IRN", false},
		{"a column of a country's tanks", "A column of Russian tanks entered Georgia.", "19", "RUS", "GEO", false},
		{"a group of countries is nobody", "A group of countries urged Myanmar to release the prisoners.", "02", "-", "-", true},
		{"the Group of Seven stays an IGO", "The Group of Seven urged Russia to withdraw its troops.", "02", "IGO", "RUS", false},
		// 2. Possessive pronouns take the nearest earlier owner.
		{"its troops in a statement are the speaker's", "Pakistan said its troops had shelled Indian posts across the border.", "19", "PAKMIL", "IND", false},
		{"its troops in a denial are the denier's", "Pakistan denied that its troops had fired across the border into India.", "01", "PAK", "-", false},
		{"its jets in a statement are the speaker's", "Turkey said its jets had struck Kurdish militants in northern Iraq.", "19", "TURMIL", "-", false},
		{"its forces", "Israel said its forces had killed three militants in Jenin.", "19", "ISRMIL", "PSE", false},
		{"their fighters", "Syrian rebels said their fighters had shot down a government helicopter.", "19", "SYRREB", "SYRGOV", false},
		// 3. Plural demonyms are the country's civilians.
		{"hundreds of Lebanese", "Hundreds of Lebanese protested outside the parliament in Beirut.", "14", "LBNCVL", "-", false},
		{"a bare plural demonym", "Kenyans protested in Nairobi against new taxes.", "14", "KENCVL", "-", false},
		{"a counted plural demonym as object", "Police arrested 40 Nigerians in Ghana.", "17", "GHA", "NGACVL", false},
		{"hundreds of a plural demonym", "Hundreds of Haitians protested against the government.", "14", "HTICVL", "HTIGOV", false},
		{"the plural demonym as a party stays the state", "The Americans proposed a new draft resolution to the Security Council.", "03", "USA", "IGO", false},
		// 4. Groups of states with no single code.
		{"world powers are partners of unknown country", "Iran and six world powers signed an interim agreement in Geneva.", "05", "IRN", "---", false},
		{"major powers appeal", "Major powers urged India and Pakistan to show restraint.", "02", "---", "IND", false},
		{"Muslim countries condemn", "Muslim countries condemned the attack on the mosque.", "11", "---", "-", false},
	}
	checkFrames(t, p, cases, false)
}

// TestRecallActorsDenied: in "X denied that its troops ...", the agent
// of the denied act is X's: the possessive takes the denier, not the
// place adjective after it. (Whether the act is negated is the verb
// stage's business.)
func TestRecallActorsDenied(t *testing.T) {
	p := newTestPipeline(t)
	evs := codeText(t, p, "2024-05-01", "Russia denied that its troops had entered Ukrainian territory.")
	found := false
	for i := range evs {
		e := &evs[i]
		if e.CAMEORoot != "19" {
			continue
		}
		found = true
		if !hasCountry(e.Source, "RUSMIL") || !hasCountry(e.Target, "UKR") {
			t.Errorf("denied entry coded %s>%s, want RUSMIL>UKR", actorCodes(e.Source), actorCodes(e.Target))
		}
	}
	if !found {
		t.Errorf("no 19 event; got %s", describe(evs))
	}
}
