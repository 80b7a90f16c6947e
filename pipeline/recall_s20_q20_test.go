package pipeline

import "testing"

// TestS20Q20ScareQuotes: a headline that puts single quotes round a word
// after its verb ("condemns 'illegal' detention") keeps the verb, and so
// its event beside the one in the quoted phrase (text/scarequote_q20.go).
// Own sentences; the must-not rows keep a plural possessive, a lone
// apostrophe and the quoted sentence as they were read.
func TestS20Q20ScareQuotes(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "condemns 'illegal'", text: "Armenia condemns 'illegal' detention of its citizens by Azerbaijan", code: "111", src: "ARM", tgt: "AZE"},
		{why: "the detention beside it", text: "Armenia condemns 'illegal' detention of its citizens by Azerbaijan", code: "173", src: "AZE", tgt: "ARM"},
		{why: "curly quotes", text: "Armenia condemns ‘illegal’ detention of its citizens by Azerbaijan", code: "111", src: "ARM", tgt: "AZE"},
		{why: "strikes 'terror camps'", text: "India strikes 'terror camps' in Pakistan", code: "19", src: "IND", tgt: "PAK"},
		{why: "protests 'unacceptable'", text: "Serbia protests 'unacceptable' arrest of its police officers by Kosovo", code: "114", src: "SRB", tgt: "KSV"},
		{why: "protests 'unprovoked'", text: "Pakistan protests 'unprovoked' firing by Indian troops along LoC", code: "114", src: "PAK", tgt: "IND"},
		{why: "slams 'irresponsible'", text: "Beijing slams 'irresponsible' remarks by Japanese premier on Taiwan", code: "111", src: "CHN", tgt: "JPN"},
		{why: "vows 'stern response'", text: "Seoul vows 'stern response' as North Korea fires missiles", code: "13", src: "KOR", tgt: "PRK"},
		{why: "the launch beside the vow", text: "Seoul vows 'stern response' as North Korea fires missiles", code: "15", src: "PRK", tgt: "-"},
		{why: "welcomes 'historic'", text: "Ghana welcomes 'historic' debt deal with creditors", code: "05", src: "GHA", tgt: "-"},
		{why: "denounces 'unlawful'", text: "Iran denounces 'unlawful' seizure of its tanker by Britain", code: "111", src: "IRN", tgt: "GBR"},
		{why: "shells 'PKK positions'", text: "Turkey shells 'PKK positions' in northern Iraq", code: "19", src: "TUR", tgt: "-"},
		{why: "a quoted sentence first", text: "'We will not bow to pressure,' Venezuela says as US imposes new sanctions", code: "163", src: "USA", tgt: "-"},
		{why: "a plural possessive is no quote", text: "The rebels' camps in Idlib were shelled by Syrian troops on Monday.", code: "19", src: "SYR", tgt: "SYR"},
		{why: "a plural possessive before its noun", text: "Kenyan police raided the protesters' camp in Nairobi.", code: "1", src: "KEN", tgt: "KEN"},
		{why: "a lone elided year is no quote", text: "Angola's army shelled rebel bases in the '90s, killing hundreds, officials said.", code: "19", src: "AGO", tgt: "-"},
		{why: "a quoted word is no act of its own", text: "Tanzania expels journalists over reports on the 'Mama' campaign", code: "14", src: "-", tgt: "-", none: true},
	})
}

// TestS20Q20UnnamedProtests: protests told by how they go on (continue,
// resume, enter a new week, intensify) or turn violent are held, a second
// event beside what was done about them, and with no one named they take
// the state where the sentence is set, also when the place comes before
// them (data/verbs/14-protest.txt, pipeline/protestplace_q20.go). Own
// sentences; must-not rows for strikes, fighting and talks that go on,
// protests banned, and a journey's destination.
func TestS20Q20UnnamedProtests(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "as protests entered", text: "The United Nations condemned the crackdown in Tehran as protests entered their third week.", code: "141", src: "-", tgt: "IRN"},
		{why: "the condemnation stays", text: "The United Nations condemned the crackdown in Tehran as protests entered their third week.", code: "111", src: "-", tgt: "IRN"},
		{why: "as demonstrations spread, place before", text: "Police fired tear gas at students in Dhaka as demonstrations spread to other cities.", code: "141", src: "-", tgt: "BGD"},
		{why: "the tear gas stays", text: "Police fired tear gas at students in Dhaka as demonstrations spread to other cities.", code: "175", src: "BGD", tgt: "BGD"},
		{why: "after a protest turned violent", text: "Police arrested 45 people after a protest outside parliament in Tbilisi turned violent.", code: "145", src: "-", tgt: "GEO"},
		{why: "the arrests stay", text: "Police arrested 45 people after a protest outside parliament in Tbilisi turned violent.", code: "173", src: "GEO", tgt: "GEO"},
		{why: "protests continued", text: "Protests against the pension reform continued in Paris on Saturday.", code: "141", src: "-", tgt: "FRA"},
		{why: "demonstrations resumed", text: "Demonstrations resumed in Khartoum on Thursday after a two-day lull.", code: "141", src: "-", tgt: "SDN"},
		{why: "protests entered their second month", text: "Anti-government protests entered their second month in Belgrade.", code: "141", src: "-", tgt: "SRB"},
		{why: "protests swelled", text: "Protests over fuel prices swelled in Lagos on Monday.", code: "141", src: "-", tgt: "NGA"},
		{why: "as protests continued, place before", text: "Police fired tear gas in Tehran as protests continued.", code: "141", src: "-", tgt: "IRN"},
		{why: "a rally turned violent", text: "A rally in Dhaka turned violent when supporters of the opposition hurled stones at police.", code: "145", src: "-", tgt: "BGD"},
		{why: "demos enter a second day", text: "Police fire tear gas in Nairobi as opposition demos enter a second day", code: "141", src: "-", tgt: "KEN"},
		{why: "as the demonstrations began", text: "Riot police fired rubber bullets at students in Dhaka as the demonstrations began across the country.", code: "141", src: "-", tgt: "BGD"},
		{why: "as the rallies started", text: "Police detained dozens of activists in Minsk as the rallies started.", code: "141", src: "-", tgt: "BLR"},
		{why: "arrests begun are no protest", text: "Police banned demonstrations in Lima and began arresting students.", code: "14", src: "-", tgt: "-", none: true},
		{why: "a strike that goes on is no protest", text: "The strike entered its second week in Buenos Aires.", code: "14", src: "-", tgt: "-", none: true},
		{why: "fighting that goes on is no protest", text: "Fighting entered its third week in Khartoum.", code: "14", src: "-", tgt: "-", none: true},
		{why: "talks that go on are no protest", text: "The talks entered their third day in Doha.", code: "14", src: "-", tgt: "-", none: true},
		{why: "talks that turn sour are no riot", text: "Talks in Doha turned acrimonious on Monday.", code: "14", src: "-", tgt: "-", none: true},
		{why: "protests banned are the object, not the subject", text: "Police banned protests in Dhaka and continued arrests of opposition activists.", code: "141", src: "-", tgt: "-", none: true},
		{why: "a trial that begins is no protest", text: "The trial of the opposition leader began in Minsk on Monday.", code: "14", src: "-", tgt: "-", none: true},
		{why: "a journey's destination is not where protests go on", text: "Kenyan President William Ruto flew to Paris as protests continued at home.", code: "14", src: "-", tgt: "FRA", none: true},
		{why: "nor one reached by arriving", text: "Macron arrived in Berlin as protests continued.", code: "14", src: "-", tgt: "DEU", none: true},
	})
}
