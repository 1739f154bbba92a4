package phi

import "testing"

// Round 23 rules (heldout67–69, invented text): a bank, a mining company,
// a congregation and a transit firm; a Quay street; chat senders before
// the time; clergy titles in lower case; hyphenated handoff labels and a
// particle surname before a credential; a month-named Korean given name;
// a place inside a longer place; a letter's dateline; donor and
// certification numbers; a possessive before a contact word; a creek and
// a hyphenated place.
func TestRound23Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Dados para reembolso: Banco Cordilheira (311), agência 4410.", "Banco Cordilheira", TypeOrganization},
		{"pt-BR", "Operador de carregadeira da Mineração Vale do Ipanema desde 2019.", "Mineração Vale do Ipanema", TypeOrganization},
		{"en", "Cantor Eli Marks of Congregation Ohev Tzedek visited today.", "Congregation Ohev Tzedek", TypeOrganization},
		{"en", "Lives alone and relies on Lakeland Transit for rides.", "Lakeland Transit", TypeOrganization},
		{"en", "Harborview Travel Clinic\n118 Cedar Quay, Suite 2, Bellport, WA 98310", "118 Cedar Quay, Suite 2", TypeAddress},
		{"en", "[renal team]\nMarisol 07:55: level came back high\nOk", "Marisol", TypeName},
		{"pt-BR", "[grupo]\nIzaura (enf. plantão) 02:14: ofertado rim", "Izaura", TypeName},
		{"en", "Met with his wife and chaplain Tomas Berhane: he wants no dialysis.", "Tomas Berhane", TypeName},
		{"en", "Ambulating.\nOff-going: Anjali Das, RN -> Oncoming: Curtis Bell, RN", "Anjali Das", TypeName},
		{"en", "Caller: Jun-ho Lim (son) re: his mother", "Jun-ho Lim", TypeName},
		{"pt-BR", "Paciente: Benedito Ribamar Costa\nProcedente de São José de Ribamar, lavrador.", "São José de Ribamar", TypeLocation},
		{"pt-BR", "Uso de protetor auricular.\n\nSerra Azul do Norte, 14/05/2024.\nMédico do Trabalho", "Serra Azul do Norte", TypeLocation},
		{"pt-BR", "Retorno em 30 dias.\n\nPorto Tapiri, 12 de agosto de 2024.\nDr. Lauro", "Porto Tapiri", TypeLocation},
		{"en", "Graft from a deceased donor (donor QXR-23-0451, KDPI 41%).", "QXR-23-0451", TypeID},
		{"en", "Read by: Ana Ruiz, MD   NIOSH B Reader cert. C-20931", "C-20931", TypeLicense},
		{"en", "Ask for the front desk on arrival. Soraya's cell is (973) 555-0108.", "Soraya", TypeName},
		{"pt-BR", "Não veio porque o córrego Jatobazinho encheu.", "Jatobazinho", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Aguarda agendamento.\nQua, 17/01/2024", "Qua"},
		{"en", "Family is Jewish; the chaplain will coordinate with the rabbi.", "will"},
		{"en", "HLA typing sent. Donor: 2-haplotype match.", "haplotype"},
	})
}
