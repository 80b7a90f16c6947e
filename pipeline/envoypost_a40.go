package pipeline

// envoyPostState is the state that hosts state c's envoy the sentence
// names with his post: "Syria's ambassador in London", "Russia's envoy
// to Washington" (the capital the actor stage marks Post). A ministry
// that summons or protests to that envoy with no state of its own is the
// host's: an envoy is summoned by the state he is posted to (A40). ""
// when the envoy of c has no post in the sentence, or his post is c's
// own capital.
func envoyPostState(sa *SentenceAnalysis, c string) string {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			q := &sa.Groups[gi].Phrases[pi]
			if !q.Post || q.Country == "" || q.Country == c || q.Start < 2 {
				continue
			}
			if w := toks[q.Start-1].Lower; w != "in" && w != "to" {
				continue
			}
			if o := phraseEndingAt(sa, q.Start-2); o != nil && o.Country == c && !o.Inferred {
				return q.Country
			}
		}
	}
	return ""
}
