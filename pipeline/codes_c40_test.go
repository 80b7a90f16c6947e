package pipeline

import "testing"

// TestC40SubordinateSubject: the finite verb of an adverbial clause
// ("after X criticised", "as X shelled") takes its own subject, the noun
// phrase between the conjunction and the verb, as source; a target that
// was that subject becomes the other clause's actor.
func TestC40SubordinateSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkA39(t, p, []a39Case{
		// must code: a body's name before its sector noun ("UN human
		// rights experts") is the clause's subject, not the main
		// clause's; the main clause's state, held as source, is the
		// criticised party
		{why: "after UN experts criticised", text: "Hungary threatened to block the budget after UN human rights experts criticised its new asylum law.", code: "111", src: "IGOUNO", tgt: "HUN"},
		// must code: a coordinated subject with a country adjective
		{why: "after French helicopters and U.N. forces pounded", text: "Rebels surrendered the town on Monday after French helicopters and U.N. forces pounded their remaining heavy weapons.", code: "195", src: "FRA"},
		// the main clause's own event keeps its sides
		{why: "main clause kept", text: "Hungary threatened to block the budget after UN human rights experts criticised its new asylum law.", code: "130", src: "HUN", tgt: "IGOUNO"},
		// must not: a passive clause's subject is its target
		{why: "passive clause", text: "Kenya closed its border after Somalia was attacked by al Shabaab militants.", code: "190", src: "SOMREB", tgt: "SOM"},
		// must not: a source already in the clause
		{why: "source in its clause", text: "Iraq recalled its envoy after Kuwaiti officials accused Baghdad of smuggling.", code: "1121", src: "KWTGOV", tgt: "IRQ"},
		// must not: a list running across the comma before "and" is one subject
		{why: "list with a serial comma", text: "Egypt opened the crossing on Friday after Britain, France, and Germany urged Cairo to act.", code: "020", src: "GBR", tgt: "EGY"},
		// must not: a subject naming no side ("the two men")
		{why: "no side named", text: "Trump said he would invite Kim to Washington, after the two men shook hands at the border.", code: "040", src: "USAELI"},
	})
}
