package clinical

import "testing"

// TestLayWordingCoverage pins lay, regional, abbreviated and misspelt
// phrasings (en + pt-BR, with and without accents) for the concepts the
// red-flag rules use, and checks that negation still applies to them and
// that "não para de ..." / "won't stop" are not read as negations.
func TestLayWordingCoverage(t *testing.T) {
	cases := []phrase{
		// Breathlessness.
		{"en", "Can't catch my breath since this morning.", "dyspnea", present},
		{"en", "Cant breathe properly, gasping for air.", "dyspnea", present},
		{"en", "Out of breath walking to the car.", "dyspnea", present},
		{"en", "No shortnes of breath.", "dyspnea", denied},
		{"pt-BR", "Está com cansaço pra respirar.", "dyspnea", present},
		{"pt-BR", "Esta com cansaco pra respirar.", "dyspnea", present},
		{"pt-BR", "Ficou sem ar de repente.", "dyspnea", present},
		{"pt-BR", "Não consegue respirar direito.", "dyspnea", present},
		{"pt-BR", "Nega falta de ar.", "dyspnea", denied},
		{"pt-BR", "Nega falta de folego.", "dyspnea", denied},
		// Chest pain.
		{"en", "Chest feels really heavy.", "chest_pain", present},
		{"en", "Like an elephant on my chest.", "chest_pain", present},
		{"en", "No chest pain.", "chest_pain", denied},
		{"pt-BR", "Peito apertado desde cedo.", "chest_pain", present},
		{"pt-BR", "Peito ta doendo.", "chest_pain", present},
		{"pt-BR", "Sem dor no peito.", "chest_pain", denied},
		{"pt-BR", "Suando frio.", "diaphoresis", present},
		// Syncope.
		{"en", "Passed out in the kitchen.", "syncope", present},
		{"en", "Keeled over at the bus stop.", "syncope", present},
		{"en", "Fever went down overnight.", "syncope", absent},
		{"en", "No fainting or blackouts.", "syncope", denied},
		{"pt-BR", "Desmaiou no banheiro.", "syncope", present},
		{"pt-BR", "Apagou uns dois minutos.", "syncope", present},
		{"pt-BR", "Teve um apagão na rua.", "syncope", present},
		{"pt-BR", "Nega desmaio.", "syncope", denied},
		// Stroke (BE-FAST) words.
		{"en", "Her face is drooping on one side.", "facial_droop", present},
		{"en", "His face went droopy at lunch.", "facial_droop", present},
		{"en", "No facial droop.", "facial_droop", denied},
		{"en", "Speech slurred for ten minutes.", "speech", present},
		{"en", "Words coming out all wrong.", "speech", present},
		{"pt-BR", "Ficou com a boca torta.", "facial_droop", present},
		{"pt-BR", "Boca entortou de repente.", "facial_droop", present},
		{"pt-BR", "Sem boca torta.", "facial_droop", denied},
		{"pt-BR", "Fala enrolada desde o almoço.", "speech", present},
		{"pt-BR", "Está falando embolado.", "speech", present},
		{"pt-BR", "Braço direito mole.", "arm_weakness", present},
		{"pt-BR", "Não consegue levantar o braço.", "arm_weakness", present},
		// Thunderclap headache.
		{"en", "Worst headache I've ever had.", "thunderclap", present},
		{"en", "Like being hit on the back of the head.", "thunderclap", present},
		{"pt-BR", "A pior dor de cabeça da vida.", "thunderclap", present},
		{"pt-BR", "Dor de cabeça que veio do nada.", "thunderclap", present},
		{"pt-BR", "Pescoço duro.", "neck_stiffness", present},
		// Seizures: "won't stop" / "não para de" are not negations.
		{"en", "Having a fit that won't stop.", "status_epilepticus", present},
		{"en", "Been fitting for 10 minutes.", "status_epilepticus", present},
		{"en", "Had a siezure this morning.", "seizure", present},
		{"pt-BR", "Não para de convulsionar.", "seizure", present},
		{"pt-BR", "Nao para de convulsionar.", "status_epilepticus", present},
		{"pt-BR", "Convulsionando há 15 minutos.", "status_epilepticus", present},
		{"pt-BR", "Nega convulsão.", "seizure", denied},
		// Bleeding.
		{"en", "Coughing up blood this morning.", "hemoptysis", present},
		{"en", "Not coughing up any blood.", "hemoptysis", denied},
		{"pt-BR", "Tossindo sangue vivo.", "hemoptysis", present},
		{"pt-BR", "Sem sangue no catarro.", "hemoptysis", denied},
		{"en", "Throwing up blood since last night.", "hematemesis", present},
		{"en", "Puking blood.", "hematemesis", present},
		{"pt-BR", "Vomitando sangue.", "hematemesis", present},
		{"pt-BR", "Vomitanto sangue.", "hematemesis", present},
		{"pt-BR", "Nega vômito com sangue.", "hematemesis", denied},
		{"en", "Black tarry poo.", "melena", present},
		{"en", "No black stools.", "melena", denied},
		{"pt-BR", "Fezes pretas há 2 dias.", "melena", present},
		{"pt-BR", "Cocô preto.", "melena", present},
		{"pt-BR", "Sem fezes pretas.", "melena", denied},
		{"pt-BR", "Sem sangue nas fezes.", "rectal_bleeding", denied},
		{"en", "About a cupful.", "large_volume", present},
		// Overdose.
		{"en", "Swallowed a whole bottle of pills.", "overdose", present},
		{"en", "Took all of her mum's tablets.", "overdose", present},
		{"pt-BR", "Tomou a cartela toda de clonazepam.", "overdose", present},
		{"pt-BR", "Tomou a caixa inteira.", "overdose", present},
		{"pt-BR", "Tomou um comprimido de dipirona.", "overdose", absent},
		// Breathing and colour.
		{"en", "Lips going blue.", "cyanosis", present},
		{"en", "No blue lips.", "cyanosis", denied},
		{"pt-BR", "Boca roxinha.", "cyanosis", present},
		{"pt-BR", "Lábios arroxeados.", "cyanosis", present},
		{"en", "Ribs sucking in with every breath.", "ill_appearing", present},
		{"pt-BR", "Não consegue falar uma frase inteira.", "life_threat_asthma", present},
		// Diabetic crisis in words.
		{"en", "Meter just says HI.", "hyperglycemia_word", present},
		{"pt-BR", "Glicemia dando HI no aparelho.", "hyperglycemia_word", present},
		{"pt-BR", "Glicemia muito alta.", "hyperglycemia_word", present},
		{"en", "Hi doctor, sore knee.", "hyperglycemia_word", absent},
		{"en", "Breathing really deep and fast.", "kussmaul", present},
		{"pt-BR", "Respiração funda e rápida.", "kussmaul", present},
		{"en", "Puking since last night.", "vomiting", present},
		{"en", "Threw up twice.", "vomiting", present},
		// Infection, urinary and abdominal wording.
		{"pt-BR", "Manchinhas roxas no corpo.", "nonblanching_rash", present},
		{"pt-BR", "Manchas roxas que não somem quando aperta.", "nonblanching_rash", present},
		{"pt-BR", "Manchas roxas nas pernas.", "nonblanching_rash", absent},
		{"en", "Purple spots on her legs.", "nonblanching_rash", present},
		{"en", "Burning when I pee.", "dysuria", present},
		{"pt-BR", "Ardência pra urinar.", "dysuria", present},
		{"en", "Pain in my side under the ribs.", "flank_pain", present},
		{"pt-BR", "Dor nas costas do lado direito.", "flank_pain", present},
		{"en", "Pain low down on the right side of my belly.", "rlq_pain", present},
		{"pt-BR", "Dor na barriga do lado direito embaixo.", "rlq_pain", present},
		{"en", "Started around my belly button.", "pain_migration", present},
		{"pt-BR", "Começou no umbigo.", "pain_migration", present},
		{"pt-BR", "Batata da perna inchada e vermelha.", "dvt_signs", present},
		{"pt-BR", "Dor muito forte no saco.", "testicular", present},
		{"en", "Pain in his balls.", "testicular", present},
		{"en", "Tummy pain since lunch.", "abdominal_pain", present},
	}
	checkPhrases(t, cases)
}
