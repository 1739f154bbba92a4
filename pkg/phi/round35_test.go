package phi

import "testing"

// Round 35 rules (heldout101–102, invented text): names of the note that
// are common words, again where a sentence opens; chat writers who
// introduce themselves in lower case, names addressed after a sender's
// colon, senders with the role after the name; identifiers after "ending
// in", in brackets, with letters before their digits or a credential
// before them; rural routes, grid numbers, county roads and cross
// streets; organisation heads and the clauses that continue them; towns
// named like clinical words; and, against over-reach, eponyms, scores,
// vehicles and devices, plans of care and document titles.
func TestRound35Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// a name found once, met again where a sentence opens
		{"en", "Reason: Dawn woke at 3 am with slurred speech; Dawn initially planned to drive.\nCaller: Dawn Okereke (wife) re: Ezra Okereke, DOB 2-4-1950", "Dawn", TypeName},
		{"en", "Summary: Iris reports worse dizziness.\nPt: Iris Q. Halloway    MRN 44120931", "Iris", TypeName},
		{"en", "Hope,\n\nThe results are back and look good.\n\nFrom: Dr. Lin\nTo: Hope Vandermeer <hvandermeer@example.org>", "Hope", TypeName},
		{"en", "need my refill sent to the pharmacy pls\nthx\nmark\n\n---- Reply ----\nHi Mark, it was sent today.", "mark", TypeName},
		// chat writers and the people they address
		{"en", "hi its bill tran, my sugars are high again", "bill tran", TypeName},
		{"en", "Lakeside Pharmacy: GRACE, your refill is ready for pickup.\nMe: thanks", "GRACE", TypeName},
		{"pt-BR", "[10/03/2024 08:02] Dra. Helena Prado: Luz, a febre com manchas precisa de avaliação hoje.", "Luz", TypeName},
		{"pt-BR", "[02/04/25 07:10] Dalvinha ACS: bom dia! passei na casa da dona Cida", "Dalvinha", TypeName},
		{"pt-BR", "[14/05/2024 07:46] Neide: não tá não. Graça Maria das Dores, nasc 12/05/1950, cns 700 5012 3344 0001", "Graça Maria das Dores", TypeName},
		{"pt-BR", "R2 Caio: leito 7, Gabrielly, 29s, PA 15x10, cefaleia.", "Gabrielly", TypeName},
		{"en", "Student: Marcus Bell (goes by \"Bug\")     Grade 4", "Bug", TypeName},
		{"en", "Plan reviewed with daughter.\nJane Roe, RN     e-signed tq 09:41", "tq", TypeName},
		{"pt-BR", "Investigadora: Rosimeire Tavares     Função: enfermeira", "Rosimeire Tavares", TypeName},
		// identifiers
		{"en", "His CDL (KPRT8812WQ05) remains valid.", "KPRT8812WQ05", TypeLicense},
		{"en", "SSN on file ending in 6621, verified at registration.", "6621", TypeSSN},
		{"en", "Her son can use the joint account (checking ending 3390) for bills.", "3390", TypeAccount},
		{"en", "Paul Grier, DDS     NH dental license DN 30417", "DN 30417", TypeLicense},
		{"en", "Crew: R. Ostby, Paramedic (ME EMT-P 0081932); T. Ng, EMT", "EMT-P 0081932", TypeLicense},
		{"en", "Medicaid #: AZ 77204185\nPhone: 602-555-0133", "AZ 77204185", TypeHealthPlan},
		// addresses
		{"en", "Address: Rte 4 Box 27, Alderson, WV 24910", "Rte 4 Box 27", TypeAddress},
		{"en", "She lives at W4417 County Road JJ, Random Lake, WI 53075 with her son.", "W4417 County Road JJ", TypeAddress},
		{"pt-BR", "Local: Av. Paraná x Rua Tiradentes - Centro", "Av. Paraná x Rua Tiradentes", TypeAddress},
		{"pt-BR", "Endereço: Rua Nove, 88, casa 2 - Saúde, São Paulo", "Saúde", TypeLocation},
		// organisations
		{"en", "Bluewater Retina Consultants\n\nMarch 3, 2024\n\nRe: follow-up", "Bluewater Retina Consultants", TypeOrganization},
		{"en", "Now staying at Beacon of Grace Mission on 5th Street.", "Beacon of Grace Mission", TypeOrganization},
		{"en", "Employer: Kessler-Moor Stamping, Toledo plant     Dept: press line", "Kessler-Moor Stamping", TypeOrganization},
		{"en", "Unit: Valley Ambulance Service - Medic 3\nDate: 04/02/2024", "Valley Ambulance Service", TypeOrganization},
		{"en", "Delivery planned at Halcyon Medical Center for Women & Children (OR 5/20).", "Halcyon Medical Center for Women & Children", TypeOrganization},
		{"en", "To: Dr. Ana Ruiz, Pediatric Endocrinology, Children's Nebraska     Fax 402-555-0188", "Children's Nebraska", TypeOrganization},
		{"pt-BR", "CLASSIFICAÇÃO DE RISCO\nPronto Socorro Municipal Dr. Aurélio Brandt - Pelotas/RS", "Pronto Socorro Municipal Dr. Aurélio Brandt", TypeOrganization},
		{"pt-BR", "O pai trabalha na colheita da Vinícola Serra Alta desde março.", "Vinícola Serra Alta", TypeOrganization},
		{"pt-BR", "Ponto de referência: ao lado do Mercadinho Bom Preço.", "Mercadinho Bom Preço", TypeOrganization},
		{"pt-BR", "Dra. Ana Souza - CRM/BA 24.880\nEspaço Viver Bem - Av. Sete de Setembro, 200", "Espaço Viver Bem", TypeOrganization},
		{"pt-BR", "A filha mais velha estuda na EEMTI Dona Maria Lúcia Gomes e ajuda em casa.", "EEMTI Dona Maria Lúcia Gomes", TypeOrganization},
		{"pt-BR", "Trabalha para a Entrega Rápida Logística há dois anos.", "Entrega Rápida Logística", TypeOrganization},
		{"pt-BR", "ÓTICA VISÃO CLARA - CNPJ 11.222.333/0001-81\nRua das Flores, 12", "ÓTICA VISÃO CLARA", TypeOrganization},
		{"en", "FAX  FR0M : Pine  Ridge  Fami1y  Hea1th   5 0 5 - 5 5 5 - 0 1 9 4\nPATIENT :  M0RA ,  LUCIA       D0B :  O3 / l1 / l961\nMRN :  PR-OO4471", "Fami1y  Hea1th", TypeOrganization},
		// places
		{"en", "Retired welder, moved here from Normal, IL in 2019; lives alone.", "Normal", TypeLocation},
		{"en", "Food shelf open Mondays at 40 Birch Ave, North St. Paul; call 651-555-0100.", "North St. Paul", TypeLocation},
		{"en", "She moved in with her son in East St. Louis last year.", "East St. Louis", TypeLocation},
		{"pt-BR", "Família de Luz (90 km), sem carro próprio.", "Luz", TypeLocation},
		{"pt-BR", "Os pais são lavradores. Vieram de Luz em carro de vizinho.", "Luz", TypeLocation},
		// (a sentence's clause ends the scale's reach: the date stays)
		{"en", "Started cephalexin on 6/14. Sliding scale insulin was given twice.", "6/14", TypeDate},
		{"pt-BR", "Volta no dia 17/08 para tirar os pontos da cesárea.", "17/08", TypeDate},
		// a letterhead of common words keeps its name before a document's title
		{"en", "Golden Meadow Spine Institute - OUTPATIENT VISIT NOTE\nPatient: Lee Park", "Golden Meadow Spine Institute", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		// weak names open a sentence only before a person's verb
		{"en", "Patient: Hope Larkin, DOB 3/3/1950\nHope you feel better soon.", "Hope you"},
		// no greeting, no self-introduction
		{"en", "The bottle lost its mark in the wash.", "mark"},
		{"pt-BR", "Ótica Bom Olhar: Sim, pode vir amanhã cedo.", "Sim"},
		{"en", "She goes by car to work every day.", "car"},
		{"en", "Consent signed and witnessed at 10:02.", "and"},
		// letters that are a label of their own, or a pressure
		{"en", "Coverage: Medicare MBI 8TK2-RE4-PA61 on file.", "MBI"},
		{"pt-BR", "Exame: PA 162x104 mmHg, edema de MMII.", "PA 162x104"},
		{"en", "Left a message for Tess, LPN (712-555-0166) about the scale.", "LPN"},
		{"en", "Rt 2nd toe swollen, no drainage.", "Rt"},
		{"en", "He walked down North St. Then he fell near the curb.", "Then"},
		// another institution after "at"; a medicine; another after "for"
		{"en", "Next: Endocrine Clinic at Children's Iowa in March.", "Endocrine Clinic at"},
		{"en", "Give Children's Tylenol 160 mg every 6 hours.", "Children's Tylenol"},
		{"en", "Summit Teleradiology for Cottonwood Rural Health Clinic\nReport", " for "},
		// titles, plans and service lines are no organisations
		{"en", "HOME HEALTH OCCUPATIONAL THERAPY - DISCHARGE SUMMARY\nPatient: see below", "OCCUPATIONAL THERAPY"},
		{"en", "CHILD PROTECTIVE SERVICES - REFERRAL FORM\nChild: see below", "PROTECTIVE"},
		{"en", "Gave albuterol as the Asthma Action Plan directs; mom informed.", "Asthma Action Plan"},
		{"en", "Riverbend Internal Medicine - Home-Based Primary Care\nMay 9, 2024", "Primary Care"},
		{"pt-BR", "Insulina e fitas disponíveis na Farmácia Popular do bairro.", "Farmácia Popular"},
		// scales and protocols named after cities
		{"pt-BR", "Hemiparesia esquerda e disartria, Cincinnati 2/3 na chegada.", "Cincinnati"},
		{"pt-BR", "Reavaliado pela escala de Cincinnati: normal.", "Cincinnati"},
		{"pt-BR", "TRIAGEM PELO PROTOCOLO DE MANCHESTER: laranja\nPaciente: X", "MANCHESTER"},
		{"en", "Result: Normal, NC was sent to the lab.", "Normal"},
		// eponyms
		{"en", "Skin: Gottron papules over the knuckles.", "Gottron"},
		{"en", "On arrival deep Kussmaul respirations, pH 7.08.", "Kussmaul"},
		{"en", "Burn size estimated on a Lund and Browder chart at 9%.", "Browder"},
		{"en", "Exam: positive Lachman on the left. MRI: Baker cyst, 2 cm.", "Lachman"},
		{"en", "Exam: positive Lachman on the left. MRI: Baker cyst, 2 cm.", "Baker"},
		{"en", "Both eyes irrigated through a Morgan lens for 30 minutes.", "Morgan"},
		{"pt-BR", "Punho esquerdo: Phalen e Tinel positivos, sem atrofia.", "Phalen e Tinel"},
		{"pt-BR", "Preensão (dinamômetro Jamar) de 18 kgf à esquerda.", "Jamar"},
		{"pt-BR", "Acuidade pela tabela de Snellen sem óculos.", "Snellen"},
		// eye abbreviations and units
		{"en", "Pressures 22 mmHg OD and 19 mmHg OS today; cup 0.6 OS.", "mmHg OS"},
		{"en", "Slit lamp: 1+ AC cell and flare, cornea clear.", "AC"},
		// vehicles and devices
		{"en", "Her nephew keeps her 2014 Buick Regal, OR plate 771 KDB.", "Buick Regal"},
		{"en", "Family is living in the blue Chevy at night.", "Chevy"},
		{"pt-BR", "Motociclista atingido por um VW Gol prata, placa QKD-5521.", "VW Gol"},
		{"en", "Pacemaker (Abbott Sterling DR, serial 7720144) checked.", "Abbott Sterling"},
		// scores read as fractions
		{"en", "Screen: Mini-Cog 3/5 with poor clock drawing.", "3/5"},
		{"en", "Discomfort was 4/10 on the faces scale after the dressing change.", "4/10"},
		{"en", "FAX TRANSMITTAL   PG 2/3\nORDERS", "2/3"},
		// a role after a chat sender
		{"pt-BR", "[03/06/2024 09:12] Rosângela ACS: visitei a dona Lurdes hoje.", "ACS"},
	})
}
