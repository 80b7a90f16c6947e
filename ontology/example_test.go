package ontology_test

import (
	"fmt"

	"github.com/parley-events/parley/ontology"
)

func Example() {
	o, err := ontology.Load()
	if err != nil {
		panic(err)
	}
	e, _ := o.Event("0871")
	fmt.Println(e.Code, e.Name, e.Goldstein, e.QuadClass)
	fmt.Println(e.PLOVER.Type, e.PLOVER.Mode, e.PLOVER.Context)

	country, sectors := o.ParseActorCode("SYRGOVMIL")
	c, _ := o.Country(country)
	fmt.Println(c.Name, sectors)

	alias, _ := o.Country("JAP")
	fmt.Println(alias.Alpha3, alias.Name)
	// Output:
	// 0871 Declare truce, ceasefire 9 2
	// RETREAT ceasefire [military]
	// Syria [GOV MIL]
	// JPN Japan
}

func ExampleOntology_Children() {
	o := ontology.MustDefault()
	for _, e := range o.Children("04") {
		fmt.Printf("%s %s -> %s/%s\n", e.Code, e.Name, e.PLOVER.Type, e.PLOVER.Mode)
	}
	// Output:
	// 040 Consult, not specified below -> CONSULT/
	// 041 Discuss by telephone -> CONSULT/phone
	// 042 Make a visit -> CONSULT/visit
	// 043 Host a visit -> CONSULT/visit
	// 044 Meet at a 'third' location -> CONSULT/third-party
	// 045 Mediate -> CONSULT/
	// 046 Engage in negotiation -> CONSULT/
}
