package phi

import "testing"

// Round 51 rules (heldout148: travel and transport around patients;
// heldout147: work and school health; heldout146: dev-imitating notes;
// invented text): a booking's reference, an aircraft's, a road vehicle's
// and a ship's marks and names, travel businesses named before a head
// that wants a proper word or a cue (airlines, assistance companies,
// travel insurers, cruise lines), the places of a route and before an
// airport's code, the place a journey leaves from or reaches, a
// layover's date, a Spanish street with its number after the name, a
// badge's number, a state's laboratory in title case, a union's local,
// a city's utility, a firm split by "e", a student's academic record, a
// room after a Brazilian address, a hostel, museums, "U.S. Consulate",
// a CEREST, a farm's name before its
// CNPJ, a branch's town, a sender's unit.
// Against over-reach: flight's business words alone, a state's Medicaid,
// a scale's "escala de", a heading's capitals and a state's code beside a
// dash, a clause after a dash, a route's words in no list beside a
// common word, a blood pressure's range, a dose's hours, a frequency, a
// score's MRC fraction, department words of a school, a university or a
// workplace, services named by their kind, clinical eponyms and words at a sentence's start, abbreviations.
func TestRound51Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// a booking's reference
		{"en", "He flies back on 05/12 (Borealis Airways booking K7PZ2W) with his wife.", "K7PZ2W", TypeID},
		{"en", "He flies back on 05/12 (Borealis Airways booking K7PZ2W) with his wife.", "Borealis Airways", TypeOrganization},
		{"pt-BR", "Passageira: Ilda Moura\nLocalizador: TQ8MRX     Bilhete: 127-5521009876", "TQ8MRX", TypeID},
		{"en", "Member to bring photos and the flight booking (XR5TQ2, departing 04/09).", "XR5TQ2", TypeID},
		// aircraft, vehicles, ships
		{"en", "Retrieval flown by Kestrel Air Ambulance (aircraft D-CKTA) to Leeds.", "D-CKTA", TypeVehicle},
		{"pt-BR", "Equipe pronta, aeronave PT-LZE abastecida.", "PT-LZE", TypeVehicle},
		{"en", "Evacuated at dawn by helicopter N382HM to the trauma center.", "N382HM", TypeVehicle},
		{"en", "Road leg by Sanitätsdienst Ebner, vehicle M-SD 2210, to the airport.", "M-SD 2210", TypeVehicle},
		{"en", "Receiving crew: Mesa Valley Critical Care, unit plate AZ 9PL-4471.", "AZ 9PL-4471", TypeVehicle},
		{"pt-BR", "POSTO MÉDICO - NAVIO Estrela do Norte (Mar Azul Cruzeiros)\nData: 02/02/2025", "Estrela do Norte", TypeVehicle},
		{"pt-BR", "Unidade: FPSO Aurora do Sul\nOperadora: X", "Aurora do Sul", TypeVehicle},
		{"en", "Location: jack-up drilling unit Ocean Warden, 40 nm offshore.", "Ocean Warden", TypeVehicle},
		// travel businesses
		{"en", "Insurer notified: Lighthouse Assist, case LA-2211-0934.", "Lighthouse Assist", TypeOrganization},
		{"en", "Her insurance card says Pioneer Mutual PX-44190021; we will bill them.", "Pioneer Mutual", TypeOrganization},
		{"en", "Requesting assistance company: Summit Global Assistance, case no. SGA-24-7710.", "Summit Global Assistance", TypeOrganization},
		{"en", "Diverted flight (Transatlantica Airways TA 118, Madrid - Boston), landed 04:10.", "Transatlantica Airways", TypeOrganization},
		{"pt-BR", "Seguro-viagem corporativo Bandeira Seguros, apólice BS-2024-5512.", "Bandeira Seguros", TypeOrganization},
		{"pt-BR", "Relata que o voo (Voa Sul Linhas Aéreas, localizador VS7Q2M) foi cancelado.", "Voa Sul Linhas Aéreas", TypeOrganization},
		{"en", "Evacuation on 12 May by Heronwing Medical Aviation to Bristol.", "Heronwing Medical Aviation", TypeOrganization},
		// the places of a route
		{"en", "Itinerary: flight ZQ 301 Raleigh (RDU) - Madrid (MAD), 02 Jun 2024.", "Madrid", TypeLocation},
		{"en", "Itinerary: flight ZQ 301 Raleigh (RDU) - Madrid (MAD), 02 Jun 2024.", "Raleigh", TypeLocation},
		{"en", "Provoked by long-haul travel (Oslo - Seattle - Boise, 14 h).", "Seattle", TypeLocation},
		{"pt-BR", "Assunto: Remoção aeromédica - Parintins x Manaus", "Parintins", TypeLocation},
		{"pt-BR", "Temporada - roteiro Santos / Paraty / Salvador / Recife", "Paraty", TypeLocation},
		{"pt-BR", "Decolagem prevista de Santarém às 07h, pouso em Itaituba às 08h10.", "Santarém", TypeLocation},
		{"pt-BR", "Decolagem prevista de Santarém às 07h, pouso em Itaituba às 08h10.", "Itaituba", TypeLocation},
		{"pt-BR", "Roteiro:\n- 03/09: voo Guarulhos - Lisboa.\n- 11/10: escala em Joanesburgo e retorno.", "11/10", TypeDate},
		{"pt-BR", "Trabalha como operador na Ambev (unidade de Itu) há 5 anos.", "Itu", TypeLocation},
		// addresses, identifiers, organisations
		{"en", "[06:10] Guide: Hostal Qorichaska, Calle Nueva Alta 322, room 4.", "Calle Nueva Alta 322", TypeAddress},
		{"en", "[06:10] Guide: Hostal Qorichaska, Calle Nueva Alta 322, room 4.", "Hostal Qorichaska", TypeOrganization},
		{"pt-BR", "Enf. Paulo Reis (tripulante, crachá MAZ-CR-11209)", "MAZ-CR-11209", TypeID},
		{"pt-BR", "Coleta de fezes para Lacen-PE no desembarque em Recife.", "Lacen-PE", TypeOrganization},
		{"en", "Union notified: United Steel and Foundry Workers Local 318, steward Al Reyes.", "United Steel and Foundry Workers Local 318", TypeOrganization},
		{"en", "Employer/Department: City of Sheboygan Water Utility, wastewater operator.", "City of Sheboygan Water Utility", TypeOrganization},
		{"pt-BR", "Empregador: Marchetti Logística e Armazéns Ltda., Chapecó/SC", "Marchetti Logística e Armazéns Ltda", TypeOrganization},
		{"pt-BR", "Aluna: Bruna Leite, RA 2021.08.3316, curso de Enfermagem.", "2021.08.3316", TypeID},
		{"pt-BR", "Comparecer ao setor (Av. Brasil Sul, 2210-B, sala 4) em 10/03/2024.", "Av. Brasil Sul, 2210-B, sala 4", TypeAddress},
		{"en", "Field trip Friday to the Blue Heron Science Museum: inhaler packed.", "Blue Heron Science Museum", TypeOrganization},
		{"en", "09:00 Spoke with the U.S. Consulate General in Lima about the passport.", "U.S. Consulate General", TypeOrganization},
		{"pt-BR", "EVOLUÇÃO - CEREST Regional de Bauru\nData: 02/05/2024", "CEREST Regional de Bauru", TypeOrganization},
		{"pt-BR", "ASO - ADMISSIONAL\nEmpregador: Fazenda Boa Esperança Agropecuária Ltda.     CNPJ: 15.218.409/0001-56", "Fazenda Boa Esperança Agropecuária Ltda", TypeOrganization},
		{"en", "Claims contact: adjuster Brenda Fox (Bluebonnet Claims Management)\nS: numbness.", "Bluebonnet Claims Management", TypeOrganization},
		// names
		{"pt-BR", "[21:05] Dra Rita UBS: Boa noite, Dores! Ele ainda tem febre?", "Rita", TypeName},
		{"pt-BR", "[05:01] Cmte. Saulo: aeronave abastecida.", "Saulo", TypeName},
	})
	checkClean(t, d, []cleanCase{
		// business words alone, a state's Medicaid
		{"en", "[10:18] Special Assistance: Got it. Please bring the concentrator.", "Special Assistance"},
		{"en", "1200 Oak St, Minneapolis, MN 55407\nMN Medical Assistance ID: 00418823", "Assistance"},
		{"en", "Reactive Airways Disease as a child; no inhaler since.", "Airways"},
		// a booking's status, an aircraft's model, a vehicle's label, a
		// ship's kind, a room's kind, an academic record in English
		{"en", "Booking CONFIRMED by phone; seat 12A.", "CONFIRMED"},
		{"en", "Operator: Northstar     Aircraft: Learjet 45, registration N417NS", "Learjet"},
		{"en", "Crash: vehicle ID unknown, driver ejected.", "ID"},
		{"pt-BR", "Trabalha em navio de cruzeiro como garçom.", "cruzeiro"},
		{"pt-BR", "Mora na Rua das Flores, 12. Aguardou na sala 3 do ambulatório.", "sala 3"},
		{"en", "Echo: RA 2.1 cm, RV normal.", "2.1"},
		{"en", "Local 4 staff were briefed; Local anesthesia given.", "Local 4"},
		// route words: a scale, capitals, a state's code, a clause, a
		// common word
		{"pt-BR", "Escala de Rankin modificada 3 na alta; viagem adiada.", "Rankin"},
		{"pt-BR", "PROGRAMA CRIANÇA FELIZ - REGISTRO DE VISITA\nViagem marcada.", "REGISTRO"},
		{"pt-BR", "Aracaju - SE, 07 de novembro de 2024. Voo remarcado.", "SE"},
		{"pt-BR", "App Hospital Vita Curitiba - Fale com a Equipe (viagem)", "Fale"},
		{"pt-BR", "Transferência solicitada.\nEduarda Fochesatto - Central de Regulação", "Central"},
		// numbers that are no identifiers
		{"en", "En route: BP 142/80-158/86, HR 72-90, SpO2 95%.", "142/80-158/86"},
		{"en", "Levodopa - time-critical doses at 0600/1000/1400/1800/2200, do not skip.", "0600/1000/1400/1800/2200"},
		{"en", "Plan: PT 2x/week x 4 weeks.", "2x/week"},
		{"en", "Left hemiparesis (MRC 2/5 arm, 3/5 leg).", "2/5"},
		// departments of a school, a university or a workplace, services
		// named by their kind
		{"en", "From: Student Health Compliance <immunizations@northvale.edu>\nTo: Sam Ortiz", "Student Health"},
		{"en", "Ridgeline State University Department of Athletics - Sports Medicine\n\nMay 2, 2024", "Athletics"},
		{"en", "GASTROENTEROLOGY/HEPATOLOGY CLINIC - March 28, 2024\nPatient: Rosa Vieira", "CLINIC"},
		{"pt-BR", "De: Central de Regulação de Remoções <regulacao@aerotrans.com.br>\nVaga confirmada pela Central Estadual (senha AM-2025-0221-00412).", "Central de Regulação"},
		{"pt-BR", "De: Central de Regulação de Remoções <regulacao@aerotrans.com.br>\nVaga confirmada pela Central Estadual (senha AM-2025-0221-00412).", "Central Estadual"},
		// clinical words and abbreviations
		{"en", "IOP 28 mmHg by Goldmann applanation. Gonioscopy shows a Sampaolesi line and a Krukenberg spindle.", "Gonioscopy"},
		{"en", "IOP 28 mmHg by Goldmann applanation. Gonioscopy shows a Sampaolesi line and a Krukenberg spindle.", "Krukenberg"},
		{"en", "Per Fleischner guidance no follow-up. Spirometry FVC 88%. Echocardiogram ordered.", "Fleischner"},
		{"en", "Per Fleischner guidance no follow-up. Spirometry FVC 88%. Echocardiogram ordered.", "Echocardiogram"},
		{"pt-BR", "Quadro de demência com corpos de Lewy. Em AAS e clopidogrel.", "Lewy"},
		{"pt-BR", "Quadro de demência com corpos de Lewy. Em AAS e clopidogrel.", "AAS"},
		{"en", "Yellow fever given; ICVP issued. Handover at 20:40. Onboard, a nurse helped.", "ICVP"},
		{"en", "Yellow fever given; ICVP issued. Handover at 20:40. Onboard, a nurse helped.", "Handover"},
		{"pt-BR", "[23:48] TST Jaqueline: tô descendo. Notificado ao CIEVS.", "TST"},
		{"en", "Crew: Dwayne Ortiz, CCEMT-P (lead); Dr. Amara Obi, MBChB, MMed", "MBChB"},
	})
}
