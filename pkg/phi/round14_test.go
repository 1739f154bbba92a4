package phi

import "testing"

// Round 14 rules (heldout32, invented text): chat senders of several words
// after a timestamp, a name after "ACS:", two lower-case given names after
// a relative, shops named "Comercial …" and clinics "Odontologia …"; a
// lower-case word that is no given name ends a lower-case name, and a
// common word left alone after a role is no name.
func TestRound14Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "[14/06/2024 08:40] Sebastião Firmino: bom dia fia. pode vim sim", "Sebastião Firmino", TypeName},
		{"pt-BR", "[14/06/2024 08:41] Maria do Carmo Souza: ok, obrigada", "Maria do Carmo Souza", TypeName},
		{"pt-BR", "Equipe: Dr. Tomás Nishimura; ACS: Rosimeire\nUsuário: Sr. Geraldo", "Rosimeire", TypeName},
		{"pt-BR", "desculpa o horario. minha filha ana júlia ta com febre de 39", "ana júlia", TypeName},
		{"pt-BR", "Carregava cimento no depósito da Comercial Irmãos Bezerra. Dor 10/10.", "Comercial Irmãos Bezerra", TypeOrganization},
		{"pt-BR", "Odontologia Neves & Prazeres - CNPJ 25.800.123/0001-00", "Odontologia Neves & Prazeres", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "minha filha ana júlia ta com febre de 39", "ta com"},
		{"en", "[09:05 AM] Keisha Brathwaite RN: will go after my visit. son called", "will go"},
		{"pt-BR", "Atendimento em horário comercial.", "comercial"},
	})
}
