package text

// actingTitle reports whether toks[i] is "acting" right before an office
// ("acting governor", "acting prime minister", "acting defence
// minister"): there it names a temporary holder of the office, an
// adjective. The tagger reads it as a gerund after a bare place name
// ("Kursk region acting/VBG governor Alexei Smirnov declared"), which
// opens a participle clause and leaves the real subject without its verb.
// After a determiner or a possessive the tagger already gets it right.
func actingTitle(toks []Token, i int) bool {
	if toks[i].Lower != "acting" || i+1 >= len(toks) {
		return false
	}
	return actingOffices[toks[i+1].Lower]
}

// actingOffices are the words that open an office's title after "acting":
// the office itself or the portfolio before "minister".
var actingOffices = map[string]bool{
	"governor": true, "president": true, "prime": true, "premier": true,
	"minister": true, "head": true, "chief": true, "mayor": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true,
	"commander": true, "secretary": true, "leader": true, "speaker": true,
	"ambassador": true, "attorney": true, "administrator": true,
	"commissioner": true, "foreign": true, "defence": true, "defense": true,
	"interior": true, "finance": true, "justice": true, "health": true,
	"police": true, "army": true, "emir": true, "governor-general": true,
}
