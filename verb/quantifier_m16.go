package verb

import "github.com/parley-events/parley/text"

// floatedQuantifier: the past tense at i follows "both", "each" or "all"
// floated off the noun before it ("Kenya and Uganda both deployed
// troops", "the three states each recalled their envoys"). The
// quantifier holds no noun of its own there, so it opens no noun phrase
// for the past form to describe (as "the detained activists" does): the
// form is the subject's verb. The tagger's model reads it as an
// adjective; text's floatingQuantifier gives it its past tag back.
func floatedQuantifier(toks []text.Token, i int) bool {
	if i < 2 || toks[i].Tag != "VBD" {
		return false
	}
	switch toks[i-1].Lower {
	case "both", "each", "all":
	default:
		return false
	}
	return toks[i-2].IsNoun()
}
