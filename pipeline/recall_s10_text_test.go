package pipeline

import "testing"

// TestRecallS10TextHeadlineParticiple: a headline writes the present
// tense, so an -ed form between its verb and a noun phrase describes the
// noun ("Iran frees jailed lawyer"); the tagger read the verb as a plural
// noun and the -ed form as the verb, and the release, deportation or
// execution was coded as an arrest or an abduction. In running text two
// -ed forms in a row are a verb and an adjective ("The junta freed
// detained ministers."). The must-not rows keep past-tense lines, a
// subject's noun ("Kenya police detained") and a plural with its
// adjective ("Sudanese forces captured"). A headline's base form after
// a plural subject, read as a noun, is its verb ("Syrian jets pound
// rebel-held towns" coded nothing).
func TestRecallS10TextHeadlineParticiple(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"frees before jailed", "Beijing frees jailed labour activist", "0841", "CHN", "CHN", false},
		{"releases before detained", "Moscow releases detained American student", "0841", "RUS", "USA", false},
		{"frees before imprisoned", "Egypt frees imprisoned Al Jazeera journalist", "0841", "EGY", "QAT", false},
		{"deports before detained", "Ankara deports detained Syrian refugees to Idlib", "174", "TUR", "-", false},
		{"executes before convicted", "Tehran executes convicted protester", "18", "IRN", "IRN", false},
		{"arrest read as an adverb", "Police arrest suspected smugglers in Mombasa", "173", "KEN", "-", false},
		{"freed read as a noun after the junta", "The junta freed detained ministers on Saturday.", "0841", "-", "-", false},
		// M20 (s20): detained, not abducted: forces that free captives from their captors code nothing.
		{"freed read as a noun after the military", "The military freed detained farmers near Maiduguri, the army said.", "0841", "NGA", "NGA", false},
		{"a base form after a plural, read as an adjective", "Kurdish fighters free captured Turkish soldiers", "0841", "-", "TUR", false},
		{"a base form after a plural, read as a noun", "Syrian jets pound rebel-held towns near Homs", "19", "SYR", "-", false},
		{"storm read as a noun", "Russian forces storm Ukrainian steel plant", "19", "RUS", "UKR", false},
		// must-not: the jailing, detention or abduction is not coded
		{"no arrest in a release", "Beijing frees jailed labour activist", "17", "-", "-", true},
		{"no arrest in a deportation", "Ankara deports detained Syrian refugees to Idlib", "173", "-", "-", true},
		{"no abduction in a release", "The military freed abducted farmers near Maiduguri, the army said.", "18", "-", "-", true},
		// must-not: the past verb stays the verb
		{"a subject's noun before the past", "Kenya police detained opposition supporters", "173", "KEN", "KEN", false},
		{"a court before the past", "Lahore court jailed opposition leader", "173", "PAK", "PAK", false},
		{"an adjective and a plural", "Sudanese forces captured Ethiopian soldiers", "173", "SDN", "ETH", false},
		{"a sentence with its full stop", "Turkish police detained suspected militants in Istanbul.", "173", "TUR", "TUR", false},
		{"no capture in a release", "Kurdish fighters free captured Turkish soldiers", "17", "-", "-", true},
		{"an ex- title after a plural is no verb", "Pakistan arrests ex-PM Imran Khan", "173", "PAK", "PAK", false},
		{"a strike that enters its week is the doctors' own", "Kenyan doctors strike enters third week", "19", "-", "-", true},
	})
}

// TestRecallS10TextArticleName: a name with the Arabic article ("al-",
// "el-") that heads its phrase was tagged an adjective, and a past form
// after it had no subject ("Militants linked to al-Qaeda kidnapped three
// Chinese miners" coded nothing). Before a noun the name still modifies
// it ("raided the al-Aqsa mosque compound" keeps its raid).
func TestRecallS10TextArticleName(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"a past after al-Qaeda", "Gunmen tied to al-Qaeda seized two Italian engineers in Niger.", "181", "-", "ITA", false},
		{"a past after al-Baghdadi", "Jihadists loyal to al-Baghdadi executed 20 villagers near Mosul.", "18", "-", "IRQ", false},
		// must-not: the name before a noun keeps its reading
		{"the al-Aqsa mosque raided", "Israeli police raided the al-Aqsa mosque compound.", "19", "ISR", "-", false},
		{"an al-Shabaab commander killed", "Kenyan troops killed an al-Shabaab commander near Lamu.", "19", "KEN", "SOM", false},
		{"no kidnapping by the army", "Soldiers freed hostages held by al-Shabaab in Gedo.", "181", "-", "-", true},
	})
}

// TestRecallS10TextHeadlineSubjectPhrase: a headline's -s verb after a
// noun phrase that ends in a singular noun was read as a plural noun
// ("Turkish army shells/NNS Kurdish positions in Syria" coded nothing).
func TestRecallS10TextHeadlineSubjectPhrase(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"shells after a state's army", "Turkish army shells Kurdish positions in Syria", "194", "TUR", "-", false},
		{"the militia shelled is the place's", "Turkish army shells Kurdish militia targets near Afrin", "194", "TUR", "SYR", false},
		// must-not: a plural that heads its phrase is no verb
		{"drills near Taiwan are no attack", "Chinese military drills near Taiwan", "19", "-", "-", true},
	})
}

// TestRecallS10TextShoutedHeadline: a headline in capitals was read word
// by word as names and coded nothing ("NIGER JUNTA EXPELS FRENCH
// AMBASSADOR"); it is now tagged as running text. Running text that holds
// acronyms is not touched.
func TestRecallS10TextShoutedHeadline(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"an expulsion in capitals", "MOSCOW EXPELS THREE LATVIAN DIPLOMATS", "161", "RUS", "LVA", false},
		{"a condemnation in capitals", "AFRICAN UNION CONDEMNS COUP IN GABON", "111", "-", "GAB", false},
		{"sanctions in capitals", "EU IMPOSES NEW SANCTIONS ON BELARUS", "163", "-", "BLR", false},
		{"an arrest in capitals", "POLICE ARREST OPPOSITION LEADER IN HARARE", "173", "ZWE", "ZWE", false},
		// must-not: acronyms in running text, and a shouted line with no act
		{"a meeting is no sanction", "NATO and the EU met in Brussels on Monday to discuss sanctions on Belarus.", "163", "-", "-", true},
		{"a headline with no act", "WORLD CUP FINAL IN QATAR", "1", "-", "-", true},
	})
}
