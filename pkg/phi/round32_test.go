package phi

import "testing"

// Round 32 rules (heldout94, 96, 97, invented text): a name cut at the
// credential inside its run ("X Y RN CM"); names after dispatch, driver
// and representative labels, a user's initials alone after one; a given
// name in brackets after a name (a nickname); the items of a numbered
// list of people; the other side of a handover arrow; organisations
// ending in Agency, Association, Society, Equipment, HealthPlan; two
// organisations joined by "and"; dialysis and home-health chains; IDs
// after "Grievance", card endings; plates after a vehicle word, a plate
// after its state, a letter-spaced plate; hyphenated towns after a
// residence cue. A speaker's turn opening with an ordinary word ("DR:
// Perfect.") and a contraction ("I'll", "Didn't") are no longer names.
func TestRound32Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Night handover\nOut: Roxanne Delacroix RN CM  -> In: Bertram Olufemi RN CM", "Roxanne Delacroix", TypeName},
		{"en", "Night handover\nOut: Roxanne Delacroix RN CM  -> In: Bertram Olufemi RN CM", "Bertram Olufemi", TypeName},
		{"en", "Call 11/02 14:05   Rep: Maribel\nCaller: son", "Maribel", TypeName},
		{"en", "Ride completed 16:20.\nDispatcher: kbw", "kbw", TypeName},
		{"en", "[08:15] dispatch: Gideon - second pickup moved to 9.", "Gideon", TypeName},
		{"pt-BR", "Acompanhante: Maria Doralice Ferreira (Dora)\nSaída às 5h.", "Dora", TypeName},
		{"en", "Driver: Robert Haines (Bobby), white minivan.", "Bobby", TypeName},
		{"pt-BR", "Passageiros:\n1. Maria Aparecida Souza - consulta\n2. Rosângela Pinto Leite - exame", "Rosângela Pinto Leite", TypeName},
		{"pt-BR", "Repasse do plantão.\nAS Rosângela -> AS Eduardo", "Rosângela", TypeName},
		{"en", "Faxed the form to Brookfield Visiting Nurse Association today.", "Brookfield Visiting Nurse Association", TypeOrganization},
		{"en", "Employer: Yolo County Transit Agency", "Yolo County Transit Agency", TypeOrganization},
		{"en", "Ordered a walker from Summit Medical Equipment (555-0101).", "Summit Medical Equipment", TypeOrganization},
		{"en", "Linked with the Tri-Valley Food Bank and Legal Aid Society of Dayton", "Legal Aid Society of Dayton", TypeOrganization},
		{"en", "Runs Tue/Thu/Sat at DaVita on Main.", "DaVita", TypeOrganization},
		{"en", "Discharged home with HH (Bayada to start Monday).", "Bayada", TypeOrganization},
		{"en", "Subject: Grievance QA-23-1187 - billing", "QA-23-1187", TypeID},
		{"en", "Payment plan set up with Mastercard ending 4410.", "4410", TypeAccount},
		{"en", "He drove off in a grey sedan, plate KS HT7-R2W.", "HT7-R2W", TypeVehicle},
		{"en", "Unit plate : 7 2 0 4 B K\nCC : chest pain", "7 2 0 4 B K", TypeVehicle},
		{"pt-BR", "Veículo: van QRT-8B41 saindo às 4h.", "QRT-8B41", TypeVehicle},
		{"pt-BR", "Paciente residente em Embu-Guaçu, trazido pela filha.", "Embu-Guaçu", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		{"en", "[00:00:12] DR: Perfect. Any chest pain?\n[00:00:15] PT: No.", "Perfect"},
		{"en", "PATIENT: Yeah, yeah, I hear you fine.", "Yeah"},
		{"en", "DR: With food, twice a day.", "With"},
		{"en", "[00:02:10] DR: I'll send it to the pharmacy.", "I'll"},
		{"en", "I slipped in the kitchen. Didn't hit my head.", "Didn"},
		{"pt-BR", "Dra.: Tá bom. Vamos ajustar a dose.", "Tá"},
		{"pt-BR", "Paciente: Ó, doutora, não consegui.", "Ó"},
		{"pt-BR", "LAUDO DE RESSONÂNCIA MAGNÉTICA DO OMBRO DIREITO", "RESSONÂNCIA"},
		{"en", "OR -> PACU HANDOFF 10:42\nHandoff to PACU RN Jolene Marr.", "PACU HANDOFF"},
		{"en", "Order Durable Medical Equipment for home.", "Durable Medical Equipment"},
		{"en", "Machine: Fresenius 2008T, serial 8KX41207.", "Fresenius"},
		{"en", "Vehicle: 2018 Honda Civic, VIN 2HGFC2F59JH512345", "VIN"},
		{"pt-BR", "Lista:\n1. Insulina Glargina - 10 UI\n2. Maria Souza Lima - acompanhante", "Insulina"},
	})
	// a surname-first field and a given name after a speaker's label stay names
	checkTyped(t, d, []typedCase{
		{"en", "Patient: Young, Roberta", "Young, Roberta", TypeName},
		{"en", "[08:01] dispatch: Ray - the van is late.", "Ray", TypeName},
		{"en", "Referred to Lakeview Spine and Pain Center for injections.", "Lakeview Spine and Pain Center", TypeOrganization},
	})
}
