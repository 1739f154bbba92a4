package phi

import "testing"

// Round 13 rules (heldout29 and heldout31, invented text): particles
// between a title and the surname, places after a residence verb, shops and
// libraries as organisations, a qualifier closing an organisation's line,
// "&" in OCR-spaced letterheads, a chat sender's unit after the name; and
// medical words the vocabularies lack (drug stems, prefixes, plurals) and
// eponymous signs read as tests, not people.
func TestRound13Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Dear Dr. van Houten,\nI am referring Ms. Pike.", "van Houten", TypeName},
		{"pt-BR", "Avaliada pela Dra. de la Peña no plantão.", "de la Peña", TypeName},
		{"pt-BR", "Agricultor aposentado, morador de Xaxim, admitido com febre.", "Xaxim", TypeLocation},
		{"pt-BR", "Trabalha numa distribuidora e mora no Coroado.", "Coroado", TypeLocation},
		{"en", "He lives in Tuba City with his wife.", "Tuba City", TypeLocation},
		{"pt-BR", "Entregador da Pizzaria Bella Capri. Capacete: sim.", "Pizzaria Bella Capri", TypeOrganization},
		{"en", "Walks with coworkers at the Banks County Public Library.", "Banks County Public Library", TypeOrganization},
		{"en", "Read by Esther Kowalewski, MD, Lakeland Neuroimaging, 5/14/24.", "Lakeland Neuroimaging", TypeOrganization},
		{"pt-BR", "Atenciosamente,\nVitalis Saúde Suplementar - Núcleo de Autorizações", "Vitalis Saúde Suplementar", TypeOrganization},
		{"en", "O3/12/2O25  O9:14AM   FAX   P . 001/002\nDriftless  Area  Allergy  &  Asthma\nRE :  Kjell strom ,  Annika   D0B :  O4/O2/1961\nPlease  see  attached  c0nsult .", "Driftless  Area  Allergy  &  Asthma", TypeOrganization},
		{"pt-BR", "[19:02, 04/11/2024] Téc. Rosivânia Maternidade: Dra, a paciente chegou", "Rosivânia", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Serial PWG318877R. Milrinone off at 10:00.", "Milrinone"},
		{"en", "Up to 40% of core length. Perineural invasion present.", "Perineural"},
		{"en", "3. Prediabetes - diet counseling.", "Prediabetes"},
		{"pt-BR", "Uso tópico:\n4. Digluconato de clorexidina 0,12% - bochecho.", "Digluconato"},
		{"en", "Sensorineural loss; Dix-Hallpike was negative.", "Dix-Hallpike"},
		{"en", "No sicca symptoms to suggest Sjögren overlap.", "Sjögren"},
		{"pt-BR", "Febre e Murphy positivo; leucocitose.", "Murphy"},
		{"pt-BR", "Curativo na ESF Vila Nova. Acompanha na UBS Centro.", "Acompanha"},
		{"en", "Blue Shield of Massachusetts, Clinical Pharmacy Review - fax 1-888-555-0152", "Review"},
	})
}
