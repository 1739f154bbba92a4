package phi

import (
	"math/rand"
	"strings"
	"testing"
)

// Round 41 rules (heldout118: emergency and pre-hospital records — run
// sheets, dispatch logs, fire, police and forensic papers, triage tags,
// death notifications; heldout117: dev-imitating notes; invented text):
// crew and officers named after a rank or role, across a corps ("Cb BM",
// "Sgt PM"), and the number of their badge or register after the name;
// places on numbered roads (a direction and a mile marker or a cross
// street, a Brazilian road's kilometre); a cross street's field; the tags
// that open the lines of a triage table; an aircraft's tail number, a
// boat's registration, a plate an OCR spaced out; scenes, taverns,
// battalions, hotels, bus companies, police units; a county officer's
// "'s Department"; the town after a letterhead's dash; a name before a
// relation in brackets, above a street address, in a table's column; a
// CPF's spaced check digits; a compass point with its dot; capitals
// addresses, places and businesses on forms. Against over-reach: a road
// alone, ranks that are also words ("ten", "cap", "SD"), a corps or a
// role kept out of the name, common words after a rank, beds and years in
// a table's first column, a service named by its kind, EMS acronyms,
// eponyms.
func TestRound41Rules(t *testing.T) {
	d := detector(t)
	tags := "Cartão     Vítima                              Cor\nRS-2201    Ademar Quintela Reis, 48 a          AMARELO\nRS-2202    Noêmia Fragoso, 71 a                VERMELHO"
	board := "Tag         Name                      DOB\nKT-TT-5501  Nguyen, Thao              04/02/1988   GREEN\nKT-TT-5502  Abernathy, Colt           10/19/1979   RED"
	ocrCert := "ATESTAD0  MÉDIC0\nAtest0  que  o(a)  Sr(a) .  J0ÃO  PEREIRA ,  funcionário(a)  da  USINA  SÃO  MARTINHO ,  foi  atendido(a)\nnesta  data  c0m  ent0rse .\nRecife ,  O3  de  maio  de  2O24\nDr .  Teodoro  Brandão"
	ocrForm := "DATA : 0 3 / 0 5 / 2 0 2 4      VTR : RESGATE 0 7\nVEÍCUL0 : Fiat  Uno  placa  BQX - 7 K 4 2   c0ndut0r  ileso\nS0C0RRISTAS : Sd  Zielinski  /  Cb  Marçal"
	checkTyped(t, d, []typedCase{
		// a name after a rank, across a corps; the register after it
		{"pt-BR", "Vítima retirada pela guarnição (Cb BM Otávio Ramalho e Sd BM Lúcia Prates) às 10h12.", "Otávio Ramalho", TypeName},
		{"pt-BR", "Vítima retirada pela guarnição (Cb BM Otávio Ramalho e Sd BM Lúcia Prates) às 10h12.", "Lúcia Prates", TypeName},
		{"pt-BR", "Guarnição: Sgt PM Edvaldo Cunha, mat. 41.227.903; Sd PM Iago Bittencourt, mat. 41.338.014.", "Edvaldo Cunha", TypeName},
		{"pt-BR", "Guarnição: Sgt PM Edvaldo Cunha, mat. 41.227.903; Sd PM Iago Bittencourt, mat. 41.338.014.", "41.338.014", TypeID},
		{"pt-BR", "Cmt. do posto: Cb BM Rita Valadares, RE 733.118-2", "Rita Valadares", TypeName},
		{"pt-BR", "Cmt. do posto: Cb BM Rita Valadares, RE 733.118-2", "733.118-2", TypeID},
		{"pt-BR", "Coordenação no local: Ten. BM Heitor Scalabrini; regulador ciente.", "Heitor Scalabrini", TypeName},
		{"pt-BR", ocrForm, "Zielinski", TypeName},
		{"pt-BR", ocrForm, "Marçal", TypeName},
		{"en", "Metro Police Department Officer Dana Whitcombe, serial 5521, took the report at bedside.", "Dana Whitcombe", TypeName},
		{"en", "Witnessed by Officer R. Okonjo, serial 7710, and the charge nurse.", "R. Okonjo", TypeName},
		{"en", "IC: Chief Harlan Pruett, Dover Township Fire     Safety officer on scene", "Harlan Pruett", TypeName},
		{"en", "ME investigator Orson Tuttle: case accepted, body released.", "Orson Tuttle", TypeName},
		// places on numbered roads
		{"en", "Truck struck the car on I-80 eastbound at mile marker 112 near Lodi.", "I-80 eastbound at mile marker 112", TypeAddress},
		{"en", "Related incident: rollover, US-20 westbound at Pine Ave, report # 2023-1104-0077", "US-20 westbound at Pine Ave", TypeAddress},
		{"en", "Incident: van vs. tractor, SR-14 and County Road 210 N, near Elkton.", "SR-14 and County Road 210 N", TypeAddress},
		{"en", "Single rollover on I-94 near mile marker 212; driver ambulatory.", "I-94 near mile marker 212", TypeAddress},
		{"pt-BR", "Resumo: queda de moto na BR-153, km 87, há 2h; capacete íntegro.", "BR-153, km 87", TypeAddress},
		{"pt-BR", "Colisão na SC-401 km 12,5 sentido norte.", "km 12,5", TypeAddress},
		{"en", "Loc: 412 Heron Way, Ocala     X-st: NW 23rd Ave\nCaller: neighbor", "NW 23rd Ave", TypeAddress},
		{"en", "Assault reported at an apartment on W. Baseline Rd, Mesa.", "W. Baseline Rd", TypeAddress},
		// a code is no date: its last part is no year
		{"en", "Photos uploaded to the forensic module (photo set QR-23-11-0457).", "QR-23-11-0457", TypeID},
		// the tags that open a table's lines
		{"pt-BR", tags, "RS-2201", TypeID},
		{"pt-BR", tags, "RS-2202", TypeID},
		{"en", board, "KT-TT-5501", TypeID},
		{"en", board, "Nguyen, Thao", TypeName},
		// vehicles: a tail number, a registration, a plate an OCR spaced
		{"en", "Transport: fixed-wing, tail N518TX, ETA 17:40", "N518TX", TypeVehicle},
		{"en", "Mission # QF-22-0091     Aircraft N77PQ (EC135)", "N77PQ", TypeVehicle},
		{"en", "Scene: lake cove; private pontoon boat, MN registration MN 2231 KD.", "MN 2231 KD", TypeVehicle},
		{"pt-BR", ocrForm, "BQX - 7 K 4 2", TypeVehicle},
		// organisations
		{"en", "Struck with a bottle outside The Rusty Anchor Tavern at 201 Pike St.", "The Rusty Anchor Tavern", TypeOrganization},
		{"en", "Bus: Elkhart Community Schools bus; driver unhurt.", "Elkhart Community Schools", TypeOrganization},
		{"en", "Fell from scaffolding at a job site (Delgado Companies project).", "Delgado Companies", TypeOrganization},
		{"en", "Event: Ridgeline Chemical plant chlorine leak, 40 exposed.", "Ridgeline Chemical", TypeOrganization},
		{"en", "TRANSPORT - Yavapai County Sheriff's Office / Verde Valley Fire", "Yavapai County Sheriff's Office", TypeOrganization},
		{"en", "Transport to Bayside Health Moreno Children's; report given to the charge nurse.", "Moreno Children's", TypeOrganization},
		{"en", "Employer: Whitcomb & Ames (roofing), Brockton", "Whitcomb & Ames", TypeOrganization},
		{"en", "Location: Quik Stop, 2210 N Main St, Elkton. Clerk called 911.", "Quik Stop", TypeOrganization},
		{"en", "Arrived via Canyon County Paramedics Medic 4 after a fall.", "Canyon County Paramedics", TypeOrganization},
		{"pt-BR", "Responsáveis hospedados no Hotel Costa Dourada, quarto 12.", "Hotel Costa Dourada", TypeOrganization},
		{"pt-BR", "Condutor do ônibus da Viação Serra Verde prestou socorro.", "Viação Serra Verde", TypeOrganization},
		{"pt-BR", "Corpo encaminhado ao IML de Cascavel para necropsia.", "IML de Cascavel", TypeOrganization},
		{"pt-BR", "Levada pela ambulância à UAI Pampulha e depois regulada.", "UAI Pampulha", TypeOrganization},
		{"pt-BR", "7º Batalhão de Bombeiros Militar - Montes Claros/MG", "7º Batalhão de Bombeiros Militar", TypeOrganization},
		{"pt-BR", "Registro na 12ª DP, RO nº 012-00441/2024.", "12ª DP", TypeOrganization},
		{"pt-BR", "Comunicado à Delegacia de Proteção ao Idoso e ao Ministério Público.", "Delegacia de Proteção ao Idoso", TypeOrganization},
		{"pt-BR", "Grupamento de Bombeiros Marítimo - Guarujá     Posto 3     Sábado, 10h", "Guarujá", TypeLocation},
		{"pt-BR", ocrCert, "USINA  SÃO  MARTINHO", TypeOrganization},
		// a name before a relation in brackets; above a street address
		{"en", "Occupants:\n1. Reuben Hale, 60 M - self-evacuated.\n2. Tobiah (nephew, 9 M) - carried out by crew.", "Tobiah", TypeName},
		{"en", "RX# 551207     FILLED 06/01/24\nOKAFOR, GRACE L\n118 BIRCH HOLLOW RD, AKRON OH\nLISINOPRIL 10 MG TAB", "OKAFOR, GRACE L", TypeName},
		// a capitals address whose word the medical lists hold too
		{"en", "NORTHSIDE PHARMACY #0412  2200 W GRAND MESA AVE  GRAND JUNCTION CO 81501", "2200 W GRAND MESA AVE", TypeAddress},
		// a CPF's check digits after a spaced dash
		{"pt-BR", "[02/03/24, 10:12] Ana: o cpf dele é 529 982 247 - 25\n[02/03/24, 10:13] Dra. Luz: ok", "529 982 247 - 25", TypeCPF},
		// forms in capitals: a place in a field, a district, an OCR'd day
		{"pt-BR", "Município de notificação: APARECIDA DE GOIÂNIA\nBairro: JARDIM NOVO HORIZONTE", "APARECIDA DE GOIÂNIA", TypeLocation},
		{"pt-BR", "Município de notificação: APARECIDA DE GOIÂNIA\nBairro: JARDIM NOVO HORIZONTE", "JARDIM NOVO HORIZONTE", TypeLocation},
		{"pt-BR", ocrCert, "O3  de  maio  de  2O24", TypeDate},
		// a licence's state inside its brackets
		{"en", "Crew: Nia Garza, Paramedic (OK P-2231180); Lee Ortiz, EMT", "OK P-2231180", TypeID},
	})
	checkClean(t, d, []cleanCase{
		// a road alone names no place; a dimension is no cross street
		{"en", "Single-vehicle rollover on I-90 near Clinton; driver restrained.", "I-90"},
		{"en", "Wound 2 x 3 cm. Cross-cover resident aware.", "3 cm"},
		// ranks and roles that are words; a corps or a role outside the name
		{"en", "Chief Complaint: chest pain since this morning.", "Complaint"},
		{"en", "Prosecutor: Deputy County Attorney Marla Quint, Bar no. 0412", "County"},
		{"en", "Family farm outside Hartford, SD. Brought by neighbor Ivo Fenn.", "Brought"},
		{"pt-BR", "Dr. Jonas Vilela - Perito Médico-Legista - CRM-SP 100.220", "Médico"},
		{"pt-BR", "Houve recusa e registro policial BO 2025/118.442 no mesmo dia.", "BO"},
		{"pt-BR", "Guarnição: Sgt PM Edvaldo Cunha, mat. 41.227.903.", "PM"},
		{"pt-BR", "Vítima retirada pela guarnição (Cb BM Otávio Ramalho e Sd BM Lúcia Prates) às 10h12.", " e Sd"},
		{"en", "Dog bite reported; owner Gus Lenz says the dog is vaccinated. Owner Wes Tanner witnessed.", "Owner"},
		// a table's first column of beds or quarters
		{"en", "Beds:\nICU-1204 stable\nICU-1205 stable", "ICU-1204"},
		{"en", "Plan:\nQA-2024 review\nQA-2025 review", "QA-2024"},
		// a date is still one
		{"en", "Seen 23-12-2023 in clinic.", "clinic"},
		// a state's code that is a label
		{"en", "Interpreter via phone line, Nou Vang (ID HM-2208).", "(ID"},
		// a service named by its kind
		{"pt-BR", "Para: Central de Regulação de Leitos <leitos@saude.sc.gov.br>\nPrezados,", "Central de Regulação de Leitos"},
		{"pt-BR", "Solicitamos vaga em Centro de Tratamento de Queimados para a paciente.", "Centro de Tratamento"},
		{"pt-BR", "Destino: Hospital Geral de Itu - Pronto-Socorro Cirúrgico\nData: 2024-06-11", "Cirúrgico"},
		// capitals that are no district
		{"pt-BR", "Idade: 91a     Peso 58 kg     ASA III\nConvênio: particular", "ASA III"},
		{"pt-BR", "NOTIFICAÇÃO DE INCIDENTE - NÚCLEO DE SEGURANÇA DO PACIENTE\nNº interno: 44", "SEGURANÇA"},
		// EMS acronyms and credentials
		{"en", "Bystander applied the facility AED; 1 shock per AED log.", "AED"},
		{"en", "Attachments: ePCR, code summary. The ePCR is in the portal.", "ePCR"},
		{"en", "HICS activated 20:52. Decon at ambulance bay.", "HICS"},
		{"en", "Signed: Dora Pike, NRP, Clinical Quality Coordinator", "NRP"},
		// eponyms
		{"en", "Upper GI bleed from a Mallory-Weiss tear; Maddrey discriminant function 12.", "Mallory"},
		{"en", "Upper GI bleed from a Mallory-Weiss tear; Maddrey discriminant function 12.", "Maddrey"},
		{"en", "Ulcer with adherent clot (Forrest IIb), treated with epinephrine.", "Forrest"},
		{"en", "Started upadacitinib (Rinvoq) 15 mg daily. Tophus on the L elbow.", "Tophus"},
	})
}

