package pipeline

import "testing"

// TestS29P29RepressionHarm: the dead, the wounded and the blows of a
// state's force on a crowd are the crackdown coded as 175, not a second
// fight (190) or shooting (193); a killing by another agent, or on
// another day by another force, stays its own event. Every sentence was
// written for this test.
func TestS29P29RepressionHarm(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "passive injuries after tear gas", text: "Bangladeshi police fired tear gas at garment workers marching in Dhaka, and 30 people were injured.", code: "19", none: true},
		{why: "shot dead when breaking up a protest", text: "Zimbabwean soldiers shot dead six people in Harare when they broke up an opposition protest.", code: "19", none: true},
		{why: "passive deaths after live bullets", text: "Police in Nairobi fired live bullets at demonstrators who blocked the highway, and at least seven people were killed.", code: "19", none: true},
		{why: "pushed back with water cannon", text: "Chilean police used water cannon to push back students who tried to occupy the ministry.", code: "19", none: true},
		{why: "the crackdown itself stays", text: "Bangladeshi police fired tear gas at garment workers marching in Dhaka, and 30 people were injured.", code: "175", src: "BGD", tgt: "BGD"},
		// must not: another agent's killing, another force on another day
		{why: "rebels kill soldiers elsewhere", text: "Police fired tear gas at protesters in Lagos, and Boko Haram fighters killed three soldiers in Borno.", code: "190", src: "NGA", tgt: "NGA"},
		{why: "a shooting later", text: "Troops fired tear gas at students in Conakry and later shot dead two of them in another district.", code: "193", src: "-", tgt: "-"},
		{why: "soldiers shoot the next day", text: "Police fired tear gas at protesters in Lagos on Monday, and on Tuesday soldiers shot dead five of them.", code: "193", src: "-", tgt: "-"},
	})
}
