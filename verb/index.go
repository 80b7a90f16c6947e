package verb

// derive computes, from the patterns' required-word numbers (reqIDs) and
// the entries' head lists, what the matcher tests before it reads a
// pattern: each pattern's folds and masks, each entry's quick checks.
// Both ways of opening a dictionary end here (index for text, unmarshal
// for the compiled form), so the two cannot drift apart in what they
// derive.
func (d *Dictionary) derive() {
	groups, ids, heads := 0, 0, 0
	for _, p := range d.all {
		groups += len(p.reqIDs)
		for _, alts := range p.reqIDs {
			ids += len(alts)
		}
	}
	for i := range d.entries {
		heads += len(d.entries[i].heads)
	}
	// One array each for all the folds, all the masks and all the groups'
	// mask lists: a group has at most as many masks as words.
	folds := make([]uint64, groups)
	masks := make([]reqMask, 0, ids)
	groupMasks := make([][]reqMask, groups)
	for _, p := range d.all {
		n := len(p.reqIDs)
		p.altFold, folds = folds[:n:n], folds[n:]
		p.reqMasks, groupMasks = groupMasks[:n:n], groupMasks[n:]
		p.reqFold = 0
		for k, alts := range p.reqIDs {
			for _, id := range alts {
				p.altFold[k] |= 1 << (id % 64)
			}
			if len(alts) == 1 {
				p.reqFold |= 1 << (alts[0] % 64)
			}
			from := len(masks)
			for _, id := range alts {
				w, bit := id/64, uint64(1)<<(id%64)
				j := from
				for j < len(masks) && masks[j].word != w {
					j++
				}
				if j < len(masks) {
					masks[j].bits |= bit
				} else {
					masks = append(masks, reqMask{word: w, bits: bit})
				}
			}
			p.reqMasks[k] = masks[from:len(masks):len(masks)]
		}
	}
	// After the folds above are known; one array for all.
	quick := make([]quickCheck, 0, heads)
	for i := range d.entries {
		e := &d.entries[i]
		from := len(quick)
		for _, p := range e.heads {
			quick = append(quick, quickCheck{fold: p.reqFold, verbalOnly: p.Speech || p.Verb})
		}
		e.quick = quick[from:len(quick):len(quick)]
	}
}