// The digit prechecks of the two age passes (spacedNineIn41,
// ageNumberIn41) must never say no where the passes' token tests hold.
func TestRound41AgePrechecks(t *testing.T) {
	rng := rand.New(rand.NewSource(41))
	pieces := []string{" ", "  ", "\t", "\u00a0", "\n", "", ",", "(", "( ", ", ", ",\u00a0", "9", "94", "090", "115", "116", "89",
		"1O5", "9 4", "99", "100", "\u0663", "9\u0663", "age", "a", "anos", "Sr", "x", "é", "-", "19", "109", "0", "4"}
	for it := 0; it < 40000; it++ {
		var b strings.Builder
		for k := rng.Intn(8) + 1; k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		toks := tokenize(s, nil)
		for i := range toks {
			t1 := toks[i]
			if t1.kind != kNum {
				continue
			}
			// detectSpacedAges: two spaced single digits from 90 up
			if i+1 < len(toks) {
				u := toks[i+1]
				if u.kind == kNum && t1.e-t1.s == 1 && u.e-u.s == 1 && u.gap == 1 && !u.nl && !(i > 0 && t1.gap == 0 && toks[i-1].kind != kWord) &&
					int(s[t1.s]-'0')*10+int(s[u.s]-'0') >= 90 && !spacedNineIn41(s) {
					t.Fatalf("spacedNineIn41(%q) = false, but the pass reads tokens %d and %d", s, i, i+1)
				}
			}
			// detectParenAges: 90 to 115 after a bracket, or a comma and one blank
			if n := t1.e - t1.s; (n == 2 || n == 3) && i > 0 {
				p := toks[i-1]
				if (p.kind == kPunct && s[p.s:p.e] == "(" || p.kind == kPunct && s[p.s:p.e] == "," && p.gap == 0 && t1.gap == 1) && !ageNumberIn41(s) {
					if v := atoi(s[t1.s:t1.e]); v >= 90 && v <= 115 {
						t.Fatalf("ageNumberIn41(%q) = false, but the pass reads token %d", s, i)
					}
				}
			}
		}
	}
}
