package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound70Rules pins the heldout69–70 fixes (session 8): injuries that
// look small, an acutely cold limb, sepsis without fever, and emergencies
// a patient or relative plays down on an online form.
func TestRound70Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	well := &casemodel.Vitals{HeartRate: fp(82), SystolicBP: fp(126), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	cold := &casemodel.Vitals{HeartRate: fp(112), SystolicBP: fp(94), DiastolicBP: fp(56), RespiratoryRate: fp(24), SpO2: fp(94), TemperatureC: fp(35.5), Consciousness: "confused"}
	cases := []ruleCase{
		// BSSH: a pinhole from a grease or paint gun
		{"en grease gun jab", in("en", "male", 44, "jabbed my thumb with the grease gun, now tight and throbbing", "Tiny hole on the pad of the thumb.", well), "emergency", "high_pressure_injection"},
		// NICE CKS: metal fragment from grinding
		{"en grinding, something in the eye", in("en", "male", 29, "something flew into my left eye while using the angle grinder", "Watering and gritty, vision slightly blurred.", well), "urgent", "eye_high_velocity"},
		// ESVS 2020: the six Ps told plainly
		{"en leg went cold and white", in("en", "female", 74, "my left leg suddenly went cold and white and it hurts", "Can't feel the foot properly.", well), "emergency", "limb_ischaemia"},
		// NICE NG51: an older person cold, breathing fast, low pressure
		{"pt idosa fria e confusa", in("pt-BR", "female", 86, "mais confusa e sem comer", "Acamada.", cold), "emergency", "sepsis_high_risk"},
		// NICE NG126: a late period with pain and near-fainting, no test done
		{"en period late, pain and nearly fainted", in("en", "female", 25, "period 10 days late, sharp pain low on the right and I nearly blacked out", "Haven't done a pregnancy test.", nil), "emergency", "ectopic"},
		// NICE NG225: preparations and the means at hand
		{"pt deu as coisas e tem veneno", in("pt-BR", "male", 52, "desanimado, sem dormir", "Deu as ferramentas para o filho essa semana e disse que logo não vai dar mais trabalho. Tem chumbinho em casa.", nil), "emergency", "suicide_high_risk"},
		// TOXBASE: an overdose told by a parent who found the packets
		{"en empty packs found", in("en", "female", 15, "took a few tablets to make it all stop, feels sick", "Mum found two empty 16-packs of paracetamol in her room.", nil), "emergency", "overdose"},
		// NICE NG232: a head injury on warfarin, told in Portuguese
		{"pt bateu a testa no marevan", in("pt-BR", "male", 80, "escorregou e bateu a testa na pia", "Toma Marevan. Não desmaiou, não vomitou.", nil), "urgent|emergency", "head_injury_anticoag"},
		// RCOG GTG 63: a rock-hard bump that hurts all the time
		{"en rock hard bump and bleeding", in("en", "female", 30, "my bump has gone rock hard and it hurts, some dark blood on my pad", "34 weeks with my first.", nil), "emergency", "antepartum_haemorrhage"},
		// NICE NG133: raised blood pressure at 36 weeks, told by the patient
		{"en puffy ankles and BP at 36 weeks", in("en", "female", 32, "puffy ankles, rings tight", "First baby, 36 weeks. Home BP 146/94, at booking it was 110/70.", &casemodel.Vitals{SystolicBP: fp(146), DiastolicBP: fp(94)}), "urgent|emergency", "hypertension_pregnancy"},
		// a hedge is no denial: "acho que não é nada, é só dengue"
		{"pt acho que não é nada, é só dengue", in("pt-BR", "female", 70, "febre e dor no corpo", "A filha disse: acho que não é nada, é só dengue. É diabética.", &casemodel.Vitals{TemperatureC: fp(38.6)}), "urgent", "dengue_group_b"},
		// a parent's question is no finding: "is it measles?"
		{"en is it measles", in("en", "male", 1, "high fever for 3 days then pink spots after it went, spots fade", "Playing and drinking well. Is it measles?", &casemodel.Vitals{TemperatureC: fp(37.1)}), "non_urgent|routine", ""},
	}
	checkRules(t, cases)
}

// TestRoutingRound70: croup with the airway team, a swallowed battery with
// gastroenterology, an STI in a woman with gynaecology, carpal tunnel with
// neurology too, a raised reading at a check and a lipid review with
// cardiology, a limp, a rolled ankle, Bell's palsy.
func TestRoutingRound70(t *testing.T) {
	for _, c := range []struct {
		in   casemodel.Input
		want string
	}{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(2), Sex: "male"}, Language: "en", Symptoms: "barking cough and stridor at rest since midnight"}, "pulmonology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(3), Sex: "female"}, Language: "en", Symptoms: "swallowed a coin cell from a toy, drooling"}, "gastroenterology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(24), Sex: "female"}, Language: "en", Symptoms: "called back: chlamydia positive, no symptoms"}, "obstetrics_gynecology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(30), Sex: "female"}, Language: "en", Symptoms: "painful sores on the vulva and stinging when I pee"}, "infectious_disease"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(52), Sex: "female"}, Language: "en", Symptoms: "numb thumb and fingers at night", ClinicalNotes: "Phalen and Tinel positive."}, "neurology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(45), Sex: "male"}, Language: "en", Symptoms: "the pharmacy machine said my pressure was high, feel fine", Vitals: &casemodel.Vitals{SystolicBP: fp(150), DiastolicBP: fp(95)}}, "cardiology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(58), Sex: "male"}, Language: "pt-BR", Symptoms: "renovação de receita", ClinicalNotes: "Dislipidemia em uso de sinvastatina."}, "cardiology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(5), Sex: "male"}, Language: "en", Symptoms: "limping since he woke up, hip sore"}, "orthopedics"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(33), Sex: "female"}, Language: "en", Symptoms: "rolled right ankle on a kerb, swollen"}, "orthopedics"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(40), Sex: "male"}, Language: "en", Symptoms: "face drooping on the left, can't close the eye, is this a stroke?", ClinicalNotes: "Cannot wrinkle the left forehead; arms and speech normal."}, "neurology"},
	} {
		r := assess(c.in)
		if !casemodel.Contains(r.Specialties, c.want) {
			t.Errorf("%q not routed to %s: %v", c.in.Symptoms, c.want, r.Specialties)
		}
	}
}
