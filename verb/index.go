package verb

// derive computes, from the patterns' required-word numbers (reqIDs) and
// the entries' head lists, what the matcher tests before it reads a
// pattern: each pattern's folds and masks, each entry's quick checks.
// Both ways of opening a dictionary end here (index for text, unmarshal
// for the compiled form), so the two cannot drift apart in what they
// derive.
func (d *Dictionary) derive(haveEnts bool) {
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
	wides := make([][4]uint64, groups)
	masks := make([]reqMask, 0, ids)
	groupMasks := make([][]reqMask, groups)
	for _, p := range d.all {
		p.callNoFor = p.Code[:2] != "02" && p.Code[:2] != "10" && p.headSpells("call") && !p.spells("for")
		p.conflict = p.Code[:2] >= "14" && p.Code[:2] <= "20"
		if p.Town {
			if d.namedPlacePos == nil {
				d.namedPlacePos = map[string]bool{}
			}
			d.namedPlacePos[p.Pos] = true
		}
		p.material = p.conflict || p.Code[:2] >= "06" && p.Code[:2] <= "09"
		n := len(p.reqIDs)
		p.altFold, folds = folds[:n:n], folds[n:]
		p.altWide, wides = wides[:n:n], wides[n:]
		p.reqMasks, groupMasks = groupMasks[:n:n], groupMasks[n:]
		p.reqFold = 0
		for k, alts := range p.reqIDs {
			from := len(masks)
			if len(alts) == 1 {
				// One word: one mask, no search.
				u := uint32(alts[0])
				bit := uint64(1) << (u % 64)
				p.reqFold |= bit
				p.altFold[k] = bit
				masks = append(masks, reqMask{word: int32(u / 64), bits: bit})
				p.reqMasks[k] = masks[from:len(masks):len(masks)]
				p.altWide[k][u/64%4] = bit
				continue
			}
			for _, id := range alts {
				// Numbers are never negative: unsigned, the division
				// and remainder are a shift and a mask.
				u := uint32(id)
				w, bit := int32(u/64), uint64(1)<<(u%64)
				// Numbers are given in dictionary order, so an alternative
				// mostly falls in the word of the one before it.
				j := len(masks) - 1
				if j < from || masks[j].word != w {
					for j = from; j < len(masks) && masks[j].word != w; j++ {
					}
				}
				if j < len(masks) {
					masks[j].bits |= bit
				} else {
					masks = append(masks, reqMask{word: w, bits: bit})
				}
			}
			// The fold of the alternatives is that of their masks' bits.
			for _, m := range masks[from:] {
				p.altFold[k] |= m.bits
				p.altWide[k][m.word%4] |= m.bits
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
	for i := range d.entries {
		d.entries[i].num, d.entries[i].bit = int32(i), 1<<(uint(i)%64)
	}
	if haveEnts {
		return // the compiled form gave every element its entries
	}
	// Literal words are matched by entry (see sentence.lit): one array
	// for all the elements' entries.
	nw := 0
	for _, p := range d.all {
		for i := range p.elems {
			nw += len(p.elems[i].words)
		}
	}
	ents := make([]int32, 0, nw)
	for _, p := range d.all {
		for i := range p.elems {
			e := &p.elems[i]
			e.ents, e.fold = nil, 0
			if e.num || len(e.words) == 0 {
				continue
			}
			from := len(ents)
			for _, w := range e.words {
				x := d.entry(w)
				if x == nil {
					ents = ents[:from]
					break
				}
				ents = append(ents, x.num)
				e.fold |= x.bit
			}
			if len(ents) > from {
				e.ents = ents[from:len(ents):len(ents)]
			}
		}
	}
}
