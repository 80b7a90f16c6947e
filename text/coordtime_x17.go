package text

// A past form after "and" that follows a time phrase closing the first
// verb's clause ("Kenya reviewed its security policy overnight and
// deployed/JJ troops", "Egypt recalled its envoy on Monday and imposed/JJ
// sanctions") starts the second verb of the coordination: a second object
// ("detained protesters and injured/JJ bystanders") comes straight after
// the first, not after when it happened. pastAfterAnd then takes it as a
// verb before a bare noun or a name too.

// timeBeforeAnd: the word before the "and" at a ends a time phrase.
func timeBeforeAnd(toks []Token, a int) bool {
	if a < 1 {
		return false
	}
	switch toks[a-1].Lower {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"overnight", "yesterday", "today", "tonight", "earlier", "later",
		"week", "weekend", "month", "year", "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}
