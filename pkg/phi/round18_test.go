package phi

import "testing"

// Round 18 rules (heldout40, invented text): fire departments and EMS
// units named after their town, a clinical arrival abbreviation before
// them is no part ("BIBA"); "meu nome completo é" and "me chamo" introduce
// a name; an apostrophe inside a Polynesian surname; the lower-case half
// of a Korean given name before the surname; indigenous lands.
func TestRound18Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Arrival: ambulance, Yavapai County Fire Engine 4", "Yavapai County Fire", TypeOrganization},
		{"en", "BIBA Dayton Fire Medic 12 from a group home.", "Dayton Fire", TypeOrganization},
		{"pt-BR", "bom dia. meu nome completo é Rosângela Prates Vilela, preciso do resultado.", "Rosângela Prates Vilela", TypeName},
		{"pt-BR", "Boa tarde, me chamo Edivaldo Sampaio e queria remarcar.", "Edivaldo Sampaio", TypeName},
		{"en", "- Sione Ka'ahanui, MA", "Sione Ka'ahanui", TypeName},
		{"en", "Hi, my name is Tavita Fa'amausili and I need a refill.", "Tavita Fa'amausili", TypeName},
		{"en", "Off: Dana Cole, RN -> On: Min-ho Park, RN", "Min-ho Park", TypeName},
		{"pt-BR", "Paciente guarani, da Terra Indígena Pirajuí, trazida pela equipe.", "Terra Indígena Pirajuí", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Hi, my name is Tavita Fa'amausili and I need a refill.", "and I"},
	})
}
