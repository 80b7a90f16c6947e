package pipeline

import "testing"

// TestQ40FiredAtDefender: an interception whose weapons a named party
// fired is also that party's strike on the defender (195, 1952 for
// drones, 194 for shells); weapons with no named firer add nothing.
func TestQ40FiredAtDefender(t *testing.T) {
	p := newTestPipeline(t)
	checkA39(t, p, []a39Case{
		// must code: contact relative with a named subject
		{why: "missiles Russia fired", text: "Ukraine's air force said it had intercepted all 18 missiles Russia fired at Kyiv overnight.", code: "195", src: "RUS", tgt: "UKRMIL"},
		{why: "missiles Hezbollah fired", text: "Israeli air defences intercepted five missiles Hezbollah fired at Haifa.", code: "195", src: "LBNREB", tgt: "ISRMIL"},
		// must code: participle with "by" or "from"
		{why: "drone launched from Yemen", text: "Israel's military said it had intercepted a drone launched from Yemen.", code: "1952", src: "YEM", tgt: "ISRMIL"},
		{why: "missiles fired by Iran", text: "Qatar's air defences intercepted missiles fired by Iran.", code: "195", src: "IRN", tgt: "QATMIL"},
		{why: "shot down drones launched by Houthi rebels", text: "The US Navy shot down three drones launched by Houthi rebels.", code: "1952", src: "YEMREB", tgt: "USAMIL"},
		// must code: passive interception after the firing clause
		{why: "passive, missiles Iran launched", text: "The IDF said most of the missiles Iran launched overnight had been intercepted by Israel.", code: "195", src: "IRN", tgt: "ISR"},
		// the interception itself stays
		{why: "interception kept", text: "Ukraine's air force said it had intercepted all 18 missiles Russia fired at Kyiv overnight.", code: "190", src: "UKRMIL", tgt: "RUS"},
	})
	// must not: no firer named, the firer the defender's own, or an
	// interception of what is no weapon in flight
	for _, c := range []struct{ why, text, src, tgt string }{
		{"no firer", "Ukraine's air force said it had shot down 43 missiles over Kyiv.", "", "UKRMIL"},
		{"fired at a place, no firer", "Saudi air defences intercepted a ballistic missile fired at Riyadh.", "", "SAUMIL"},
		{"own missile", "Israel intercepted a missile fired by Israel.", "ISR", "ISR"},
		{"intercepted warships", "Kazakh jets intercepted American warships launched by Russia.", "RUS", "KAZMIL"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if (e.CAMEO == "195" || e.CAMEO == "1952" || e.CAMEO == "194") && len(e.Source) > 0 && len(e.Target) > 0 && e.Source[0].Country == c.src[:min(3, len(c.src))] && e.Target[0].Code == c.tgt {
				t.Errorf("%s: %q coded %s %v>%v", c.why, c.text, e.CAMEO, fullCodes(e.Source), fullCodes(e.Target))
			}
		}
	}
}

// TestQ40AidPromisePlace: aid promised for a place abroad, named in the
// promise's own clause, is for the place's state or people; a venue
// after a comma, or a place of the promiser's own state, is not.
func TestQ40AidPromisePlace(t *testing.T) {
	p := newTestPipeline(t)
	checkA39(t, p, []a39Case{
		// must: the place's people (a bare target takes its state)
		{why: "relief for victims of floods in Pakistan", text: "Britain pledged 20 million pounds on Friday in emergency relief for the victims of the floods in Pakistan.", code: "0333", src: "GBR", tgt: "PAKCVL"},
		// must: no target at all, the place's state
		{why: "grants for reconstruction in Artibonite", text: "The World Bank promised additional grants for reconstruction in Artibonite.", code: "0331", tgt: "HTI"},
		// must: peacekeepers promised for a place abroad
		{why: "contingent to the force in Bosnia", text: "Russia is ready to send a contingent to the peacekeeping force in Bosnia, the defence minister said.", code: "0334", src: "RUS", tgt: "BIHPKO"},
		// must not: a venue after a comma
		{why: "venue after a comma", text: "Japan pledged 10 billion dollars to help developing countries cut emissions, Prime Minister Fumio Kishida told the COP26 summit in Glasgow.", never: []string{"GBR"}},
	})
	// must not: the promiser's own region is not whom the aid is for
	for _, e := range codeText(t, p, "2024-05-01", "Kenya pledged grants for reconstruction in Mombasa.") {
		for _, a := range e.Target {
			if a.Country == "KEN" {
				t.Errorf("own region: coded %s %v>%v", e.CAMEO, fullCodes(e.Source), fullCodes(e.Target))
			}
		}
	}
}
