package pipeline

import "github.com/parley-events/parley/actor"

// storyPeople adds to known the people a sentence names in full (an alias
// of two words or more from the people dictionaries), whose surname
// alone then stands for them in the story's later sentences
// (actor.Resolver.ResolveKnown): "Bolivian President Evo Morales met
// Chilean President Michelle Bachelet. Morales criticised Bachelet over
// the sea dispute."
func storyPeople(groups []actor.Group, known []*actor.Entry) []*actor.Entry {
	for gi := range groups {
		for pi := range groups[gi].Phrases {
			for _, pt := range groups[gi].Phrases[pi].Parts {
				if pt.End-pt.Start > 1 && actor.PersonEntry(pt.Entry) {
					known = append(known, pt.Entry)
				}
			}
		}
	}
	return known
}
