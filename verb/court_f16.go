package verb

// courtOrder: every giver of an "ordered X to" is a court or a judge
// (JUD). A court commands no one: its order requires the act of the
// government, army or police it names, which may obey or not ("The court
// ordered the government to grant the asylum request" is the court's
// demand, 100, and the grant hypothetical), as an international court's
// is (unordered). A leader's order to his own forces stays the act.
func courtOrder(m *Match) bool {
	for _, ph := range m.Source {
		jud := false
		for _, sec := range ph.Sectors {
			jud = jud || sec == "JUD"
		}
		if !jud {
			return false
		}
	}
	return len(m.Source) > 0
}
