package pipeline

// islandTaiwan: the sentence names Taiwan before token before. "The
// island" is the standing epithet of Taiwan in wire copy and in Beijing's
// own media ("Taiwan Island"), as it is of no other state: a sentence
// that names Japan or the Philippines and Taiwan and then says "the
// island" means Taiwan ("Japan protested after Chinese missiles landed
// near Taiwan, and the island condemned the launch"), where otherwise the
// first island state named would win (N20).
func islandTaiwan(sa *SentenceAnalysis, before int) bool {
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Start >= before {
				return false
			}
			if ph.Country == "TWN" && !ph.Inferred && !ph.Foreign {
				return true
			}
		}
	}
	return false
}
